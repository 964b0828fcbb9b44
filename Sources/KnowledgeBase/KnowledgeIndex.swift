import Analysis
import Search
import XMLSupport

/// What a search hit shows about its article, kept beside the index.
public struct ArticleRecord: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// The easy-read (lättläst) text, its blocks' lines joined by newlines; nil when the article
    /// has none.
    public var easyRead: String?
    public var category: String
    public var owner: String
    public var referrals: [Referral]
}

/// A published article found by a search, with what to show.
public struct ArticleHit: Sendable {
    public var record: ArticleRecord
    public var score: Float
    /// How sure the match is (see `Confidence`).
    public var confidence: Confidence
    /// Byte ranges of matched words in `record.summary`.
    public var summaryHighlights: [Range<Int>]
    public var explanation: Explanation?
    /// Why a best bet or a learned association moved the hit (shown with `--explain`).
    public var adjustment: String? = nil
}

/// The answer to a search, ready for a front end.
public struct ArticleSearchResult: Sendable {
    public var query: String
    public var hits: [ArticleHit]
    public var total: Int
    /// How sure the first hit is; `.none` when there is no hit.
    public var confidence: Confidence { hits.first?.confidence ?? .none }
    /// "Menade du …?": the query with typo corrections applied, when any was used.
    public var correctedQuery: String?
    public var unknownWords: [String]
    public var tookMicroseconds: Int
    /// With `explain`: how the query was read (per word, what it may match).
    public var plan: String?
}

/// Filters a search may apply.
public struct ArticleFilter: Sendable {
    public var category: String?
    public var owner: String?
    public var audience: Audience?

    public init(category: String? = nil, owner: String? = nil, audience: Audience? = nil) {
        self.category = category
        self.owner = owner
        self.audience = audience
    }
}

/// The published articles of a knowledge folder, indexed for search: the knowledge layer's view
/// of the engine.
///
/// Exists as the immutable snapshot front ends search: the engine's index and searcher plus one
/// display record per document. Drafts and archived articles are not indexed. `Sendable`; a
/// server swaps in a new one when the folder changes.
public struct KnowledgeIndex: Sendable {
    public let searcher: Searcher
    let records: RecordStore
    public let registers: Registers
    /// Seconds the indexing thread spent adding articles and building the index (articles are
    /// analysed beside it, on the reading threads, and that time is not counted).
    public let buildSeconds: Double
    /// Best bets and learned associations (`RankAdjustments`).
    var adjustments = RankAdjustments()
    /// What the engine's index was built from, when kept (`loadOutlined(folder:keepingSource:)`):
    /// what the next index is derived from when a few articles change (`updated(_:changed:)`).
    var source: IndexSource? = nil

    /// Indexes `knowledge`'s published articles.
    public init(knowledge: Knowledge) {
        var builder = Builder(registers: knowledge.registers)
        // Analysed on every core, a batch ahead; added here in order.
        let articles = knowledge.articles
        let analyzer = builder.engine.analyzer
        ReadAhead(count: articles.count) { Builder.analyze(articles[$0], analyzer) }.forEach {
            index, analyzed in
            builder.add(articles[index], analyzed: analyzed)
        }
        self = builder.finish()
    }

    /// How many published articles are indexed.
    public var count: Int { records.count }

    /// What a hit shows about document `document`.
    public func record(_ document: Int) -> ArticleRecord { records[document] }

    init(searcher: Searcher, records: RecordStore, registers: Registers, buildSeconds: Double) {
        self.searcher = searcher
        self.records = records
        self.registers = registers
        self.buildSeconds = buildSeconds
    }

    /// Reads and indexes a folder streaming, keeping only what hits show: for folders too large
    /// to hold as `Knowledge`. Nil with the diagnostics when the folder is not valid.
    public static func build(folder: KnowledgeFolder) throws(KnowledgeError) -> (
        KnowledgeIndex?, [XMLDiagnostic]
    ) {
        try build(scan: FolderScan(folder: folder))
    }

    static func build(scan: FolderScan) throws(KnowledgeError) -> (KnowledgeIndex?, [XMLDiagnostic]) {
        let (index, _, diagnostics) = try build(
            scan: scan, keepingSource: false, extra: { _ in () }, also: { _, _ in })
        return (index, diagnostics)
    }

