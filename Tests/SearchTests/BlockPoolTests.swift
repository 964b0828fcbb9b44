import Testing

@testable import Search

/// The pool's byte lists: what goes in comes out in order, counted exactly, across block
/// boundaries and with many lists interleaved.
@Suite struct BlockPoolTests {
    @Test(arguments: [0, 1, 59, 60, 61, 120, 121, 1_000])
    func aListGivesBackItsBytesAndCountsThem(length: Int) {
        let pool = BlockPool()
        var lists = [BlockPool.List(), BlockPool.List(), BlockPool.List()]
        // Three lists written in turn, so their blocks interleave in the pool.
        for index in 0..<length {
            for list in lists.indices {
                pool.append(UInt8(truncatingIfNeeded: index * 7 + list), to: &lists[list])
            }
        }
        for list in lists.indices {
            var read: [UInt8] = []
            pool.forEachByte(of: lists[list]) { read.append($0) }
            #expect(read == (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + list) })
            #expect(pool.count(of: lists[list]) == length)
        }
    }
}
