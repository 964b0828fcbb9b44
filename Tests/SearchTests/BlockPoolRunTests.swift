import Testing

@testable import Search

/// Appending several bytes at once must leave the same bytes, in the same blocks, as appending
/// them one at a time: runs that fit the last block, that end exactly at its end, and that
/// cross into a new block, on fresh and interleaved lists.
@Suite struct BlockPoolRunTests {
    @Test(arguments: [1, 2, 3, 7, 14, 59, 60, 61])
    func aRunAppendsWhatItsBytesAppendOneAtATime(runLength: Int) {
        let byRun = BlockPool()
        let byByte = BlockPool()
        var runLists = [BlockPool.List(), BlockPool.List()]
        var byteLists = [BlockPool.List(), BlockPool.List()]
        var next: UInt8 = 0
        // Lengths vary so the lists' used counts pass every position in a block.
        for step in 0..<150 {
            for list in runLists.indices {
                let length = 1 + (step * 7 + list * 3) % runLength
                let run = (0..<length).map { _ -> UInt8 in
                    next &+= 37
                    return next
                }
                run.withUnsafeBufferPointer { byRun.append($0, to: &runLists[list]) }
                for byte in run { byByte.append(byte, to: &byteLists[list]) }
            }
        }
        for list in runLists.indices {
            var fromRuns: [UInt8] = []
            byRun.forEachByte(of: runLists[list]) { fromRuns.append($0) }
            var fromBytes: [UInt8] = []
            byByte.forEachByte(of: byteLists[list]) { fromBytes.append($0) }
            #expect(fromRuns == fromBytes)
            #expect(byRun.count(of: runLists[list]) == fromBytes.count)
            // Same blocks handed out in the same order: the pool's layout is the same.
            #expect(runLists[list].head == byteLists[list].head)
            #expect(runLists[list].tail == byteLists[list].tail)
            #expect(runLists[list].used == byteLists[list].used)
        }
    }
}
