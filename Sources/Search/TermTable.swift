#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Eight bytes at a time (most terms are one or two words of them), each word multiplied
    /// in, then the whole mixed: a hash, not a format, so it may change freely.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h = UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9_7F4A_7C15
        var rest = key.count
        var at = 0
        let raw = UnsafeRawBufferPointer(key)
        while rest >= 8 {
            h = (h ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            at += 8
            rest -= 8
        }
        if rest > 0 {
            var tail: UInt64 = 0
            for index in 0..<rest { tail |= UInt64(raw[at + index]) << (8 * UInt64(index)) }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    private func equals(
        _ id: Int32, _ key: UnsafeBufferPointer<UInt8>, _ all: UnsafeBufferPointer<UInt8>,
        _ offsets: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        let start = Int(offsets[Int(id)])
        let length = Int(offsets[Int(id) + 1]) - start
        guard length == key.count else { return false }
        return length == 0 || memcmp(all.baseAddress! + start, key.baseAddress!, length) == 0
    }

    /// The slot holding `key`'s id, or the empty slot where it belongs.
    @inline(__always)
    private func slot(of key: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32) {
        bytes.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeBufferPointer { slots in
                    var slot = TermTable.hash(key) & mask
                    while true {
                        let id = slots[slot]
                        if id < 0 || equals(id, key, all, offsets) { return (slot, id) }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of `key`, or nil.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let id = slot(of: key).id
        return id < 0 ? nil : Int(id)
    }

    func find(_ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { find($0) }
    }

    /// The id of `key`, adding it if new; `isNew` tells which.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let (slot, found) = slot(of: key)
        if found >= 0 { return (Int(found), false) }
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