    /// Reads a folder once, streaming, into its index and its articles' outlines (whole articles
    /// stay in their files): what a server holds. Nil with the diagnostics when the folder is
    /// not valid. Document numbers are those of `init(knowledge:)`: the scan reads files in id
    /// order. With `keepingSource`, the index keeps what it was built from, so that the next
    /// index can be derived from it (`updated(_:changed:)`), for about the postings' size again.
    public static func loadOutlined(folder: KnowledgeFolder, keepingSource: Bool = false)
        throws(KnowledgeError)
        -> ((knowledge: Knowledge, index: KnowledgeIndex)?, [XMLDiagnostic])
    {
        var outlines = OutlineStore()
        let articles = folder.articles
        let (index, registers, diagnostics) = try build(
            scan: FolderScan(folder: folder), keepingSource: keepingSource,
            expecting: { outlines.reserve(articles: $0) },
            // Stamped on the reading threads, just after the file was read.
            extra: { FileStamp(path: articles + "/" + $0.id + ".xml") },
            also: { outlines.append($0, stamp: $1) })
        guard let index else { return (nil, diagnostics) }
        ProcessMemory.mark("load: index assembled")
        outlines.sort()
        ProcessMemory.mark("load: outlines sorted")
        return ((Knowledge(registers: registers, outlines: outlines, folder: folder), index), [])
    }

    private static func build<Extra: Sendable>(
        scan: FolderScan, keepingSource: Bool, expecting: (Int) -> Void = { _ in },
        extra: @escaping @Sendable (Article) -> Extra, also: (Article, Extra) -> Void
    ) throws(KnowledgeError) -> (KnowledgeIndex?, Registers, [XMLDiagnostic]) {
        let registers = try FolderScan.readRegisters(scan.folder)
        var builder = Builder(registers: registers)
        // Articles are analysed on the reading threads; only the term table is filled here.
        let analyzer = builder.engine.analyzer
        let (scanned, diagnostics) = try scan.run(
            prepare: { (Builder.analyze($0, analyzer), extra($0)) },
            expecting: { files in
                builder.records.reserve(articles: files)
                expecting(files)
            },
            { article, prepared in
                builder.add(article, analyzed: prepared.0)
                also(article, prepared.1)
                if ProcessMemory.isOn, builder.records.count % 100_000 == 0 {
                    ProcessMemory.mark("load: \(builder.records.count) articles added")
                }
            })
        // What the scan kept to check references and ids is freed: handed back to the system
        // so that it does not stay resident under the index built next.
        ProcessMemory.returnFreed()
        ProcessMemory.mark("load: folder read")
        guard diagnostics.isEmpty else { return (nil, scanned, diagnostics) }
        return (builder.finish(keepingSource: keepingSource), scanned, [])
    }

    private struct Builder {
        let registers: Registers
        let engine: IndexBuilder
        var records = RecordStore()
        var elapsed: Duration = .zero
        let clock = ContinuousClock()

        init(registers: Registers) {
            self.registers = registers
            engine = IndexBuilder(
                schema: ArticleIndexing.schema, analyzer: ArticleIndexing.analyzer(registers))
        }

        /// An article's fields analysed for the index, on any thread; nil when it is not published.
        static func analyze(_ article: Article, _ analyzer: SwedishAnalyzer) -> AnalyzedDocument? {
            guard article.status == .published else { return nil }
            return AnalyzedDocument(
                fields: ArticleIndexing.fields(article), schema: ArticleIndexing.schema, analyzer: analyzer)
        }

        /// Adds an article whose fields were analysed already (nil when it is not published).
        mutating func add(_ article: Article, analyzed: AnalyzedDocument?) {
            guard article.status == .published, let analyzed else { return }
            let started = clock.now
            defer { elapsed += clock.now - started }
            engine.add(analyzed, tags: ArticleIndexing.tags(article))
            records.append(article)
        }

        func finish(keepingSource: Bool = false) -> KnowledgeIndex {
            let started = clock.now
            let (index, source): (InvertedIndex, IndexSource?) =
                keepingSource ? engine.buildKeepingSource() : (engine.build(), nil)
            return KnowledgeIndex.assemble(
                index, records: records, registers: registers, source: source,
                buildTime: elapsed + (clock.now - started))
        }
    }

    /// The knowledge index over the engine's `index` whose documents `records` describe.
    static func assemble(
        _ index: InvertedIndex, records: RecordStore, registers: Registers, source: IndexSource?,
        buildTime: Duration
    ) -> KnowledgeIndex {
        let synonyms = SynonymTable(
            pairs: registers.synonyms.map { ($0.term, $0.formal) }, analyzer: index.analyzer)
        let translations = SynonymTable(
            pairs: registers.translations.map { ($0.term, $0.formal) }, analyzer: index.analyzer)
        var built = KnowledgeIndex(
            searcher: Searcher(index: index, synonyms: synonyms, translations: translations),
            records: records, registers: registers,
            buildSeconds: Double(buildTime.components.seconds) + Double(buildTime.components.attoseconds)
                / 1e18)
        built.adjustments.bestBets = BestBetTable(
            registers.bestBets, analyzer: index.analyzer, records: records)
        built.source = source
        return built
    }

