import Analysis

/// Builds an `InvertedIndex` in one pass over the documents, then freezes it.
///
/// Exists to keep all the mutable, build-only state (hash maps from terms to ids, growing
/// per-term lists) out of the immutable snapshot that queries read. Documents are added one at a
/// time and not kept, so a folder of any size streams through it.
public final class IndexBuilder {
    public let schema: FieldSchema
    public let analyzer: SwedishAnalyzer
    let bm25 = BM25()

    private var termIDs: [[UInt8]: Int32] = [:]
    private var terms: [[UInt8]] = []
    private var surfaces: [[UInt8]] = []
    /// Per term: documents, and per document the term frequency in each field.
    private var termDocuments: [[UInt32]] = []
    private var termFrequencies: [[UInt8]] = []
    private var fieldLengths: [UInt16] = []
    private var tagIDs: [String: UInt32] = [:]
    private var tagNames: [String] = []
    private var documentTags: [UInt32] = []
    private var documentTagStart: [UInt32] = [0]
    private var documentCount = 0

    public init(schema: FieldSchema, analyzer: SwedishAnalyzer) {
        self.schema = schema
        self.analyzer = analyzer
    }

    /// Adds a document: one text per schema field (in schema order) and its filter tags
    /// ("category:förskola"). Returns its id, which counts from 0.
    @discardableResult
    public func add(fields: [String], tags: [String]) -> UInt32 {
        precondition(fields.count == schema.count, "one text per field")
        let document = UInt32(documentCount)
        documentCount += 1
        let fieldCount = schema.count
        var seen: [Int32: Int] = [:]  // term → its slot in termDocuments for this document
        for (field, text) in fields.enumerated() {
            let tokens = analyzer.analyze(text)
            fieldLengths.append(UInt16(min(tokens.count, Int(UInt16.max))))
            for token in tokens {
                let id = termID(token.term, surface: text, token: token)
                let slot: Int
                if let existing = seen[id] {
                    slot = existing
                } else {
                    termDocuments[Int(id)].append(document)
                    termFrequencies[Int(id)].append(contentsOf: repeatElement(0, count: fieldCount))
                    slot = termDocuments[Int(id)].count - 1
                    seen[id] = slot
                }
                let index = slot * fieldCount + field
                if termFrequencies[Int(id)][index] < UInt8.max { termFrequencies[Int(id)][index] += 1 }
            }
        }
        for tag in tags {
            let id: UInt32
            if let existing = tagIDs[tag] {
                id = existing
            } else {
                id = UInt32(tagNames.count)
                tagIDs[tag] = id
                tagNames.append(tag)
            }
            documentTags.append(id)
        }
        documentTagStart.append(UInt32(documentTags.count))
        return document
    }

