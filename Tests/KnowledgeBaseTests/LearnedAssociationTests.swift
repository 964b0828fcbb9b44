import Foundation
import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import KnowledgeStorage

@Suite struct LearnedAssociationTests {
    let plain = index(bestBets: [], today: "2026-12-01")
    let query = "hemtjänst avgift"
    let today = CivilDate("2026-12-01")!

    /// The engine's ids for `query`.
    func ids(_ index: KnowledgeIndex, _ query: String, limit: Int = 10) -> [String] {
        index.search(query, limit: limit).hits.map(\.record.id)
    }

    /// An open of `article` at `rank` for `query`, `daysAgo` days before `today`.
    func open(_ article: String, rank: Int, daysAgo: Int, query: String? = nil, kind: ClickKind = .open)
        -> ClickEvent
    {
        ClickEvent(
            time: Int64(today.day - daysAgo) * 86_400 + 36_000, kind: kind, channel: "contact-center",
            query: query ?? self.query, rank: rank, article: article)
    }

    /// The engine's third hit, opened from rank 3 on three days, and the first hit once.
    func consistentClicks() -> (article: String, clicks: [ClickEvent]) {
        let low = ids(plain, query)[2]
        let clicks = [
            open(low, rank: 3, daysAgo: 9), open(ids(plain, query)[0], rank: 1, daysAgo: 8),
            open(low, rank: 3, daysAgo: 5, query: "Hemtjänst, avgift?"), open(low, rank: 3, daysAgo: 2),
            open(low, rank: 3, daysAgo: 2, kind: .helpful),
        ]
        return (low, clicks)
    }

    @Test func anArticleOpenedFromLowDownIsRaisedForItsQuery() throws {
        let (low, clicks) = consistentClicks()
        let learned = LearnedAssociations.learn(clicks: clicks, index: plain, today: today)
        #expect(learned.count == 1)
        let association = try #require(learned.first)
        #expect(association.article == low)
        #expect(association.key == GapAnalysis.key(query, analyzer: plain.searcher.index.analyzer))
        #expect(association.opens == 3 && association.helpful == 1 && association.days == 3)
        #expect(association.share == 0.75)
        #expect(association.lastSeen == today.adding(days: -2))
        #expect(association.factor > 1 && association.factor < 1 + LearnedAssociations.maxBoost)
        #expect(association.id == LearnedAssociations.identifier(key: association.key, article: low))
        #expect(association.id.count == 9 && association.id.hasPrefix("l"))

        let before = ids(plain, query)
        let learning = plain.learning(learned)
        let result = learning.search(query, limit: 10, explain: true)
        let after = result.hits.map(\.record.id)
        let position = try #require(after.firstIndex(of: low))
        #expect(position < 2)  // it moved up
        #expect(after.filter { $0 != low } == before.filter { $0 != low })  // the others keep their order
        #expect(result.hits[position].adjustment?.hasPrefix("Upplyft ×") == true)
        #expect(result.hits[position].adjustment?.contains("'\(association.id)'") == true)
        // The fast path agrees; other queries are untouched.
        #expect(learning.rank(query, limit: 10).hits.map { learning.record($0.document).id } == after)
        #expect(ids(learning, "hemtjänst") == ids(plain, "hemtjänst"))
        // The raise is bounded: never more than maxBoost on the score.
        let raised = try #require(result.hits.first { $0.record.id == low }).score
        let original = try #require(plain.search(query, limit: 10).hits.first { $0.record.id == low }).score
        #expect(raised <= original * Float(1 + LearnedAssociations.maxBoost))
    }