    /// Searches the published articles.
    /// With `highlight`, each hit also carries the ranges of matched words in its summary. With
    /// `typing`, the query is being typed and its last word is completed (see `SearchRequest`).
    /// `pruning` is for benchmarks comparing the engine's modes (the hits are the same).
    public func search(
        _ query: String, limit: Int = 10, filter: ArticleFilter = ArticleFilter(), explain: Bool = false,
        highlight: Bool = true, typing: Bool = false, pruning: SearchRequest.Pruning = .automatic
    ) -> ArticleSearchResult {
        let clock = ContinuousClock()
        let started = clock.now
        let (result, adjusted) = adjustedSearch(
            SearchRequest(
                text: query, limit: limit, requiredTags: tags(filter), typing: typing, pruning: pruning))
        var hits: [ArticleHit] = []
        for hit in result.hits {
            let record = records[Int(hit.document)]
            let terms = highlight ? searcher.matchedTerms(result.plan, document: hit.document) : []
            hits.append(
                ArticleHit(
                    record: record, score: hit.score, confidence: hit.confidence,
                    summaryHighlights: highlight ? searcher.highlights(in: record.summary, terms: terms) : [],
                    explanation: explain ? searcher.explain(result.plan, document: hit.document) : nil))
        }
        for (position, hit) in result.hits.enumerated() where !adjusted.isEmpty {
            hits[position].adjustment = adjusted[hit.document]
        }
        var corrected: String?
        if !result.plan.corrections.isEmpty {
            var words = result.plan.words
            for correction in result.plan.corrections {
                if let index = words.firstIndex(of: correction.word) { words[index] = correction.correction }
            }
            corrected = words.joined(separator: " ")
        }
        let micros = (clock.now - started).wholeMicroseconds
        return ArticleSearchResult(
            query: query, hits: hits, total: result.total, correctedQuery: corrected,
            unknownWords: result.plan.unknownWords, tookMicroseconds: micros,
            plan: explain ? searcher.describe(result.plan) : nil)
    }

    /// A ranked search that returns document numbers and scores only (see `record(_:)`): the
    /// server's fast path, which renders hits from cached bytes.
    public func rank(
        _ query: String, limit: Int = 10, filter: ArticleFilter = ArticleFilter(), typing: Bool = false
    )
        -> (hits: [(document: Int, score: Float, confidence: Confidence)], total: Int, tookMicroseconds: Int)
    {
        let clock = ContinuousClock()
        let started = clock.now
        let (result, _) = adjustedSearch(
            SearchRequest(text: query, limit: limit, requiredTags: tags(filter), typing: typing))
        let micros = (clock.now - started).wholeMicroseconds
        return (result.hits.map { (Int($0.document), $0.score, $0.confidence) }, result.total, micros)
    }

    private func tags(_ filter: ArticleFilter) -> [String] {
        var tags: [String] = []
        if let category = filter.category { tags.append("category:" + category.lowercased()) }
        if let owner = filter.owner { tags.append("owner:" + owner) }
        if let audience = filter.audience { tags.append("audience:" + audience.rawValue) }
        return tags
    }

    /// Up to `limit` completions of `prefix`: titles with a word starting with it, then words.
    public func suggest(_ prefix: String, limit: Int = 10) -> [String] {
        let analyzer = searcher.index.analyzer
        guard let typed = analyzer.normalize(prefix).last?.term, !typed.isEmpty else { return [] }
        var suggestions: [String] = []
        var titles: [(String, Int)] = []
        for document in 0..<records.count {
            let title = records.title(document)
            let words = analyzer.normalize(title)
            if let position = words.firstIndex(where: { $0.term.starts(with: typed) }) {
                titles.append((title, position))
            }
        }
        titles.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        suggestions += titles.prefix(limit / 2).map(\.0)
        for (word, _) in searcher.completions(of: prefix, limit: limit) where suggestions.count < limit {
            if !suggestions.contains(word) { suggestions.append(word) }
        }
        return suggestions
    }
}

extension Duration {
    /// The duration in whole microseconds, as searches report how long they took.
    package var wholeMicroseconds: Int {
        Int(components.seconds) * 1_000_000 + Int(components.attoseconds / 1_000_000_000_000)
    }
}
