import Testing

@testable import Search

@Suite struct BM25Tests {
    @Test func idfIsNeverNegativeAndFallsWithFrequency() {
        let bm25 = BM25()
        var previous = Float.infinity
        for n in [1, 10, 50, 90, 100] {
            let idf = bm25.idf(documentFrequency: n, documentCount: 100)
            #expect(idf >= 0)
            #expect(idf < previous)
            previous = idf
        }
    }

    @Test func saturationIsMonotonicAndBounded() {
        let bm25 = BM25(k1: 1.2)
        var previous: Float = -1
        for tf in stride(from: Float(0), through: 50, by: 0.5) {
            let value = bm25.saturate(tf)
            #expect(value > previous || tf == 0)
            #expect(value < bm25.k1 + 1)
            previous = value
        }
        #expect(bm25.saturate(0) == 0)
    }
}
