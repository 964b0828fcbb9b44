/// All terms of an index, sorted as byte strings, in one contiguous byte array.
///
/// Exists so a term is found by binary search, a prefix is a range of neighbours, and a typo
/// search walks the sorted terms as a trie (shared prefixes computed once) — without a `String`
/// or a heap object per term. A term's id is its rank in the sorted order.
public struct TermDictionary: Sendable {
    let bytes: [UInt8]
    /// Start of each term in `bytes`, plus the end of the last.
    let offsets: [UInt32]

    /// Builds the dictionary from terms already sorted and unique.
    init(sortedTerms: [[UInt8]]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sortedTerms.reduce(0) { $0 + $1.count })
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(sortedTerms.count + 1)
        for term in sortedTerms {
            bytes.append(contentsOf: term)
            offsets.append(UInt32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    public var count: Int { offsets.count - 1 }

    public func term(_ id: Int) -> ArraySlice<UInt8> {
        bytes[Int(offsets[id])..<Int(offsets[id + 1])]
    }

    public func string(_ id: Int) -> String {
        String(decoding: term(id), as: UTF8.self)
    }

    /// -1, 0 or 1 as term `id` sorts before, equal to or after `key`.
    @inline(__always)
    private func compare(_ id: Int, _ key: UnsafeBufferPointer<UInt8>, prefixOnly: Bool = false) -> Int {
        let start = Int(offsets[id])
        let length = Int(offsets[id + 1]) - start
        return bytes.withUnsafeBufferPointer { all in
            let common = min(length, key.count)
            for index in 0..<common {
                let a = all[start + index]
                let b = key[index]
                if a != b { return a < b ? -1 : 1 }
            }
            if prefixOnly && length >= key.count { return 0 }
            return length == key.count ? 0 : (length < key.count ? -1 : 1)
        }
    }

    /// The first id whose term is not before `key` (as a prefix when `prefixOnly`).
    private func lowerBound(_ key: UnsafeBufferPointer<UInt8>, prefixOnly: Bool = false) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if compare(mid, key, prefixOnly: prefixOnly) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The id of `term`, or nil.
    public func lookup(_ term: some Collection<UInt8>) -> Int? {
        let key = Array(term)
        return key.withUnsafeBufferPointer { key in
            let index = lowerBound(key)
            return index < count && compare(index, key) == 0 ? index : nil
        }
    }

    /// The ids of all terms starting with `prefix`.
    public func prefixRange(_ prefix: some Collection<UInt8>) -> Range<Int> {
        let key = Array(prefix)
        return key.withUnsafeBufferPointer { key in
            let start = lowerBound(key)
            var low = start
            var high = count
            // First id at or after `start` that does not start with the prefix.
            while low < high {
                let mid = (low + high) / 2
                if compare(mid, key, prefixOnly: true) == 0 { low = mid + 1 } else { high = mid }
            }
            return start..<low
        }
    }

    /// Calls `body(id, distance)` for every term within `maxDistance` edits of `word`
    /// (Damerau–Levenshtein, optimal string alignment), walking the sorted terms as a trie.
    public func forEachTerm(within maxDistance: Int, of word: [UInt8], _ body: (Int, Int) -> Void) {
        let width = word.count + 1
        let maxDepth = word.count + maxDistance
        guard count > 0, maxDepth < 256 else { return }
        // rows[d] is the edit-distance row after the first d bytes of the current term.
        var rows = [Int](repeating: 0, count: (maxDepth + 1) * width)
        for j in 0..<width { rows[j] = j }
        var previousTerm: ArraySlice<UInt8> = []
        var validDepth = 0  // rows[0...validDepth] hold the current term's prefix
        var id = 0
        bytes.withUnsafeBufferPointer { all in
            while id < count {
                let start = Int(offsets[id])
                let length = Int(offsets[id + 1]) - start
                // Reuse the rows of the prefix shared with the previous term.
                var shared = 0
                let previousStart = previousTerm.startIndex
                while shared < min(length, previousTerm.count, validDepth),
                    all[start + shared] == previousTerm[previousStart + shared]
                {
                    shared += 1
                }
                previousTerm = bytes[start..<(start + length)]
                var depth = shared
                var pruned = false
                while depth < min(length, maxDepth) {
                    let d = depth + 1
                    let c = all[start + depth]
                    let row = d * width
                    let up = (d - 1) * width
                    rows[row] = d
                    var rowMinimum = d
                    for j in 1..<width {
                        let cost = word[j - 1] == c ? 0 : 1
                        var value = min(rows[up + j] + 1, rows[row + j - 1] + 1, rows[up + j - 1] + cost)
                        if d > 1, j > 1, word[j - 1] == all[start + depth - 1], word[j - 2] == c {
                            value = min(value, rows[(d - 2) * width + j - 2] + 1)
                        }
                        rows[row + j] = value
                        rowMinimum = min(rowMinimum, value)
                    }
                    depth = d
                    if rowMinimum > maxDistance {
                        pruned = true
                        break
                    }
                }
                validDepth = depth
                if pruned {
                    // No term with this prefix can be close enough: skip them all.
                    let prefix = Array(all[start..<(start + depth)])
                    id = max(id + 1, prefixRange(prefix).upperBound)
                    continue
                }
                if length <= maxDepth {
                    let distance = rows[length * width + word.count]
                    if distance <= maxDistance { body(id, distance) }
                }
                id += 1
            }
        }
    }
}
