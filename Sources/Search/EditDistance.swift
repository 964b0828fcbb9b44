/// Damerau–Levenshtein distance (optimal string alignment) over Unicode scalars, with a bound.
///
/// Exists for typo tolerance: "did you mean" for ids and, later, the term dictionary's typo
/// search. Knows nothing of articles.
public enum EditDistance {
    /// The distance between `a` and `b`, or `nil` once it is certain to exceed `limit`.
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// Convenience over strings.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), limit: limit)
    }

    /// The candidates closest to `word` (within `limit`), nearest first, then alphabetically.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int, count: Int)
        -> [String]
    {
        let target = word.unicodeScalars.map(\.value)
        var found: [(Int, String)] = []
        for candidate in candidates {
            if let d = distance(target, candidate.unicodeScalars.map(\.value), limit: limit) {
                found.append((d, candidate))
            }
        }
        found.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return found.prefix(count).map(\.1)
    }
}