    private func termID(_ term: [UInt8], surface text: String, token: Token) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        // The word as written (lowercased), for "did you mean" and suggestions.
        let written = Array(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: token.start)..<text.utf8.index(text.utf8.startIndex, offsetBy: token.end)])
        surfaces.append(LowercaseFilter().lowercase(String(decoding: written, as: UTF8.self)).utf8.map { $0 })
        termDocuments.append([])
        termFrequencies.append([])
        return id
    }

    /// Freezes what was added into an index. Compound terms also post to their parts.
    public func build() -> InvertedIndex {
        let fieldCount = schema.count
        splitCompounds()
        // Average field lengths.
        var averages = [Float](repeating: 0, count: fieldCount)
        if documentCount > 0 {
            for (index, length) in fieldLengths.enumerated() { averages[index % fieldCount] += Float(length) }
            for field in 0..<fieldCount { averages[field] = max(averages[field] / Float(documentCount), 1) }
        }
        let order = terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
        let dictionary = TermDictionary(sortedTerms: order.map { terms[$0] })
        let total = termDocuments.reduce(0) { $0 + $1.count }
        var start: [UInt32] = [0]
        start.reserveCapacity(order.count + 1)
        var documents: [UInt32] = []
        documents.reserveCapacity(total)
        var saturation: [UInt16] = []
        saturation.reserveCapacity(total)
        var fieldMasks: [UInt8] = []
        fieldMasks.reserveCapacity(total)
        let scale = bm25.saturationCeiling / Float(UInt16.max)
        for old in order {
            let docs = termDocuments[old]
            let frequencies = termFrequencies[old]
            for (slot, document) in docs.enumerated() {
                var pseudo: Float = 0
                var mask: UInt8 = 0
                for field in 0..<fieldCount {
                    let tf = frequencies[slot * fieldCount + field]
                    guard tf > 0 else { continue }
                    mask |= 1 << UInt8(field)
                    let spec = schema.fields[field]
                    let length = Float(fieldLengths[Int(document) * fieldCount + field])
                    let norm = 1 - spec.lengthNormalization + spec.lengthNormalization * length / averages[field]
                    pseudo += spec.weight * Float(tf) / norm
                }
                documents.append(document)
                saturation.append(UInt16(min(bm25.saturate(pseudo) / scale, Float(UInt16.max)).rounded()))
                fieldMasks.append(mask)
            }
            start.append(UInt32(documents.count))
        }
        let postings = Postings(
            start: start, documents: documents, saturation: saturation, fields: fieldMasks, scale: scale)
        var surfaceBytes: [UInt8] = []
        var surfaceStart: [UInt32] = [0]
        for old in order {
            surfaceBytes.append(contentsOf: surfaces[old])
            surfaceStart.append(UInt32(surfaceBytes.count))
        }
        return InvertedIndex(
            schema: schema, analyzer: analyzer, dictionary: dictionary, postings: postings,
            documentCount: documentCount, tagNames: tagNames, documentTags: documentTags,
            documentTagStart: documentTagStart, surfaceBytes: surfaceBytes, surfaceStart: surfaceStart,
            bm25: bm25)
    }

    /// Adds each compound term's occurrences to its parts' postings, so that "skol skjuts" finds
    /// the document that says "skolskjuts". Only parts that are terms already are used.
    private func splitCompounds() {
        let stemmer = SwedishStemmer()
        let splitter = CompoundSplitter(
            isTerm: { self.termIDs[$0] != nil },
            stem: { part in
                var bytes = part
                stemmer.stem(&bytes)
                return bytes
            })
        var sources: [Int: [Int]] = [:]  // part → the compounds that contain it
        for compound in terms.indices {
            guard let parts = splitter.split(terms[compound]) else { continue }
            for part in parts {
                if let partID = termIDs[part].map(Int.init), partID != compound {
                    sources[partID, default: []].append(compound)
                }
            }
        }
        let fieldCount = schema.count
        // Read from the lists as they were, so the result does not depend on the order parts are done.
        let originalDocuments = termDocuments
        let originalFrequencies = termFrequencies
        for part in sources.keys.sorted() {
            let compounds = sources[part]!
            // All (document, frequencies) of the part and its compounds, merged by document.
            var entries: [(document: UInt32, source: Int, slot: Int)] = []
            for source in [part] + compounds {
                for (slot, document) in originalDocuments[source].enumerated() {
                    entries.append((document, source, slot))
                }
            }
            entries.sort { $0.document < $1.document }
            var documents: [UInt32] = []
            var frequencies: [UInt8] = []
            for entry in entries {
                let from = originalFrequencies[entry.source][(entry.slot * fieldCount)..<((entry.slot + 1) * fieldCount)]
                if documents.last == entry.document {
                    let base = frequencies.count - fieldCount
                    for (field, value) in from.enumerated() {
                        frequencies[base + field] = UInt8(min(Int(frequencies[base + field]) + Int(value), Int(UInt8.max)))
                    }
                } else {
                    documents.append(entry.document)
                    frequencies.append(contentsOf: from)
                }
            }
            termDocuments[part] = documents
            termFrequencies[part] = frequencies
        }
    }
}
