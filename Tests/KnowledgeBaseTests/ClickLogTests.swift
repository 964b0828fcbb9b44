import Foundation
import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import Rendering

@Suite struct ClickLogTests {
    let directory = temporaryDirectory("clicklog")

    @Test func clicksRoundTripBesideTheQueryLog() throws {
        let clock = TestClock("2026-11-25", hour: 9)
        let clicks = ClickLog(directory: directory, clock: clock.now)
        let queries = QueryLog(directory: directory, clock: clock.now)
        queries.record(channel: "library", query: "lånekort", hits: 3, topHit: "a", topScore: 5)
        clicks.record(.open, channel: "library", query: "låne\tkort", rank: 2, article: "bibliotek-lanekort")
        clicks.record(.helpful, channel: "web", query: "dagis", rank: 1, article: "forskola-ansokan")
        #expect(!FileManager.default.fileExists(atPath: directory + "/clicks-2026-11-25.tsv"))  // buffered
        try clicks.flush()
        try queries.flush()

        let text = try String(contentsOfFile: directory + "/clicks-2026-11-25.tsv", encoding: .utf8)
        #expect(
            text == """
                time\tkind\tchannel\tquery\trank\tarticle
                2026-11-25T09:00:00Z\topen\tlibrary\tlåne kort\t2\tbibliotek-lanekort
                2026-11-25T09:00:00Z\thelpful\tweb\tdagis\t1\tforskola-ansokan

                """)
        let time = Int64(CivilDate("2026-11-25")!.day) * 86_400 + 9 * 3600
        #expect(
            ClickLog(directory: directory).events() == [
                ClickEvent(
                    time: time, kind: .open, channel: "library", query: "låne kort", rank: 2,
                    article: "bibliotek-lanekort"),
                ClickEvent(
                    time: time, kind: .helpful, channel: "web", query: "dagis", rank: 1,
                    article: "forskola-ansokan"),
            ])
        // The two logs do not read each other's files.
        #expect(QueryLog(directory: directory).events().map(\.query) == ["lånekort"])
        #expect(QueryLog.files(in: directory).map(\.name) == ["queries-2026-11-25.tsv"])
    }

    @Test func personalDataIsRemovedAndFieldsAreBounded() throws {
        let clicks = ClickLog(directory: directory, clock: TestClock("2026-11-25").now)
        clicks.record(.open, channel: "web", query: "ring 070-123 45 67 om dagis", rank: 1, article: "a")
        clicks.record(
            .open, channel: "web", query: String(repeating: "å", count: 400), rank: 500,
            article: String(repeating: "x", count: 1000))
        try clicks.flush()
        let events = clicks.events()
        #expect(events[0].query == "ring [telefon] om dagis")
        #expect(events[1].query.utf8.count <= QueryLog.maxQueryBytes && events[1].query.hasPrefix("åå"))
        #expect(events[1].rank == ClickLog.maxRank)
        #expect(events[1].article.utf8.count == 256)
        let text = try String(contentsOfFile: directory + "/clicks-2026-11-25.tsv", encoding: .utf8)
        #expect(!text.contains("123 45 67"))
    }

    @Test func oldDaysAreRemovedAsTheQueryLogRemovesThem() throws {
        let clock = TestClock("2026-11-01")
        let clicks = ClickLog(directory: directory, retainDays: 3, clock: clock.now)
        for day in 1...5 {
            clock.set("2026-11-0\(day)")
            clicks.record(.open, channel: "web", query: "dag \(day)", rank: 1, article: "a")
        }
        try clicks.flush()
        #expect(
            QueryLog.files(in: directory, prefix: "clicks-").map(\.name)
                == (2...5).map { "clicks-2026-11-0\($0).tsv" })
        #expect(clicks.events(since: CivilDate("2026-11-04")).map(\.query) == ["dag 4", "dag 5"])
    }

    @Test func onlyKnownChannelsRanksAndPublishedArticlesAreAccepted() throws {
        let knowledge = try #require(
            try FolderScan(folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge")).load().0)
        let published = try #require(knowledge.articles.first { $0.status == .published }).id
        func check(_ channel: String, _ query: String, _ rank: Int, _ article: String) -> ClickRefusal? {
            ClickLog.check(channel: channel, query: query, rank: rank, article: article, knowledge: knowledge)
        }
        #expect(check("library", "lånekort", 1, published) == nil)
        #expect(check("unknown", "lånekort", 1, published) == .unknownChannel("unknown"))
        #expect(check("<script>", "lånekort", 1, published) == .unknownChannel("<script>"))
        #expect(check("web", "lånekort", 0, published) == .badRank)
        #expect(check("web", "lånekort", 101, published) == .badRank)
        #expect(check("web", "  ", 1, published) == .emptyQuery)
        #expect(check("web", "lånekort", 1, "finns-inte") == .noArticle("finns-inte"))
        if let draft = knowledge.articles.first(where: { $0.status != .published }) {
            #expect(check("web", "lånekort", 1, draft.id) == .noArticle(draft.id))
        }
    }

    @Test func unreadableLinesAreSkipped() throws {
        let clicks = ClickLog(directory: directory, clock: TestClock("2026-11-25").now)
        clicks.record(.open, channel: "web", query: "dagis", rank: 1, article: "a")
        try clicks.flush()
        let path = directory + "/clicks-2026-11-25.tsv"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(
            Data(
                "2026-11-25T10:00:00Z\tclicked\tweb\tx\t1\ta\nnonsense\n2026-11-25T10:00:00Z\topen\tweb\tx\t0\ta\n"
                    .utf8))
        try handle.close()
        #expect(clicks.events().map(\.query) == ["dagis"])
    }
}

