/// Turns Swedish text into index terms, the same way for articles and for
/// questions, so that a question finds the articles that answer it.
///
/// `analyze` runs the full chain, for indexing and for whole query words:
///
///     tokenize → lowercase → protect → drop stop words → stem → fold → filters
///
/// where *stem* is `InflectionBridge`'s irregular forms, Snowball, then its definite -et.
///
/// - *protect*: words given as `protectedWords` (abbreviations such as "sfi",
///   "lss", "csn"; names) are marked `isKeyword`. They are never dropped as
///   stop words nor stemmed; they are still lowercased and folded.
/// - *stem* skips numbers and protected words.
/// - *fold* comes after stemming, because the stemmer counts å, ä and ö as
///   vowels (see `SwedishStemmer`).
/// - *filters* are the steps that need the index's vocabulary, such as a
///   compound splitter or a synonym expander; they are added as values
///   conforming to `TokenFilter` and run in order on each text's tokens.
///
/// `normalize` runs only tokenize → lowercase → fold, with no stop words and
/// no stemming, for words that must be matched as typed: the prefix of a word
/// still being typed and words given a typo budget. It is Lucene's
/// `Analyzer.normalize`.
///
/// Positions count the words of the text, including words that were dropped,
/// so distances between the remaining terms stay true for phrase proximity.
/// Offsets are byte offsets into the text as given.
///
/// ```swift
/// let analyzer = SwedishAnalyzer(protectedWords: ["LSS", "SFI"])
/// analyzer.analyze("Vad kostar dagis?").map(\.text)  // ["kost", "dagis"], positions 1 and 2
/// analyzer.normalize("Förskolepl").map(\.text)       // ["forskolepl"]
/// ```
///
/// The analyzer is an immutable value, safe to share between tasks. Each call
/// reuses one scratch term while it works and allocates only for the terms it
/// returns.
public struct SwedishAnalyzer: Sendable {
    /// The first step; it also enforces the length and count caps.
    public let tokenizer: Tokenizer
    /// The words `analyze` drops.
    public let stopWords: StopWords
    /// Steps run after folding, in order, by `analyze` only.
    public private(set) var filters: [any TokenFilter]
    /// Protected words, lowercased but not folded, as the chain sees them
    /// when it checks (a hash set on bytes: no array per word looked up).
    let protectedTerms: SortedTerms

    private let lowercaser = LowercaseFilter()
    private let stemmer = SwedishStemmer()
    private let folding = DiacriticFolding()
    /// Irregular forms and the definite -et, which the pinned stemmer leaves apart.
    public let inflections: InflectionBridge

    /// An analyzer. Each of `protectedWords` is one word as the tokenizer
    /// splits text ("lss", not "LSS-insats"), matched case-insensitively but
    /// with its å, ä and ö as written.
    public init(
        protectedWords: [String] = [],
        stopWords: StopWords = .swedish,
        tokenizer: Tokenizer = Tokenizer(),
        filters: [any TokenFilter] = [],
        inflections: InflectionBridge = InflectionBridge()
    ) {
        self.inflections = inflections
        let lowercaser = LowercaseFilter()
        var protectedTerms: [[UInt8]] = []
        for word in protectedWords {
            var term = Array(word.utf8)
            lowercaser.lowercase(&term)
            if !term.isEmpty { protectedTerms.append(term) }
        }
        self.protectedTerms = SortedTerms(protectedTerms)
        self.stopWords = stopWords
        self.tokenizer = tokenizer
        self.filters = filters
    }

    /// This analyzer with `filter` run after its other filters: how the index
    /// adds compound splitting and synonyms once it knows its vocabulary.
    public func appending(_ filter: some TokenFilter) -> SwedishAnalyzer {
        var copy = self
        copy.filters.append(filter)
        return copy
    }

    // MARK: - Full analysis

    /// The index terms of `text`, from at most `maxTokens` of its tokens
    /// (stop words included). Pass `AnalysisLimits.maxTokensPerQuery` for a
    /// query.
    public func analyze(_ text: String, maxTokens: Int = AnalysisLimits.maxTokensPerField) -> [Token] {
        var text = text
        return text.withUTF8 { analyze($0, maxTokens: maxTokens) }
    }

    /// The index terms of UTF-8 `text`; see `analyze(_:maxTokens:)` on a string.
    public func analyze(_ text: [UInt8], maxTokens: Int = AnalysisLimits.maxTokensPerField) -> [Token] {
        text.withUnsafeBufferPointer { analyze($0, maxTokens: maxTokens) }
    }

