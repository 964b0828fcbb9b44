import Testing

@testable import Search

@Suite struct TopKTests {
    @Test func keepsTheBestInOrder() {
        var top = TopK(capacity: 3)
        for (document, score) in [(0, 1.0), (1, 5.0), (2, 3.0), (3, 4.0), (4, 0.5)] as [(UInt32, Float)] {
            top.offer(SearchHit(document: document, score: score))
        }
        #expect(top.sorted().map(\.document) == [1, 3, 2])
    }

    @Test func tiesGoToTheLowerDocumentWhateverTheOrder() {
        let hits = (0..<20).map { SearchHit(document: UInt32($0), score: Float($0 % 3)) }
        for _ in 0..<20 {
            var top = TopK(capacity: 5)
            for hit in hits.shuffled() { top.offer(hit) }
            #expect(top.sorted().map(\.document) == [2, 5, 8, 11, 14])
        }
    }

    @Test func zeroCapacityKeepsNothing() {
        var top = TopK(capacity: 0)
        top.offer(SearchHit(document: 1, score: 1))
        #expect(top.sorted().isEmpty)
    }
}
