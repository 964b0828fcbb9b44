/// All terms of an index, sorted as byte strings, in one contiguous byte array.
///
/// Exists so a term is found by binary search, a prefix is a range of neighbours, and a typo
/// search walks the sorted terms as a trie (shared prefixes computed once) — without a `String`
/// or a heap object per term. A term's id is its rank in the sorted order.
public struct TermDictionary: Sendable {
    let bytes: [UInt8]
    /// Start of each term in `bytes`, plus the end of the last.
    let offsets: [UInt32]
    /// The distinct first bytes of all terms, ascending: the letters a first-letter typo may
    /// stand for.
    let firstBytes: [UInt8]

    /// Builds the dictionary from terms already sorted and unique.
    init(sortedTerms: [[UInt8]]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sortedTerms.reduce(0) { $0 + $1.count })
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(sortedTerms.count + 1)
        var firstBytes: [UInt8] = []
        for term in sortedTerms {
            if let first = term.first, firstBytes.last != first { firstBytes.append(first) }
            bytes.append(contentsOf: term)
            offsets.append(UInt32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
        self.firstBytes = firstBytes
    }

    public var count: Int { offsets.count - 1 }

    public func term(_ id: Int) -> ArraySlice<UInt8> {
        bytes[Int(offsets[id])..<Int(offsets[id + 1])]
    }

    public func string(_ id: Int) -> String {
        String(decoding: term(id), as: UTF8.self)
    }

    /// -1, 0 or 1 as term `id` sorts before, equal to or after `key` (or, with `prefixOnly`, 0
    /// when the term starts with `key`).
    @inline(__always)
    private static func compare(
        _ all: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<UInt32>, _ id: Int,
        _ key: UnsafeBufferPointer<UInt8>, prefixOnly: Bool
    ) -> Int {
        let start = Int(offsets[id])
        let length = Int(offsets[id + 1]) - start
        let common = min(length, key.count)
        var index = 0
        while index < common {
            let a = all[start + index]
            let b = key[index]
            if a != b { return a < b ? -1 : 1 }
            index += 1
        }
        if prefixOnly && length >= key.count { return 0 }
        return length == key.count ? 0 : (length < key.count ? -1 : 1)
    }

    /// The first id in `range` whose term does not sort before `key`; with `prefixOnly`, the first
    /// whose term neither sorts before nor starts with `key`... when `past` is true.
    private func bound(_ key: UnsafeBufferPointer<UInt8>, in range: Range<Int>, pastPrefix: Bool) -> Int {
        bytes.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { offsets in
                var low = range.lowerBound
                var high = range.upperBound
                while low < high {
                    let mid = (low + high) / 2
                    let order = TermDictionary.compare(all, offsets, mid, key, prefixOnly: pastPrefix)
                    if order < 0 || (pastPrefix && order == 0) { low = mid + 1 } else { high = mid }
                }
                return low
            }
        }
    }

    /// The id of `term`, or nil.
    public func lookup(_ term: [UInt8]) -> Int? {
        term.withUnsafeBufferPointer { key in
            let index = bound(key, in: 0..<count, pastPrefix: false)
            guard index < count else { return nil }
            let found = bytes.withUnsafeBufferPointer { all in
                offsets.withUnsafeBufferPointer {
                    TermDictionary.compare(all, $0, index, key, prefixOnly: false)
                }
            }
            return found == 0 ? index : nil
        }
    }

    public func lookup(_ term: ArraySlice<UInt8>) -> Int? {
        lookup(Array(term))
    }

    /// The ids of all terms starting with `prefix`.
    public func prefixRange(_ prefix: [UInt8]) -> Range<Int> {
        prefix.withUnsafeBufferPointer { key in
            let start = bound(key, in: 0..<count, pastPrefix: false)
            return start..<bound(key, in: start..<count, pastPrefix: true)
        }
    }

    /// Calls `body(id, distance)` for every term within `maxDistance` edits of `word`
    /// (Damerau–Levenshtein, optimal string alignment) that starts with `word`'s first or second
    /// byte, walking the sorted terms as a trie. Like most engines, it trusts the first letter:
    /// that keeps the walk to a small part of the dictionary, and a typo there is rare; a
    /// swap of the first two letters is still found.
    public func forEachTerm(within maxDistance: Int, of word: [UInt8], _ body: (Int, Int) -> Void) {
        guard let first = word.first else { return }
        var starts = [first]
        if word.count > 1, word[1] != first { starts.append(word[1]) }
        for start in starts {
            walk(prefixRange([start]), within: maxDistance, of: word, body)
        }
    }

    /// Calls `body(id)` for every term one edit from `word` in its first byte, the edits the trie
    /// walk of `forEachTerm(within:of:_:)` cannot reach: the first letter replaced ("gemtjanst" →
    /// "hemtjanst") or missing ("emtjanst" → "hemtjanst"). Only ASCII first letters are replaced.
    /// Each candidate is one binary search, so this costs about twice the number of distinct
    /// first letters in lookups, whatever the size of the dictionary.
    public func forEachFirstLetterVariant(of word: [UInt8], _ body: (Int) -> Void) {
        guard let first = word.first else { return }
        var candidate = word
        if first < 0x80 {
            for letter in firstBytes where letter != first && letter < 0x80 {
                candidate[0] = letter
                if let id = lookup(candidate) { body(id) }
            }
        }
        candidate = [0] + word
        for letter in firstBytes where letter < 0x80 {
            candidate[0] = letter
            if let id = lookup(candidate) { body(id) }
        }
    }

    private func walk(
        _ range: Range<Int>, within maxDistance: Int, of word: [UInt8], _ body: (Int, Int) -> Void
    ) {
        let width = word.count + 1
        let maxDepth = word.count + maxDistance
        guard !range.isEmpty, maxDepth < 256 else { return }
        // rows[d] is the edit-distance row after the first d bytes of the current term.
        var rows = [Int](repeating: 0, count: (maxDepth + 1) * width)
        for j in 0..<width { rows[j] = j }
        var previousTerm: ArraySlice<UInt8> = []
        var validDepth = 0  // rows[0...validDepth] hold the current term's prefix
        var id = range.lowerBound
        bytes.withUnsafeBufferPointer { all in
            while id < range.upperBound {
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
                    let prefix = UnsafeBufferPointer(rebasing: all[start..<(start + depth)])
                    id = max(id + 1, bound(prefix, in: (id + 1)..<range.upperBound, pastPrefix: true))
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
