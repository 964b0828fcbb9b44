/// Other inflections of a query word's stem that the index may hold, tried only at query time
/// and only kept when they are terms of the index.
///
/// Exists for the endings the stemmer leaves and the analyzer's `InflectionBridge` does not
/// merge: the neuter and participle -t ("ansökt" ↔ "ansök", "särskilt" ↔ "särskild"). Trying
/// them against the dictionary instead of rewriting the stem keeps words that merely end so
/// apart in the index.
enum InflectionVariants {
    /// Up to three variants of the folded stem `term`: without a final -t, with -t for -d, and
    /// with -d for -t.
    static func variants(of term: [UInt8]) -> [[UInt8]] {
        guard term.count >= 4, let last = term.last else { return [] }
        var result: [[UInt8]] = []
        if last == UInt8(ascii: "t") {
            result.append(Array(term.dropLast()))
            var d = term
            d[d.count - 1] = UInt8(ascii: "d")
            result.append(d)
        } else if last == UInt8(ascii: "d") {
            var t = term
            t[t.count - 1] = UInt8(ascii: "t")
            result.append(t)
        }
        return result
    }
}
