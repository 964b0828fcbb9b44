import Analysis
import Testing

@testable import Search

/// An index derived from the previous one (`IndexSource.updated`) is the index built from
/// scratch from the same documents in the same order: every array the same.
@Suite struct IndexUpdateTests {
    static let schema = FieldSchema([
        .init(name: "title", weight: 3, lengthNormalization: 0.5, isShort: true),
        .init(name: "keywords", weight: 2, lengthNormalization: 0.3, isShort: true),
        .init(name: "body", weight: 1),
    ])
    static let analyzer = SwedishAnalyzer(protectedWords: ["sfi"])
    /// Inflected forms, compounds and their parts, case variants: what moves surfaces, compound
    /// postings and averages.
    static let words = [
        "Förskola", "förskolan", "förskolor", "skola", "skolan", "Skolskjuts", "skjuts", "avgift",
        "avgifter", "Avgiften", "bibliotek", "biblioteket", "dator", "datorer", "låna", "lån",
        "ansökan", "ansöka", "plats", "platser", "barn", "barnomsorg", "omsorg", "sfi", "bostad",
        "bostadsbidrag", "bidrag", "hemtjänst", "tjänst", "parkering", "parkeringstillstånd",
        "tillstånd", "och", "maxtaxa", "taxa", "Malmö", "kommunen", "färdtjänst",
    ]

    /// A document of `seed`: a few words per field, drawn from `words`.
    struct Document {
        var fields: [String]
        var tags: [String]

        init(_ seed: inout UInt64) {
            func next(_ bound: Int) -> Int {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((seed >> 33) % UInt64(bound))
            }
            fields = [2, 1, 12].map { most in
                (0..<(1 + next(most))).map { _ in IndexUpdateTests.words[next(IndexUpdateTests.words.count)] }
                    .joined(separator: " ")
            }
            tags =
                ["category:" + ["skola", "bibliotek", "bostad"][next(3)]]
                + (next(4) == 0 ? ["audience:en"] : [])
        }
    }

    static func build(_ documents: [Document]) -> (InvertedIndex, IndexSource) {
        let builder = IndexBuilder(schema: schema, analyzer: analyzer)
        for document in documents { builder.add(fields: document.fields, tags: document.tags) }
        return (builder.build(), builder.source())
    }

    static func analyzed(_ document: Document) -> AnalyzedDocument {
        AnalyzedDocument(fields: document.fields, schema: schema, analyzer: analyzer)
    }

    func expectSame(_ a: InvertedIndex, _ b: InvertedIndex, _ moment: String) {
        #expect(a.documentCount == b.documentCount, "\(moment)")
        #expect(a.dictionary.bytes == b.dictionary.bytes, "\(moment): terms")
        #expect(a.dictionary.offsets == b.dictionary.offsets, "\(moment): terms")
        #expect(a.dictionary.firstBytes == b.dictionary.firstBytes, "\(moment): first bytes")
        #expect(a.surfaceBytes == b.surfaceBytes, "\(moment): surfaces")
        #expect(a.surfaceStart == b.surfaceStart, "\(moment): surfaces")
        #expect(a.tagNames == b.tagNames, "\(moment): tags")
        #expect(a.documentTags == b.documentTags, "\(moment): tags")
        #expect(a.documentTagStart == b.documentTagStart, "\(moment): tags")
        let (p, q) = (a.postings, b.postings)
        #expect(p.start == q.start, "\(moment): postings")
        #expect(p.payload == q.payload, "\(moment): payloads")
        #expect(p.byteStart == q.byteStart && p.documentBytes == q.documentBytes, "\(moment): documents")
        #expect(p.skipStart == q.skipStart && p.skipDocuments == q.skipDocuments, "\(moment): skips")
        #expect(p.skipOffsets == q.skipOffsets, "\(moment): skips")
        #expect(p.maxLevel == q.maxLevel && p.blockMax == q.blockMax, "\(moment): maxima")
        #expect(p.scale == q.scale, "\(moment): scale")
        #expect(p.bitmapNumber == q.bitmapNumber && p.bitmaps == q.bitmaps, "\(moment): bitmaps")
        #expect(p.bitmapWords == q.bitmapWords, "\(moment): bitmaps")
        #expect(p.tierLevel == q.tierLevel && p.tierBitmaps == q.tierBitmaps, "\(moment): tier bitmaps")
        #expect(a.prefixUnions.terms == b.prefixUnions.terms, "\(moment): prefix unions")
    }

    /// Random removals, insertions and replacements, each applied to the previous update's
    /// source, against a build of the resulting documents.
    @Test func updatesBuildWhatAFullBuildBuilds() throws {
        var seed: UInt64 = 12
        var documents = (0..<150).map { _ in Document(&seed) }
        var (_, source) = Self.build(documents)
        var asked = 0
        for round in 0..<12 {
            func next(_ bound: Int) -> Int {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((seed >> 33) % UInt64(bound))
            }
            let before = documents
            // Round 0 removes document 0 (the first document of many terms); others at random.
            var removed = Set(round == 0 ? [0, 1] : (0..<next(4)).map { _ in next(documents.count) })
            var replaced: [Int: Document] = [:]
            for _ in 0..<next(3) {
                let at = next(documents.count)
                removed.insert(at)
                replaced[at] = Document(&seed)
            }
            // The new list: kept and replaced documents in place, new ones at random places.
            var layout: [(old: Int?, document: Document)] = []
            for (old, document) in before.enumerated() {
                if let replacement = replaced[old] {
                    layout.append((nil, replacement))
                } else if !removed.contains(old) {
                    layout.append((old, document))
                }
            }
            for _ in 0..<(round == 0 ? 0 : next(4)) {
                layout.insert((nil, Document(&seed)), at: next(layout.count + 1))
            }
            if round == 5 { layout.insert((nil, Document(&seed)), at: 0) }
            let inserted = layout.enumerated().compactMap { position, entry in
                entry.old == nil
                    ? InsertedDocument(
                        document: position, analyzed: Self.analyzed(entry.document), tags: entry.document.tags
                    )
                    : nil
            }
            let updated = try #require(
                source.updated(removing: Array(removed), inserting: inserted) { old in
                    asked += 1
                    return Self.analyzed(before[old])
                })
            documents = layout.map(\.document)
            let (full, _) = Self.build(documents)
            expectSame(updated.index, full, "round \(round)")
            source = updated.source
        }
        // Removing document 0 left terms whose surface came from a document not sent.
        #expect(asked > 0)
    }

    /// When the document a surface must come from cannot be given, there is no update.
    @Test func aMissingDocumentGivesNoUpdate() {
        var seed: UInt64 = 3
        let documents = (0..<20).map { _ in Document(&seed) }
        let (_, source) = Self.build(documents)
        let update = source.updated(removing: [0, 1, 2], inserting: []) { _ in nil }
        #expect(update == nil)
    }
}
