import Synchronization

/// Per-query working memory, sized to the index once and reused.
///
/// Exists so a query allocates nothing that grows with the corpus: accumulators are arrays of
/// `documentCount` entries, and "which documents did this round touch" is answered with
/// generation stamps instead of clearing the arrays.
final class Scratch {
    var total: [Float]
    var matched: [UInt16]
    var shortMatches: [UInt8]
    var totalStamp: [UInt32]
    var groupBest: [Float]
    var groupFields: [UInt8]
    var groupStamp: [UInt32]
    var clauseBest: [Float]
    var clauseStamp: [UInt32]
    var alternativeSum: [Float]
    var alternativeCount: [UInt8]
    var alternativeStamp: [UInt32]
    var touched: [UInt32] = []
    var touchedGroup: [UInt32] = []
    var touchedClause: [UInt32] = []
    var touchedAlternative: [UInt32] = []
    private var generation: UInt32 = 0

    init(documentCount: Int) {
        total = Array(repeating: 0, count: documentCount)
        matched = Array(repeating: 0, count: documentCount)
        shortMatches = Array(repeating: 0, count: documentCount)
        totalStamp = Array(repeating: 0, count: documentCount)
        groupBest = Array(repeating: 0, count: documentCount)
        groupFields = Array(repeating: 0, count: documentCount)
        groupStamp = Array(repeating: 0, count: documentCount)
        clauseBest = Array(repeating: 0, count: documentCount)
        clauseStamp = Array(repeating: 0, count: documentCount)
        alternativeSum = Array(repeating: 0, count: documentCount)
        alternativeCount = Array(repeating: 0, count: documentCount)
        alternativeStamp = Array(repeating: 0, count: documentCount)
    }

    /// A fresh stamp; on wrap-around every stamp array is cleared.
    func nextGeneration() -> UInt32 {
        if generation == UInt32.max {
            generation = 0
            for index in totalStamp.indices {
                totalStamp[index] = 0
                groupStamp[index] = 0
                clauseStamp[index] = 0
                alternativeStamp[index] = 0
            }
        }
        generation += 1
        return generation
    }
}

/// A small pool of `Scratch` values shared by the threads that search one index.
final class ScratchPool: Sendable {
    private let free: Mutex<[Scratch]> = Mutex([])
    let documentCount: Int

    init(documentCount: Int) {
        self.documentCount = documentCount
    }

    func withScratch<T>(_ body: (Scratch) -> T) -> T {
        let scratch = free.withLock { $0.popLast() } ?? Scratch(documentCount: documentCount)
        defer { free.withLock { if $0.count < 64 { $0.append(scratch) } } }
        return body(scratch)
    }
}

extension Scratch: @unchecked Sendable {}
