import Analysis

/// A document's field texts run through the analyzer, ready for `IndexBuilder.add(_:tags:)`.
///
/// Exists so that analysis, the larger part of indexing, can run on every core while documents
/// are read, and only the cheap term-table work stays on the one thread that owns the builder.
/// Holds each token's term bytes and the bytes it was written as, in field order: adding it
/// gives exactly what adding the texts themselves would.
public struct AnalyzedDocument: Sendable {
    /// Every token's term, one after another; token `i` is `terms[termEnds[i]..<termEnds[i + 1]]`.
    var terms: [UInt8] = []
    var termEnds: [UInt32] = [0]
    /// The source bytes each token covered, the same way.
    var surfaces: [UInt8] = []
    var surfaceEnds: [UInt32] = [0]
    /// Tokens per field, in schema order.
    var fieldLengths: [UInt32] = []

    /// Analyzes one text per field of `schema`, in schema order.
    public init(fields: [String], schema: FieldSchema, analyzer: SwedishAnalyzer) {
        precondition(fields.count == schema.count, "one text per field")
        // Terms are at most as long as the text they come from: reserved once, not grown.
        let textBytes = fields.reduce(0) { $0 + $1.utf8.count }
        terms.reserveCapacity(textBytes)
        surfaces.reserveCapacity(textBytes)
        termEnds.reserveCapacity(textBytes / 2 + 1)
        surfaceEnds.reserveCapacity(textBytes / 2 + 1)
        for text in fields {
            var length: UInt32 = 0
            var text = text
            text.withUTF8 { utf8 in
                analyzer.forEachIndexTerm(in: utf8) { token in
                    length += 1
                    terms.append(contentsOf: token.term)
                    termEnds.append(UInt32(terms.count))
                    surfaces.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[token.start..<token.end]))
                    surfaceEnds.append(UInt32(surfaces.count))
                }
            }
            fieldLengths.append(length)
        }
    }
}
