import Foundation
import Search
import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import Rendering

@Suite struct GapReportTests {
    static let shipped: (Knowledge, KnowledgeIndex) = {
        let (knowledge, _) = try! FolderScan(folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge"))
            .load()
        return (knowledge!, KnowledgeIndex(knowledge: knowledge!))
    }()

    private let time = Int64(CivilDate("2026-11-25")!.day) * 86_400 + 36_000

    /// One logged search, `minute` minutes after the first (so no two are keystrokes of each other).
    private func event(
        _ query: String, channel: String = "contact-center", hits: Int = 0, top: String = "",
        score: Float = 0, confidence: Confidence? = Confidence.none, day: Int = 0, minute: Int = 0,
        second: Int = 0
    ) -> QueryEvent {
        QueryEvent(
            time: time + Int64(day) * 86_400 + Int64(minute) * 60 + Int64(second), channel: channel,
            query: query, hits: hits, topHit: top, topScore: score,
            confidence: hits == 0 ? Confidence.none : confidence
        )
    }

    private func analysis(_ events: [QueryEvent]) -> GapAnalysis {
        let (knowledge, index) = Self.shipped
        var analysis = GapAnalysis(index: index, knowledge: knowledge)
        var filter = KeystrokeFilter()
        for event in events { filter.add(event) { analysis.add($0) } }
        filter.finish { analysis.add($0) }
        return analysis
    }

    @Test func spellingInflectionAndWordOrderCountTogether() throws {
        let gaps = analysis([
            event("Simhall öppettider", hits: 6, top: "forskola-oppettider-ledighet", score: 4.5),
            event(
                "simhall oppettider", channel: "web", hits: 6, top: "forskola-oppettider-ledighet",
                score: 4.5,
                minute: 1),
            event("öppettider för simhallen?", channel: "library", day: 1),
            event("simhall öppettider", hits: 6, top: "forskola-oppettider-ledighet", score: 4.5, day: 2),
            event(
                "simhall öppettider", channel: "web", hits: 6, top: "forskola-oppettider-ledighet",
                score: 4.5,
                minute: 2),
            event("hundskatt", channel: "web", minute: 3),
        ]).gaps()
        #expect(gaps.count == 2)
        let pool = try #require(gaps.first)
        #expect(pool.count == 5)
        #expect(pool.key == "opp simhall tid")  // "öppettider": "öppet" and "tider", as stems
        #expect(pool.channels.map(\.channel) == ["contact-center", "library", "web"])  // the report's order
        #expect(pool.channels.map(\.count) == [2, 1, 2])
        #expect(pool.noHit == 1)
        #expect(pool.example == "simhall öppettider")  // the most frequent wording
        #expect(pool.wordings.count == 4 && pool.wordings.first?.count == 2)
        #expect(pool.lastAsked == CivilDate("2026-11-27"))
        #expect(gaps[1].example == "hundskatt" && gaps[1].count == 1 && gaps[1].nearest == nil)
    }

    @Test func aGapIsASearchWhoseFirstHitWasNotStrong() {
        let gaps = analysis([
            event("dagis avgift", hits: 35, top: "forskola-avgift-maxtaxa", score: 19.4, confidence: .strong),
            event("god man", hits: 3, top: "skola-ledighet", score: 4.8, confidence: .weak, minute: 1),
            // A good score is no answer when the hit was not sure.
            event("god man", hits: 3, top: "skola-ledighet", score: 9, confidence: .weak, minute: 2),
            event("trygghetslarm", hits: 3, top: "trygghetslarm", score: 12, confidence: .strong, minute: 3),
        ]).gaps()
        #expect(gaps.map(\.example) == ["god man"])
        #expect(gaps[0].count == 2 && gaps[0].noHit == 0)
        #expect(!gaps[0].answeredNow)
    }

    @Test func linesWithoutTheConfidenceAreJudgedByTheSearchNow() {
        let gaps = analysis([
            // Logged before the confidence was kept: a strong answer now, no gap.
            event("trygghetslarm", hits: 3, top: "trygghetslarm", score: 1.5, confidence: nil),
            event(
                "sfi ansökan", hits: 40, top: "sfi-svenska-for-invandrare", score: 5, confidence: nil,
                minute: 1),
            // Not answered now: a gap.
            event(
                "simhall öppettider", hits: 6, top: "forskola-oppettider-ledighet", score: 9, confidence: nil,
                minute: 2),
        ]).gaps()
        #expect(gaps.map(\.example) == ["simhall öppettider"])
    }

    @Test func stopWordsOnlyAreNoQuestion() {
        let analysis = analysis([
            event("och att det", hits: 2, top: "bygga-attefallshus", score: 4.6),
            event("vad är det", channel: "web", minute: 1),
            event("hundskatt", minute: 2),
        ])
        #expect(analysis.searches == 3)
        #expect(analysis.gaps().map(\.example) == ["hundskatt"])
    }

    @Test func compoundsCountWithTheirParts() throws {
        let gaps = analysis([
            event("bostadsanpassning", hits: 12, top: "bostadsbidrag", score: 3),
            event(
                "bostadsanpassningsbidrag", channel: "library", hits: 12, top: "bostadsbidrag", score: 3,
                minute: 1),
            event(
                "bidrag för bostadsanpassning", channel: "web", hits: 20, top: "bostadsbidrag", score: 11,
                confidence: .weak, minute: 2),
            event(
                "dagisavgift syskon", hits: 30, top: "forskola-avgift-maxtaxa", score: 8, confidence: .weak,
                minute: 3),
            event(
                "dagis avgift syskon", hits: 30, top: "forskola-avgift-maxtaxa", score: 8, confidence: .weak,
                minute: 4),
        ]).gaps()
        #expect(gaps.count == 2)
        let housing = try #require(gaps.first { $0.example.contains("bostadsanpassning") })
        #expect(housing.count == 3)
        #expect(
            Set(housing.wordings.map(\.wording)) == [
                "bostadsanpassning", "bostadsanpassningsbidrag", "bidrag för bostadsanpassning",
            ])
        let fee = try #require(gaps.first { $0.example.contains("dagis") })
        #expect(fee.count == 2)
        // A known word with a part added is another question: "dagis" is no gap of "dagisavgift".
        let separate = analysis([
            event("dagis", hits: 30, top: "forskola-ansokan", score: 8, confidence: .weak),
            event(
                "dagisavgift", hits: 30, top: "forskola-avgift-maxtaxa", score: 8, confidence: .weak,
                minute: 1),
        ]).gaps()
        #expect(separate.count == 2)
    }