@Suite struct ClickStatisticsTests {
    func search(_ channel: String, _ query: String, at time: Int64, top: String) -> QueryEvent {
        QueryEvent(
            time: time, channel: channel, query: query, hits: top.isEmpty ? 0 : 3, topHit: top, topScore: 5)
    }

    func open(_ channel: String, _ query: String, at time: Int64, rank: Int, kind: ClickKind = .open)
        -> ClickEvent
    {
        ClickEvent(
            time: time, kind: kind, channel: channel, query: query, rank: rank, article: "forskola-ansokan")
    }

    @Test func clickThroughAndMeanRankPerChannelAndTopic() throws {
        let clicks = [
            open("contact-center", "dagis ko", at: 1100, rank: 2),
            open("contact-center", "dagis ko", at: 1200, rank: 4),  // the same search: clicked once
            open("contact-center", "dagis ko", at: 1300, rank: 1, kind: .helpful),  // not an open
            open("contact-center", "dagis ko", at: 5100, rank: 1),  // the later search
            open("library", "lånekort", at: 2000 + ClickStatistics.window + 1, rank: 1),  // too late
            open("web", "inget sökt", at: 3000, rank: 1),  // no search
            open("library", "dagis ko", at: 1150, rank: 3),  // no search of it on that channel
        ]
        var statistics = ClickStatistics(knowledge: shippedKnowledge, clicks: clicks)
        for event in [
            search("contact-center", "dagis ko", at: 1000, top: "forskola-ansokan"),
            search("library", "lånekort", at: 2000, top: "bibliotek-lanekort"),
            search("web", "qqq", at: 3000, top: ""),
            search("contact-center", "dagis ko", at: 5000, top: "forskola-ansokan"),
            search("contact-center", "dagis ko", at: 9000, top: "forskola-ansokan"),  // after the opens
        ] {
            statistics.add(event)
        }
        #expect(statistics.searches == 5)
        #expect(statistics.openCount == 6)
        #expect(statistics.unmatchedOpens == 3)
        let channels = statistics.byChannel
        #expect(channels.map(\.name) == ["contact-center", "library", "web"])
        #expect(channels[0].searches == 3 && channels[0].clicked == 2 && channels[0].opens == 3)
        #expect(abs(channels[0].clickThrough - 2.0 / 3) < 1e-9)
        #expect(abs(channels[0].meanRank! - 7.0 / 3) < 1e-9)
        #expect(channels[1].searches == 1 && channels[1].clicked == 0 && channels[1].meanRank == nil)
        let topics = Dictionary(uniqueKeysWithValues: statistics.byTopic.map { ($0.name, $0) })
        let forskola = try #require(topics[shippedKnowledge.article("forskola-ansokan")!.category])
        #expect(forskola.searches == 3 && forskola.clicked == 2 && forskola.opens == 3)
        #expect(topics[QueryStatistics.noHit]?.searches == 1)
        let json = statistics.json.rendered
        #expect(json.contains("\"unmatched\":3"))
        #expect(json.contains("\"mean_rank\":2.33"))
    }
}
