/// How a document may match one query word, found while planning the query.
public enum MatchKind: Sendable, Equatable, CustomStringConvertible {
    /// The word itself (after stemming and folding).
    case exact
    /// A formal term the word stands for ("dagis" → "förskola").
    case synonym
    /// The word split into known parts ("dagisavgift" → "dagis" + "avgift").
    case compound
    /// The word joined with its neighbour ("skol skjuts" → "skolskjuts").
    case joined
    /// A completion of the word being typed.
    case prefix
    /// A correction within `distance` edits.
    case typo(distance: Int)

    public var description: String {
        switch self {
        case .exact: "exact"
        case .synonym: "synonym"
        case .compound: "compound"
        case .joined: "joined"
        case .prefix: "prefix"
        case .typo(let distance): "typo(\(distance))"
        }
    }

    /// How much a match of this kind counts against an exact one. Exact always ranks first.
    var weight: Float {
        switch self {
        case .exact, .joined: 1.0
        case .synonym: 0.9
        case .compound: 0.85
        case .prefix: 0.8
        case .typo(let distance): distance == 1 ? 0.85 : 0.7
        }
    }
}

/// One way to satisfy a query word: every clause must match; within a clause any term may.
struct Alternative: Sendable {
    var kind: MatchKind
    var clauses: [[Int]]
    /// For completions and corrections: one idf shared by all of a word's candidates (from their
    /// combined document frequency), so that a rare variant does not outrank a common one merely
    /// for being rare — the caller meant the word, not the variant.
    var sharedIDF: Float?
    var weight: Float { kind.weight }

    init(kind: MatchKind, clauses: [[Int]], sharedIDF: Float? = nil) {
        self.kind = kind
        self.clauses = clauses
        self.sharedIDF = sharedIDF
    }
}

/// A query word and the ways it can match.
struct WordGroup: Sendable {
    /// The word as typed, normalised (lowercase, folded).
    var word: String
    var alternatives: [Alternative]
}

/// A query, planned against one index: what each word may match.
public struct QueryPlan: Sendable {
    var groups: [WordGroup]
    /// Words that match nothing at all.
    public var unknownWords: [String]
    /// Words that matched only through a typo correction, with the correction's written form.
    public var corrections: [(word: String, correction: String)]

    /// Words the plan searches for.
    public var words: [String] { groups.map(\.word) }
}

/// What a caller asks: the text as typed, how many hits, and filters.
public struct SearchRequest: Sendable {
    public var text: String
    public var limit: Int
    /// Tags a hit must have, all of them ("category:förskola").
    public var requiredTags: [String]
    /// Treat the last word as a prefix unless the text ends in a space (as-you-type).
    public var prefixLastWord: Bool

    public init(text: String, limit: Int = 10, requiredTags: [String] = [], prefixLastWord: Bool = true) {
        self.text = text
        self.limit = min(max(limit, 0), SearchLimits.maxResults)
        self.requiredTags = requiredTags
        self.prefixLastWord = prefixLastWord
    }
}

/// One hit: a document and its score.
public struct SearchHit: Sendable, Equatable {
    public var document: UInt32
    public var score: Float
}

/// The answer to a `SearchRequest`.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// How many documents matched at least one word (before the limit).
    public var total: Int
    public var plan: QueryPlan
}
