#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A hash table from term bytes to dense ids, with every term's bytes in one arena.
///
/// Exists for index building: tens of millions of tokens are looked up, and neither a `String`
/// nor an `[UInt8]` key may be allocated per token. Open addressing, linear probing. Each slot
/// holds an id, part of its key's hash, its length and its first eight bytes, so a probe
/// rejects another key, and finds a key of up to eight bytes, without reading the arena.
struct TermTable {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]
    private var slots: [Slot]
    private var mask: Int
    /// The hash bits used: all, except in tests that make keys collide on purpose.
    private let hashBits: Int

    /// One slot: empty when `entry` is 0.
    private struct Slot {
        /// The key's first eight bytes, zero-padded.
        var prefix: UInt64 = 0
        /// The hash's upper 24 bits, the key's length (at most 255), the id plus one (32 bits).
        var entry: UInt64 = 0
    }

    init(capacity: Int = 1 << 16, hashBits: Int = ~0) {
        self.hashBits = hashBits
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
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

    /// The first eight bytes of `key`, zero-padded.
    @inline(__always)
    private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if key.count >= 8 { return UnsafeRawPointer(key.baseAddress!).loadUnaligned(as: UInt64.self) }
        var prefix: UInt64 = 0
        for index in 0..<key.count { prefix |= UInt64(key[index]) << (8 * UInt64(index)) }
        return prefix
    }

    /// What a slot's `entry` holds for `key` less the id.
    @inline(__always)
    private static func tag(hash: Int, count: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: hash) & 0xFFFF_FF00_0000_0000 | UInt64(min(count, 255)) << 32
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

    /// The slot holding `key`'s id, or the empty slot where it belongs, and what that slot holds
    /// or should hold less the id.
    @inline(__always)
    private func slot(of key: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32, filled: Slot) {
        bytes.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeBufferPointer { slots in
                    let hash = TermTable.hash(key) & hashBits
                    let tag = TermTable.tag(hash: hash, count: key.count)
                    let prefix = TermTable.prefix(key)
                    var slot = hash & mask
                    while true {
                        let probed = slots[slot]
                        if probed.entry == 0 { return (slot, -1, Slot(prefix: prefix, entry: tag)) }
                        if probed.entry & 0xFFFF_FFFF_0000_0000 == tag && probed.prefix == prefix {
                            let id = Int(probed.entry & 0xFFFF_FFFF) - 1
                            // Up to eight bytes, the length and prefix are the whole key.
                            if key.count <= 8 || TermTable.equals(id, key, all, offsets) {
                                return (slot, Int32(id), probed)
                            }
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
        let (slot, found, filled) = slot(of: key)
        if found >= 0 { return (Int(found), false) }
        let id = count
        bytes.append(contentsOf: key)
        offsets.append(UInt32(bytes.count))
        slots[slot] = Slot(prefix: filled.prefix, entry: filled.entry | UInt64(id + 1))
        // At most two thirds full: a probe past another key mostly stays in its cache line.
        if count * 3 > slots.count * 2 { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(), count: size)
        let newMask = size - 1
        for entry in slots where entry.entry != 0 {
            // The hash's lower bits are not kept: rehash the key.
            let id = Int(entry.entry & 0xFFFF_FFFF) - 1
            let hash = bytes.withUnsafeBufferPointer { all in
                TermTable.hash(UnsafeBufferPointer(rebasing: all[Int(offsets[id])..<Int(offsets[id + 1])]))
                    & hashBits
            }
            var slot = hash & newMask
            while newSlots[slot].entry != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = entry
        }
        slots = newSlots
        mask = newMask
    }
}
