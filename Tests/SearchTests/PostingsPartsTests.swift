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

    /// The freeze on every core (postings in parts, prefix unions merged a few at a time, bitmaps
    /// filled side by side) writes what it writes on one thread, also when the unions' budget runs
    /// out within a window of lists merged together.
    @Test func theFreezeOnEveryCoreWritesWhatOneThreadWrites() {
        var seed: UInt64 = 11
        let documents = (0..<700).map { _ in IndexUpdateTests.Document(&seed) }
        func build(parts: Int, unions: Int, bitmaps: Bool, budget: Int) -> InvertedIndex {
            let builder = IndexBuilder(schema: IndexUpdateTests.schema, analyzer: IndexUpdateTests.analyzer)
            builder.postingsPartCount = parts
            builder.unionsMergedTogether = unions
            builder.bitmapsSideBySide = bitmaps
            builder.unionBudgetPerDocument = budget
            for document in documents { builder.add(fields: document.fields, tags: document.tags) }
            return builder.build()
        }
        var built: [Int: Int] = [:]
        for budget in [PrefixUnions.budgetPerDocument, 2, 1] {
            let single = build(parts: 1, unions: 1, bitmaps: false, budget: budget)
            built[budget] = single.prefixUnions.count
            for unions in [2, 3, PrefixUnions.mergedTogether, 50] {
                IndexUpdateTests().expectSame(
                    build(parts: 2, unions: unions, bitmaps: true, budget: budget), single,
                    "budget \(budget), \(unions) unions together")
            }
        }
        // The small budgets pass over lists the full one builds, and still build some.
        #expect(
            built[1]! > 0 && built[1]! < built[2]! && built[2]! < built[PrefixUnions.budgetPerDocument]!,
            "\(built)")
    }

    @Test func anEmptyIndexStillBuilds() {
        let builder = IndexBuilder(schema: IndexUpdateTests.schema, analyzer: IndexUpdateTests.analyzer)
        let index = builder.build()
        #expect(index.documentCount == 0)
        #expect(index.postings.start == [0])
    }
}
