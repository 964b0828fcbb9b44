import Analysis
import Testing

@testable import Search

/// The postings written in parts side by side and joined are the postings one pass writes:
/// every array the same, whatever the number of parts (more parts than terms included), and
/// with compound terms posting to their parts across a split.
@Suite struct PostingsPartsTests {
    @Test func anyNumberOfPartsWritesTheSameIndex() {
        var seed: UInt64 = 7
        // Enough documents that common terms cross several skip blocks of 64.
        let documents = (0..<700).map { _ in IndexUpdateTests.Document(&seed) }
        func build(parts: Int) -> InvertedIndex {
            let builder = IndexBuilder(schema: IndexUpdateTests.schema, analyzer: IndexUpdateTests.analyzer)
            builder.postingsPartCount = parts
            for document in documents { builder.add(fields: document.fields, tags: document.tags) }
            return builder.build()
        }
        let single = build(parts: 1)
        #expect(single.postings.skipDocuments.count > 10)
        for parts in [2, 3, 7, 1000] {
            IndexUpdateTests().expectSame(build(parts: parts), single, "\(parts) parts")
        }
    }

    @Test func anEmptyIndexStillBuilds() {
        let builder = IndexBuilder(schema: IndexUpdateTests.schema, analyzer: IndexUpdateTests.analyzer)
        let index = builder.build()
        #expect(index.documentCount == 0)
        #expect(index.postings.start == [0])
    }
}