    @Test func gapsGoToTheFörvaltningTheirWordsAreAbout() throws {
        let gaps = analysis([
            event("orosanmalan barn", hits: 36, top: "forskola-ratt-till-plats", score: 1.4),
            event("simhall oppettider", hits: 6, top: "forskola-oppettider-ledighet", score: 4.5, minute: 1),
            event("god man", hits: 3, top: "skola-ledighet", score: 4.8, confidence: .weak, minute: 2),
            event(
                "förskola sommar stängd", hits: 28, top: "forskola-ob-omsorg", score: 10, confidence: .weak,
                minute: 3),
        ]).gaps()
        func gap(_ example: String) throws -> Gap { try #require(gaps.first { $0.example == example }) }
        // The förskola article that mentions öppettider or barn does not make these förskola's.
        #expect(try gap("orosanmalan barn").owner == nil)
        #expect(try gap("simhall oppettider").owner == nil)
        #expect(try gap("simhall oppettider").nearest?.owner == "forskoleforvaltningen")
        #expect(try gap("god man").owner == nil)
        let summer = try gap("förskola sommar stängd")
        #expect(summer.owner == "forskoleforvaltningen" && summer.ownerName == "Förskoleförvaltningen")
        #expect(summer.ownerShare >= GapAnalysis.minOwnerShare)
    }

    @Test func keystrokesAreNotCounted() throws {
        // An old log: the desk page logged every keystroke, a third of a second apart.
        var events: [QueryEvent] = []
        for (position, prefix) in [
            "s", "si", "sim", "simh", "simha", "simhal", "simhall", "simhall o", "simhall op",
        ]
        .enumerated() {
            events.append(event(prefix, second: position))
        }
        events.append(
            event("simhall oppettider", hits: 6, top: "forskola-oppettider-ledighet", score: 4.5, second: 9))
        // Another guide on the library desk at the same time, and a pause before a new question.
        events.append(
            event("sfi", channel: "library", hits: 2, top: "x", score: 7, confidence: .strong, second: 5))
        events.append(event("simhall", hits: 0, minute: 2))
        let analysis = analysis(events)
        #expect(analysis.searches == 3)
        #expect(analysis.gaps().map(\.example).sorted() == ["simhall", "simhall oppettider"])
    }

    @Test func theKeystrokeFilter() {
        var filter = KeystrokeFilter()
        var passed: [String] = []
        for (query, second) in [
            ("he", 0), ("hem", 1), ("hemtjänst", 2), ("hemtjänst", 10), ("hemtj", 11), ("hem", 20),
        ] {
            filter.add(event(query, second: second)) { passed.append($0.query) }
        }
        filter.finish { passed.append($0.query) }
        // Typing on ("he" → "hemtjänst") and taking back ("hemtjänst" → "hemtj") within 2 s are
        // keystrokes; the same query again and a pause are not.
        #expect(passed == ["hemtjänst", "hemtj", "hem"])
        #expect(filter.keystrokes == 3)
    }

    @Test func gapsAreSortedByCount() {
        let gaps = analysis(
            [event("hundskatt")] + (1...3).map { event("kolonilott", minute: $0) } + [
                event("fiskekort", minute: 4), event("fiskekort", minute: 5),
            ]
        ).gaps()
        #expect(gaps.map(\.example) == ["kolonilott", "fiskekort", "hundskatt"])
        #expect(gaps.map(\.count) == [3, 2, 1])
    }

    @Test func isoWeeks() {
        #expect(ISOWeek(CivilDate("2026-11-25")!).description == "2026-W48")
        #expect(ISOWeek(CivilDate("2026-01-01")!).description == "2026-W01")  // a Thursday
        #expect(ISOWeek(CivilDate("2027-01-01")!).description == "2026-W53")  // a Friday
        #expect(ISOWeek(CivilDate("2024-12-30")!).description == "2025-W01")  // a Monday
        #expect(ISOWeek(CivilDate("2026-11-25")!).monday == CivilDate("2026-11-23"))
        #expect(ISOWeek(year: 2025, week: 1).monday == CivilDate("2024-12-30"))
    }

    @Test func topicsPerWeekAndChannel() {
        var statistics = QueryStatistics(knowledge: Self.shipped.0)
        for event in [
            event("dagis", hits: 30, top: "forskola-ansokan", score: 10),
            event("dagis avgift", hits: 30, top: "forskola-avgift-maxtaxa", score: 10),
            event("larm", channel: "library", hits: 3, top: "trygghetslarm", score: 10),
            event("hundskatt"),
            event("dagis", hits: 30, top: "forskola-ansokan", score: 10, day: 7),
        ] {
            statistics.add(event)
        }
        let week = ISOWeek(CivilDate("2026-11-25")!)
        #expect(statistics.weeks.map(\.description) == ["2026-W48", "2026-W49"])
        #expect(statistics.channels == ["contact-center", "library"])
        #expect(
            statistics.topics(week: week, channel: "contact-center").map(\.topic) == [
                "förskola", "(ingen träff)",
            ])
        #expect(statistics.topics(week: week, channel: "contact-center").map(\.count) == [2, 1])
        #expect(statistics.total(week: week, channel: "library") == 1)
        #expect(statistics.topics().first?.topic == "förskola" && statistics.topics().first?.count == 3)
    }

    @Test func htmlEscapesEverything() {
        #expect(
            HTML.escape("<b>\"Tom & Jerry's\"</b>") == "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;")
        #expect(HTML.number(1234) == "1234")
        #expect(HTML.number(1_234_567) == "1\u{A0}234\u{A0}567")
    }

    @Test func axisMaximaAreRound() {
        #expect(HTMLReport.niceCeiling(0) == 4)
        #expect(HTMLReport.niceCeiling(7) == 8)
        #expect(HTMLReport.niceCeiling(37) == 40)
        #expect(HTMLReport.niceCeiling(130) == 160)
        #expect(HTMLReport.niceCeiling(1_000) == 1_200)
    }
}