    @Test func tooFewDaysTooHighUpOrAMinorityTeachNothing() {
        let hits = ids(plain, query)
        let low = hits[3]
        // Two days only.
        #expect(
            LearnedAssociations.learn(
                clicks: [
                    open(low, rank: 4, daysAgo: 3), open(low, rank: 4, daysAgo: 1),
                    open(low, rank: 4, daysAgo: 1),
                ],
                index: plain, today: today
            ).isEmpty)
        // Opened from rank 2: the search already had it near the top.
        #expect(
            LearnedAssociations.learn(
                clicks: (1...4).map { open(hits[1], rank: 2, daysAgo: $0) }, index: plain, today: today
            ).isEmpty)
        // Half of the opens only.
        #expect(
            LearnedAssociations.learn(
                clicks: (1...3).map { open(low, rank: 4, daysAgo: $0) }
                    + (1...3).map { open(hits[0], rank: 1, daysAgo: $0) },
                index: plain, today: today
            ).isEmpty)
        // An article that is not published (or not there).
        #expect(
            LearnedAssociations.learn(
                clicks: (1...4).map { open("finns-inte", rank: 4, daysAgo: $0) }, index: plain, today: today
            ).isEmpty)
    }

    @Test func theRaiseFadesWithTime() throws {
        let (_, clicks) = consistentClicks()
        let now = try #require(LearnedAssociations.learn(clicks: clicks, index: plain, today: today).first)
        let later = try #require(
            LearnedAssociations.learn(clicks: clicks, index: plain, today: today.adding(days: 30)).first)
        #expect(abs(later.weight - now.weight / 2) < 1e-9)  // one half-life
        #expect(later.factor < now.factor)
        #expect(
            LearnedAssociations.learn(clicks: clicks, index: plain, today: today.adding(days: 120)).isEmpty)
    }

    @Test func deterministicAndBounded() {
        let (_, clicks) = consistentClicks()
        let once = LearnedAssociations.learn(clicks: clicks, index: plain, today: today)
        #expect(LearnedAssociations.learn(clicks: clicks.reversed(), index: plain, today: today) == once)
        // Many queries, each with its own consistent opens: at most maxEntries are kept, the
        // ones with the most evidence, listed by query.
        let article = ids(plain, query)[3]
        /// A made-up word per number, of consonants the stemmer leaves alone.
        func word(_ number: Int) -> String {
            let letters = Array("bcdfghjklmnpqrtvxz")
            let n = letters.count
            return "x"
                + String([letters[number / (n * n) % n], letters[number / n % n], letters[number % n]])
        }
        var many: [ClickEvent] = []
        for number in 0..<(LearnedAssociations.maxEntries + 20) {
            let days = number < 20 ? [1, 2, 3, 4] : [1, 2, 3]
            for day in days {
                many.append(open(article, rank: 5, daysAgo: day, query: "\(word(number)) avgift"))
            }
        }
        let learned = LearnedAssociations.learn(clicks: many, index: plain, today: today)
        #expect(learned.count == LearnedAssociations.maxEntries)
        #expect(learned.map(\.key) == learned.map(\.key).sorted())
        #expect((0..<20).allSatisfy { number in learned.contains { $0.example == "\(word(number)) avgift" } })
        #expect(Set(learned.map(\.id)).count == learned.count)
    }

    @Test func aFreshFolderRanksExactlyAsWithoutLearning() throws {
        let logs = temporaryDirectory("fresh-logs")
        let learning = plain.learning(LearnedAssociations.learn(logDirectory: logs, index: plain))
        #expect(learning.adjustments.learned.isEmpty)
        let queries = try String(
            contentsOfFile: repositoryRoot + "/Tests/KnowledgeBaseTests/Relevance/queries.tsv",
            encoding: .utf8
        ).split(separator: "\n").dropFirst().compactMap {
            $0.split(separator: "\t").dropFirst().first.map(String.init)
        }
        #expect(queries.count > 100)
        for query in queries {
            let a = plain.search(query, limit: 10)
            let b = learning.search(query, limit: 10)
            #expect(a.hits.map(\.record.id) == b.hits.map(\.record.id), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
            #expect(a.total == b.total)
        }
    }

    @Test func aRemovedAssociationStaysRemoved() throws {
        let logs = temporaryDirectory("learned-logs")
        let log = ClickLog(directory: logs)
        let (_, clicks) = consistentClicks()
        for click in clicks {
            log.record(
                click.kind, channel: click.channel, query: click.query, rank: click.rank,
                article: click.article,
                at: click.time)
        }
        try log.flush()
        let learned = LearnedAssociations.learn(logDirectory: logs, index: plain, today: today)
        let id = try #require(learned.first?.id)
        try LearnedAssociations.remove(
            [id], by: "forskoleforvaltningen", logDirectory: logs, time: "2026-12-01T10:00:00Z")
        #expect(LearnedAssociations.removed(logDirectory: logs) == [id])
        #expect(LearnedAssociations.learn(logDirectory: logs, index: plain, today: today).isEmpty)
    }
}

@Suite struct LearningStoreTests {
    @Test func theServerLearnsAgainAtEachReload() throws {
        let logs = temporaryDirectory("store-logs")
        let folder = KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        let store = try KnowledgeStore(
            folder: folder, prepare: LearnedAssociations.preparer(logDirectory: logs))
        #expect(store.snapshot.index.adjustments.learned.isEmpty)  // nothing logged yet
        let plain = try KnowledgeStore(
            folder: folder, prepare: LearnedAssociations.preparer(logDirectory: nil))
        let query = "hemtjänst avgift"
        let low = plain.snapshot.index.search(query, limit: 5).hits[2].record.id
        let log = ClickLog(directory: logs)
        let now = QueryLog.now()
        for daysAgo in 1...3 {
            log.record(
                .open, channel: "web", query: query, rank: 3, article: low, at: now - Int64(daysAgo) * 86_400)
        }
        try log.flush()
        guard case .reloaded(let snapshot) = store.reload() else {
            Issue.record("reload refused")
            return
        }
        #expect(snapshot.index.adjustments.learned.count == 1)
        #expect(snapshot.index.search(query, limit: 5).hits.map(\.record.id).firstIndex(of: low)! < 2)
        // Without a log folder nothing is learned, whatever the log holds.
        #expect(plain.reload().isReloaded && plain.snapshot.index.adjustments.learned.isEmpty)
    }
}

extension ReloadOutcome {
    fileprivate var isReloaded: Bool {
        if case .reloaded = self { true } else { false }
    }
}
