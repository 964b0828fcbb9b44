#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A hash table from term bytes to dense ids, with every term's bytes in one arena.
///
/// Exists for index building: tens of millions of tokens are looked up, and neither a `String`
/// nor an `[UInt8]` key may be allocated per token. Open addressing, linear probing. Each slot
/// holds an id and the upper half of its key's hash, so a probe that meets another key rejects
/// it without reading that key's bytes.
struct TermTable {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]
    /// Empty (0), or the hash's upper 32 bits above the id plus one.
    private var slots: [UInt64]
    private var mask: Int
    /// The hash bits used: all, except in tests that make keys collide on purpose.
    private let hashBits: Int

    init(capacity: Int = 1 << 16, hashBits: Int = ~0) {
        self.hashBits = hashBits
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
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

    /// Whether term `id`'s bytes are `key`'s, compared a word at a time (no call per probe).
    @inline(__always)
    private static func equals(
        _ id: Int, _ key: UnsafeBufferPointer<UInt8>, _ all: UnsafeBufferPointer<UInt8>,
        _ offsets: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        let start = Int(offsets[id])
        let length = Int(offsets[id + 1]) - start
        guard length == key.count else { return false }
        guard length > 0 else { return true }
        let stored = UnsafeRawPointer(all.baseAddress! + start)
        let wanted = UnsafeRawPointer(key.baseAddress!)
        var at = 0
        while at + 8 <= length {
            if stored.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                != wanted.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            {
                return false
            }
            at += 8
        }
        while at < length {
            if stored.load(fromByteOffset: at, as: UInt8.self)
                != wanted.load(fromByteOffset: at, as: UInt8.self)
            {
                return false
            }
            at += 1
        }
        return true
    }

    /// The slot holding `key`'s id, or the empty slot where it belongs; `tagged` is what that
    /// slot holds or should hold less the id.
    @inline(__always)
    private func slot(of key: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32, tagged: UInt64) {
        bytes.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeBufferPointer { slots in
                    let hash = TermTable.hash(key) & hashBits
                    let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
                    var slot = hash & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (slot, -1, tag) }
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            if TermTable.equals(id, key, all, offsets) { return (slot, Int32(id), tag) }
                        }
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
        let (slot, found, tag) = slot(of: key)
        if found >= 0 { return (Int(found), false) }
        let id = count
        bytes.append(contentsOf: key)
        offsets.append(UInt32(bytes.count))
        slots[slot] = tag | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            // The hash's lower bits are not kept: rehash the key.
            let id = Int(entry & 0xFFFF_FFFF) - 1
            let hash = bytes.withUnsafeBufferPointer { all in
                TermTable.hash(UnsafeBufferPointer(rebasing: all[Int(offsets[id])..<Int(offsets[id + 1])]))
                    & hashBits
            }
            var slot = hash & newMask
            while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = entry
        }
        slots = newSlots
        mask = newMask
    }
}