    /// The index terms of UTF-8 `text`; see `analyze(_:maxTokens:)` on a string.
    public func analyze(
        _ text: UnsafeBufferPointer<UInt8>, maxTokens: Int = AnalysisLimits.maxTokensPerField
    ) -> [Token] {
        var tokens: [Token] = []
        tokenizer.forEachToken(in: text, maxTokens: maxTokens) { token in
            lowercaser.lowercase(&token.term)
            if isProtected(token.term) {
                token.isKeyword = true
            } else if token.kind == .word {  // numbers are neither stop words nor stemmed
                if stopWords.contains(token.term) { return }
                stemWord(&token.term)
            }
            folding.fold(&token.term)
            tokens.append(token.detached())
        }
        for filter in filters {
            filter.apply(to: &tokens)
        }
        return tokens
    }

    /// Calls `body` with each index term of UTF-8 `text`, as `analyze` finds them but without
    /// allocating: the token passed is reused, so copy what must outlive the call. Filters are
    /// not run. This is the indexing path.
    public func forEachTerm(
        in text: UnsafeBufferPointer<UInt8>, maxTokens: Int = AnalysisLimits.maxTokensPerField,
        _ body: (Token) -> Void
    ) {
        tokenizer.forEachToken(in: text, maxTokens: maxTokens) { token in
            lowercaser.lowercase(&token.term)
            if isProtected(token.term) {
                token.isKeyword = true
            } else if token.kind == .word {
                if stopWords.contains(token.term) { return }
                stemWord(&token.term)
            }
            folding.fold(&token.term)
            body(token)
        }
    }

    // MARK: - Normalization only

    /// The words of `text` lowercased and folded, nothing dropped and nothing
    /// stemmed: the form for prefix and typo matching. Protected words are
    /// marked `isKeyword`, so a typo search can leave them exact.
    public func normalize(_ text: String, maxTokens: Int = AnalysisLimits.maxTokensPerQuery) -> [Token] {
        var text = text
        return text.withUTF8 { normalize($0, maxTokens: maxTokens) }
    }

    /// The normalized words of UTF-8 `text`; see `normalize(_:maxTokens:)` on a string.
    public func normalize(_ text: [UInt8], maxTokens: Int = AnalysisLimits.maxTokensPerQuery) -> [Token] {
        text.withUnsafeBufferPointer { normalize($0, maxTokens: maxTokens) }
    }

    /// The normalized words of UTF-8 `text`; see `normalize(_:maxTokens:)` on a string.
    public func normalize(
        _ text: UnsafeBufferPointer<UInt8>, maxTokens: Int = AnalysisLimits.maxTokensPerQuery
    ) -> [Token] {
        var tokens: [Token] = []
        tokenizer.forEachToken(in: text, maxTokens: maxTokens) { token in
            lowercaser.lowercase(&token.term)
            token.isKeyword = isProtected(token.term)
            folding.fold(&token.term)
            tokens.append(token.detached())
        }
        return tokens
    }

    // MARK: - Helpers

    /// Stems one lowercased, unfolded word: irregular forms to their base first, then Snowball,
    /// then the definite -et the stemmer leaves.
    @inline(__always)
    public func stemWord(_ term: inout [UInt8]) {
        if let base = inflections.lemma(of: term) { term = base }
        stemmer.stem(&term)
        inflections.bridge(&term)
    }

    /// Whether the lowercased, unfolded `term` is a protected word (an abbreviation or name).
    @inline(__always)
    public func isProtected(_ term: [UInt8]) -> Bool {
        protectedTerms.count > 0 && term.withUnsafeBufferPointer { protectedTerms.contains($0) }
    }
}

/// A step that runs after the built-in chain of `SwedishAnalyzer.analyze`, on
/// all of one text's tokens at once.
///
/// It exists for the steps that need data from outside the text, the index's
/// vocabulary above all: a compound splitter ("förskoleplats" → also
/// "förskola", "plats") and a synonym expander ("dagis" → also "förskola").
/// Such a step sees folded, stemmed terms and may rewrite, drop or add
/// tokens; an added token that stands for the same word (a compound's part, a
/// synonym) takes that word's position and offsets, so positions stay true.
/// Keep `tokens` in position order, and leave `isKeyword` tokens' terms as
/// they are.
public protocol TokenFilter: Sendable {
    /// Rewrites the tokens of one text, in position order.
    func apply(to tokens: inout [Token])
}
