import Testing

@testable import Search

/// The term table hashes eight bytes at a time: keys around those boundaries, keys that differ
/// only in their last byte or only in length, and the empty key must each keep their own id
/// through growth.
@Suite struct TermTableTests {
    private static func keys() -> [[UInt8]] {
        var keys: [[UInt8]] = [[]]
        for length in 1...40 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: 0x61 + $0 % 26) }
            keys.append(base)
            var last = base
            last[length - 1] ^= 0x01
            keys.append(last)
            keys.append(base + [0])
            keys.append(Array(repeating: 0, count: length))
        }
        for number in 0..<5_000 { keys.append(Array("term\(number)".utf8)) }
        var seen = Set<[UInt8]>()
        return keys.filter { seen.insert($0).inserted }
    }

    @Test func everyKeyKeepsTheIdItWasGivenThroughGrowth() {
        let keys = Self.keys()
        var table = TermTable(capacity: 4)
        for (expected, key) in keys.enumerated() {
            let (id, isNew) = key.withUnsafeBufferPointer { table.insert($0) }
            #expect(isNew && id == expected, "\(key)")
        }
        #expect(table.count == keys.count)
        for (expected, key) in keys.enumerated() {
            let (id, isNew) = key.withUnsafeBufferPointer { table.insert($0) }
            #expect(!isNew && id == expected)
            #expect(table.find(key) == expected)
            #expect(Array(table.term(expected)) == key)
        }
        #expect(table.find(Array("absent".utf8)) == nil)
        #expect(table.find(Array(repeating: 0x61, count: 41)) == nil)
    }

    /// With every hash alike (so every tag too), only the arena's bytes tell keys apart: "ab"
    /// from "ab" plus a zero byte, keys that share all but their last byte.
    @Test(arguments: [0, 0x7F], [false, true])
    func keysStayApartWhenTheirHashesCollide(hashBits: Int, longestFirst: Bool) {
        let keys = longestFirst ? Array(Self.keys().prefix(400).reversed()) : Array(Self.keys().prefix(400))
        var table = TermTable(capacity: 4, hashBits: hashBits)
        for (expected, key) in keys.enumerated() {
            let (id, isNew) = key.withUnsafeBufferPointer { table.insert($0) }
            #expect(isNew && id == expected, "\(key)")
        }
        for (expected, key) in keys.enumerated() {
            #expect(table.find(key) == expected, "\(key)")
            #expect(Array(table.term(expected)) == key)
        }
        #expect(table.find(Array(repeating: 0x61, count: 41)) == nil)
        #expect(table.find([0x61, 0, 0]) == nil)
    }
}
