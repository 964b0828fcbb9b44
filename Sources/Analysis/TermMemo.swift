import Synchronization

/// Remembers what `SwedishAnalyzer`'s chain made of each word it has seen, so that a word met
/// again is looked up instead of being lowercased, checked, stemmed and folded again.
///
/// Exists because indexing a large folder runs hundreds of millions of tokens through the chain
/// while the folder's vocabulary is a few tens of thousands of words. The chain's result for a
/// token depends only on the token's bytes (its kind follows from them), so a remembered result
/// is exactly what the chain would give. A memo belongs to the analyzer that filled it and to one
/// thread at a time; it stops learning new words at `capacity`, and then only looks up.
public final class TermMemo: @unchecked Sendable {
    /// Every remembered word's bytes, then its result's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Per entry: where its key starts in `bytes`, its key length, its result length
    /// (`dropped` for a stop word), and whether the result is a protected word.
    private var entries: [Entry] = []
    private var slots: [Int32]
    private let mask: Int
    /// The word being analysed, kept until its result is known.
    private var pending: [UInt8] = []
    private var pendingSlot = -1
    /// Most words remembered.
    public let capacity: Int

    private struct Entry {
        var start: UInt32
        var keyLength: UInt16
        var termLength: UInt16
        var isKeyword: Bool
    }

    private static let dropped = UInt16.max

    public init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// How many words are remembered.
    public var count: Int { entries.count }

    /// Applies the remembered result for `token`'s term to it: true when the term was known
    /// (`kept` then says whether it survives the chain), false when the chain must run. Then
    /// `remember(_:kept:)` must follow.
    @inline(__always)
    func recall(_ token: inout Token, kept: inout Bool) -> Bool {
        let found: Int? = token.term.withUnsafeBufferPointer { key in
            var slot = termHash(key) & mask
            while true {
                let id = slots[slot]
                if id < 0 {
                    pendingSlot = slot
                    return nil
                }
                let entry = entries[Int(id)]
                if Int(entry.keyLength) == key.count {
                    let start = Int(entry.start)
                    let same = bytes.withUnsafeBufferPointer { all in
                        UnsafeBufferPointer(rebasing: all[start..<start + key.count]).elementsEqual(key)
                    }
                    if same { return Int(id) }
                }
                slot = (slot + 1) & mask
            }
        }
        guard let found else {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: token.term)
            return false
        }
        let entry = entries[found]
        if entry.termLength == TermMemo.dropped {
            kept = false
            return true
        }
        kept = true
        token.isKeyword = entry.isKeyword
        let start = Int(entry.start) + Int(entry.keyLength)
        token.term.removeAll(keepingCapacity: true)
        token.term.append(contentsOf: bytes[start..<start + Int(entry.termLength)])
        return true
    }

    /// Remembers the chain's result for the word `recall` did not know: `token` as the chain
    /// left it, or `kept` false when the chain dropped it.
    @inline(__always)
    func remember(_ token: Token, kept: Bool) {
        guard entries.count < capacity, pendingSlot >= 0, pending.count < Int(UInt16.max),
            token.term.count < Int(UInt16.max),
            bytes.count + pending.count + token.term.count < Int(UInt32.max)
        else { return }
        entries.append(
            Entry(
                start: UInt32(bytes.count), keyLength: UInt16(pending.count),
                termLength: kept ? UInt16(token.term.count) : TermMemo.dropped, isKeyword: token.isKeyword))
        bytes.append(contentsOf: pending)
        if kept { bytes.append(contentsOf: token.term) }
        slots[pendingSlot] = Int32(entries.count - 1)
        pendingSlot = -1
    }
}

/// Hands `TermMemo`s to whichever thread analyses next, one memo to one thread at a time, and
/// keeps them between uses, so that each reading thread's memo stays warm for the whole load.
///
/// Exists because a memo must not be shared by threads while it learns, and the threads that
/// analyse a folder's articles are the dispatch pool's, not threads of our own.
public final class TermMemoPool: Sendable {
    private let idle = Mutex<[TermMemo]>([])

    public init() {}

    /// Calls `body` with a memo no other thread holds meanwhile.
    public func withMemo<T>(_ body: (TermMemo) -> T) -> T {
        let memo = idle.withLock { $0.popLast() } ?? TermMemo()
        defer { idle.withLock { $0.append(memo) } }
        return body(memo)
    }
}

/// FNV-1a over a term's bytes, folded: the hash of the term tables that index building and
/// analysis keep (`TermMemo`, Search's `TermTable`).
@inlinable @inline(__always)
package func termHash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
        h ^= UInt64(byte)
        h = h &* 0x0000_0100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
}
