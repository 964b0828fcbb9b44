import Analysis
import XMLSupport

/// A best bet: for these queries, this article comes first, until a day.
///
/// Exists because some questions have one right answer that a förvaltning knows better than any
/// ranking ("förskoleplats" in the weeks the queue opens). Kept in `registers/bestbets.xml`,
/// owned like units: a förvaltning pins only its own published articles, with its own token.
public struct BestBet: Sendable, Equatable {
    public var id: String
    /// The förvaltning answering for the entry (it must own the article).
    public var owner: String
    /// The pinned article's id.
    public var article: String
    /// The last day the entry holds, `YYYY-MM-DD` (UTC).
    public var expires: String
    /// The queries, as a caller would type them; compared in their analysed form.
    public var queries: [String]

    public init(id: String, owner: String, article: String, expires: String, queries: [String]) {
        self.id = id
        self.owner = owner
        self.article = article
        self.expires = expires
        self.queries = queries
    }

    /// Whether the entry no longer holds on `today` (an unreadable date never holds).
    public func isExpired(on today: CivilDate) -> Bool {
        guard let last = CivilDate(expires) else { return true }
        return today > last
    }
}

/// The best bets of one index, by the analysed form of their queries.
///
/// Queries are compared by `QueryKey.key` with the index's analyzer (lowercased, stop words
/// out, stemmed, å/ä/ö folded, words sorted), so "Förskoleplats", "forskoleplatsen" and
/// "förskoleplats?" find the same entry. Entries whose article is not in the index are left out.
struct BestBetTable: Sendable {
    struct Pin: Sendable {
        var document: UInt32
        var entry: BestBet
        /// `entry.expires` read once (nil: unreadable, so it never holds), not per search.
        var lastDay: CivilDate?

        init(document: UInt32, entry: BestBet) {
            self.document = document
            self.entry = entry
            lastDay = CivilDate(entry.expires)
        }

        /// `entry.isExpired(on:)`.
        func isExpired(on today: CivilDate) -> Bool { lastDay.map { today > $0 } ?? true }
    }

    /// Analysed query → the entries for it, in register order.
    private var pins: [String: [Pin]] = [:]

    var isEmpty: Bool { pins.isEmpty }

    init() {}

    init(_ entries: [BestBet], analyzer: SwedishAnalyzer, documents: [String: UInt32]) {
        for entry in entries {
            guard let document = documents[entry.article] else { continue }
            for query in entry.queries {
                let key = QueryKey.key(query, analyzer: analyzer)
                guard !key.isEmpty else { continue }
                pins[key, default: []].append(Pin(document: document, entry: entry))
            }
        }
    }

    init(_ entries: [BestBet], analyzer: SwedishAnalyzer, records: RecordStore) {
        self.init(entries, analyzer: analyzer, documents: records.documents(of: Set(entries.map(\.article))))
    }

    /// The first entry for `key` that holds on `today` (asked only when `key` has entries: the
    /// clock is read for those queries only).
    func pin(_ key: String, today: () -> CivilDate) -> Pin? {
        guard let entries = pins[key] else { return nil }
        let day = today()
        return entries.first { !$0.isExpired(on: day) }
    }
}

/// Checks that each best bet pins a published article of its own owner.
///
/// Exists beside `ReferenceCheck` (which checks that the owner and the article exist) because it
/// needs more of an article than its id: its status and owner, noted as articles stream by.
package struct BestBetArticleCheck {
    private var entries: [(entry: BestBet, place: SourcePlace)] = []
    private var lines: [(BestBet, Int)] = []
    private var path = ""
    private var display = ""
    /// Pinned article id → (owner, status) as seen.
    private var seen: [String: (owner: String, status: ArticleStatus)] = [:]

    package init() {}

    /// `bytes` is the document when it was read from memory.
    package init(_ entries: [(BestBet, Int)], path: String, display: String, bytes: [UInt8]? = nil) {
        lines = entries
        self.path = path
        self.display = display
        self.entries = entries.map {
            ($0.0, SourcePlace(path: path, display: display, line: $0.1, element: "bestbet", bytes: bytes))
        }
    }

    /// Records the entries' owner and article references in `check`.
    package func references(into check: inout ReferenceCheck) {
        guard !lines.isEmpty else { return }
        check.add(bestBets: lines, path: path, display: display)
    }

    /// The ids of the pinned articles.
    package var pinnedArticles: Set<String> { Set(entries.map(\.entry.article)) }

    /// Notes an article if a best bet pins it.
    package mutating func note(_ article: Article) {
        note(article.id, owner: article.owner, status: article.status)
    }

    package mutating func note(_ id: String, owner: String, status: ArticleStatus) {
        guard entries.contains(where: { $0.entry.article == id }) else { return }
        seen[id] = (owner, status)
    }

    /// What is wrong with the best bets whose article was noted.
    package func diagnostics() -> [XMLDiagnostic] {
        entries.compactMap { entry, place in
            guard let (owner, status) = seen[entry.article] else { return nil }
            return Self.problem(entry, owner: owner, status: status).map(place.diagnostic)
        }
    }

    /// Why `entry` cannot pin an article with this owner and status; nil when it can.
    package static func problem(_ entry: BestBet, owner: String, status: ArticleStatus) -> String? {
        if status != .published {
            return
                "element 'bestbet': best bet '\(entry.id)' pins article '\(entry.article)', which is \(status.rawValue); only a published article can be pinned"
        }
        if owner != entry.owner {
            return
                "element 'bestbet': best bet '\(entry.id)' is owned by '\(entry.owner)' but article '\(entry.article)' belongs to '\(owner)'; a förvaltning pins only its own articles"
        }
        return nil
    }
}
