/// A hash table from term bytes to dense ids, with every term's bytes in one arena.
///
/// Exists for index building: tens of millions of tokens are looked up, and neither a `String`
/// nor an `[UInt8]` key may be allocated per token. Open addressing, linear probing, FNV-1a.
struct TermTable {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    func term(_ id: Int) -> ArraySlice<UInt8> {
        bytes[Int(offsets[id])..<Int(offsets[id + 1])]
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always)
    private func equals(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[Int(id)])
        let length = Int(offsets[Int(id) + 1]) - start
        guard length == key.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            for index in 0..<length where all[start + index] != key[index] { return false }
            return true
        }
    }

    /// The id of `key`, or nil.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = TermTable.hash(key) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(id, key) { return Int(id) }
            slot = (slot + 1) & mask
        }
    }

    func find(_ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { find($0) }
    }

    /// The id of `key`, adding it if new; `isNew` tells which.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        var slot = TermTable.hash(key) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if equals(id, key) { return (Int(id), false) }
            slot = (slot + 1) & mask
        }
        let id = count
        bytes.append(contentsOf: key)
        offsets.append(UInt32(bytes.count))
        slots[slot] = Int32(id)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        let newMask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<count {
                let key = UnsafeBufferPointer(rebasing: all[Int(offsets[id])..<Int(offsets[id + 1])])
                var slot = TermTable.hash(key) & newMask
                while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
                newSlots[slot] = Int32(id)
            }
        }
        slots = newSlots
        mask = newMask
    }
}
