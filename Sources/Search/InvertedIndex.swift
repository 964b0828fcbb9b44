import Analysis

/// An immutable, searchable snapshot: term dictionary, postings, statistics and filter tags.
///
/// Exists as the one value many threads read at once. It is a `Sendable` struct of arrays, built
/// in one pass by `IndexBuilder`; replacing it with a newer snapshot is a pointer swap by the
/// holder. Documents are dense integers; what they stand for is the caller's business.
public struct InvertedIndex: Sendable {
    public let schema: FieldSchema
    public let analyzer: SwedishAnalyzer
    public let dictionary: TermDictionary
    let postings: Postings
    public let documentCount: Int
    let tagNames: [String]
    let documentTags: [UInt32]
    let documentTagStart: [UInt32]
    let surfaceBytes: [UInt8]
    let surfaceStart: [UInt32]
    let bm25: BM25
    /// The completions of common short prefixes, merged (terms of `postings` after the dictionary's).
    let prefixUnions: PrefixUnions

    /// How many documents contain `term`.
    public func documentFrequency(_ term: Int) -> Int { postings.documentFrequency(term) }

    /// The word as first written in the documents (lowercased, with å/ä/ö) for term `id`.
    public func surface(_ id: Int) -> String {
        String(decoding: surfaceBytes[Int(surfaceStart[id])..<Int(surfaceStart[id + 1])], as: UTF8.self)
    }

    func idf(_ term: Int) -> Float {
        bm25.idf(documentFrequency: postings.documentFrequency(term), documentCount: documentCount)
    }

    /// The id of a filter tag, or nil when no document has it.
    func tagID(_ tag: String) -> UInt32? {
        tagNames.firstIndex(of: tag).map(UInt32.init)
    }

    @inline(__always)
    func document(_ document: UInt32, hasAll tags: [UInt32]) -> Bool {
        let range = Int(documentTagStart[Int(document)])..<Int(documentTagStart[Int(document) + 1])
        for tag in tags where !documentTags[range].contains(tag) { return false }
        return true
    }

    /// The bytes of the commonest terms' bitmaps (part of `byteCount`), for benchmarks.
    public var bitmapByteCount: Int { postings.bitmapBytes }

    /// The sizes of the index's arrays, for benchmarks and `INFO`.
    public var byteCount: Int {
        dictionary.bytes.count + dictionary.offsets.count * 4 + postings.byteCount + surfaceBytes.count
            + surfaceStart.count * 4 + documentTags.count * 4
    }
}
