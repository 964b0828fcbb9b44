/// BM25 parameters and the two formulas the engine uses.
///
/// Exists in one place so that indexing (which precomputes each posting's saturated term
/// frequency) and explanations (which print it) agree. The idf is Lucene's, never negative,
/// which matters for a corpus of a few hundred articles where a word can be in most of them.
public struct BM25: Sendable {
    public let k1: Float

    public init(k1: Float = 1.2) {
        precondition(k1 > 0 && k1.isFinite, "k1 must be positive, got \(k1)")
        self.k1 = k1
    }

    /// log(1 + (N − n + 0.5) / (n + 0.5)).
    public func idf(documentFrequency n: Int, documentCount count: Int) -> Float {
        let value = (Float(count) - Float(n) + 0.5) / (Float(n) + 0.5)
        return log1pf(max(value, 0))
    }

    /// The BM25F pseudo term frequency, saturated: tf' (k1 + 1) / (tf' + k1), in [0, k1 + 1).
    public func saturate(_ pseudoFrequency: Float) -> Float {
        pseudoFrequency * (k1 + 1) / (pseudoFrequency + k1)
    }

    /// The largest saturated value, for quantising it into 16 bits.
    var saturationCeiling: Float { k1 + 1 }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
