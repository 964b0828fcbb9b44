/// How a document may match one query word, found while planning the query.
public enum MatchKind: Sendable, Equatable, CustomStringConvertible {
    /// The word itself (after stemming and folding).
    case exact
    /// Another inflection of the word that the index holds ("ansökt" → "ansök").
    case inflection
    /// A formal term the word stands for ("dagis" → "förskola").
    case synonym
    /// A Swedish term for a word in another language, from the translation register.
    case translation

    /// The word split into known parts ("dagisavgift" → "dagis" + "avgift").
    case compound
    /// The word joined with its neighbour ("skol skjuts" → "skolskjuts").
    case joined
    /// A completion of the word being typed.
    case prefix
    /// A correction within `distance` edits.
    case typo(distance: Int)
    /// A compound the index knows, matched by its parts apart ("förskoleplats" → "förskola" +
    /// "plats"); weighed only for the best candidates (see `Alternative.deferred`).
    case parts

    public var description: String {
        switch self {
        case .exact: "exact"
        case .inflection: "inflection"
        case .synonym: "synonym"
        case .translation: "translation"
        case .compound: "compound"
        case .joined: "joined"
        case .prefix: "prefix"
        case .parts: "parts"
        case .typo(let distance): "typo(\(distance))"
        }
    }

    /// How much a match of this kind counts against an exact one. Exact always ranks first.
    var weight: Float {
        switch self {
        case .exact, .joined: 1.0
        case .inflection: 0.95
        case .synonym, .translation: 0.9
        case .compound, .parts: 0.85
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
    /// A further factor on the kind's weight (completions of a word that is a term already).
    var scale: Float
    /// Weighed only in a second pass over the best candidates, for documents the word's other
    /// alternatives did not match: for alternatives whose postings would cost a walk over much
    /// of a large corpus (a compound's common parts).
    var deferred: Bool
    var weight: Float { kind.weight * scale }

    init(kind: MatchKind, clauses: [[Int]], sharedIDF: Float? = nil, scale: Float = 1, deferred: Bool = false)
    {
        self.kind = kind
        self.clauses = clauses
        self.sharedIDF = sharedIDF
        self.scale = scale
        self.deferred = deferred
    }

    /// Whether a match this way says the document is about the word (not a guess at a typo or
    /// at the end of a word being typed).
    var isFirm: Bool {
        switch kind {
        case .prefix, .typo: false
        default: true
        }
    }
}

/// A query word and the ways it can match.
struct WordGroup: Sendable {
    /// The word as typed, normalised (lowercase, folded).
    var word: String
    var alternatives: [Alternative]
    /// How much the word says (the idf of its best alternative): weighs coverage and confidence.
    var importance: Float = 0
}

/// A word matched only through a typo correction.
public struct Correction: Sendable {
    /// The word as typed (normalised).
    public var word: String
    /// The correction as written in the documents.
    public var correction: String
    /// The corrected term.
    var term: Int
}

/// A query, planned against one index: what each word may match.
public struct QueryPlan: Sendable {
    var groups: [WordGroup]
    /// Words that match nothing at all.
    public var unknownWords: [String]
    /// Words that matched only through a typo correction, with the correction's written form.
    public var corrections: [Correction]
    /// The query's analysed terms, in order (what the knowledge layer groups queries by), so
    /// that nothing above the engine has to analyse the query again.
    public var analyzedTerms: [[UInt8]] = []

    /// Words the plan searches for.
    public var words: [String] { groups.map(\.word) }
}

/// What a caller asks: the text as typed, how many hits, and filters.
public struct SearchRequest: Sendable {
    public var text: String
    public var limit: Int
    /// Tags a hit must have, all of them ("category:förskola").
    public var requiredTags: [String]
    /// The text is being typed (as-you-type): its last word, unless followed by a space, is
    /// completed even when it is a word of its own. A finished query completes its last word only
    /// when that word is not itself a term.
    public var typing: Bool
    /// Whether documents that cannot reach the top k may be skipped (the hits are the same
    /// either way); benchmarks compare the modes.
    public var pruning: Pruning

    /// When `Searcher` skips documents that cannot enter the top k.
    public enum Pruning: Sendable, Equatable, CaseIterable {
        /// The engine's choice (`Searcher.prunes`): in an index of `Searcher.pruningFromDocuments`
        /// documents or more, for queries with a completed or corrected word.
        case automatic
        /// Skip whenever the bounds allow it.
        case always
        /// Score every matching document.
        case never
    }

    public init(
        text: String, limit: Int = 10, requiredTags: [String] = [], typing: Bool = false,
        pruning: Pruning = .automatic
    ) {
        self.text = text
        self.limit = min(max(limit, 0), SearchLimits.maxResults)
        self.requiredTags = requiredTags
        self.typing = typing
        self.pruning = pruning
    }
}

/// One hit: a document and its score.
public struct SearchHit: Sendable, Equatable {
    public var document: UInt32
    public var score: Float
    /// How sure the match is that this document is about what was asked.
    public var confidence: Confidence = .none

    public init(document: UInt32, score: Float, confidence: Confidence = .none) {
        self.document = document
        self.score = score
        self.confidence = confidence
    }
}

/// The answer to a `SearchRequest`.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// How many documents matched at least one word (before the limit).
    public var total: Int
    public var plan: QueryPlan
    /// Whether pruning skipped documents (for tests comparing with exhaustive scoring).
    var pruned = false
    /// Whether the hits were decided among the documents matching every word (`pruned` too).
    var byAllWords = false
    /// Whether the hits were found by the block-max walk (`pruned` too).
    var byBlocks = false
    /// Whether those were the best postings of a one-term query (`byBlocks` too).
    var byOneTerm = false
    /// Whether those were a one-word query's postings that reach its threshold (`byBlocks` too).
    var byOneWord = false
    /// Whether the walk looked up some word's decoded terms per document (`byBlocks` too).
    var byDecodedBest = false
    /// Whether the walk read a word's completions from their union (`PrefixUnions`; `byBlocks` too).
    var byPrefixUnion = false
}
