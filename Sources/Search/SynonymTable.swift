import Analysis

/// Everyday words and the formal terms they stand for, as analysed term sequences.
///
/// Exists so that "dagis" finds "förskola" and "soc papper" finds "försörjningsstöd" at query
/// time. Both sides go through the same analyzer as the index, so inflections and missing
/// å/ä/ö match too. Multi-word entries match the longest run of query words first.
public struct SynonymTable: Sendable {
    /// Analysed everyday phrase → analysed formal phrases.
    let entries: [[[UInt8]]: [[[UInt8]]]]
    let longest: Int
    /// One bit per (length, first byte, last byte) class of the entries' first words: most
    /// query words start no entry, and this says so without hashing phrases (`match` runs
    /// several times for every word of every query).
    private let firstWords: [UInt64]

    public init(pairs: [(term: String, formal: String)], analyzer: SwedishAnalyzer) {
        var entries: [[[UInt8]]: [[[UInt8]]]] = [:]
        var longest = 0
        for (term, formal) in pairs {
            let key = analyzer.analyze(term).map(\.term)
            let value = analyzer.analyze(formal).map(\.term)
            guard !key.isEmpty, !value.isEmpty, key != value else { continue }
            if !(entries[key]?.contains(value) ?? false) { entries[key, default: []].append(value) }
            longest = max(longest, key.count)
        }
        self.entries = entries
        self.longest = longest
        var firstWords = [UInt64](repeating: 0, count: Self.filterWords)
        for key in entries.keys {
            let bit = Self.filterBit(key[0])
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.firstWords = firstWords
    }

    private static let filterWords = 64

    /// The filter bit of a word: its length, first and last byte mixed into 12 bits.
    private static func filterBit(_ word: [UInt8]) -> Int {
        guard let first = word.first, let last = word.last else { return 0 }
        return (word.count &* 1_103 &+ Int(first) &* 31 &+ Int(last)) & (filterWords * 64 - 1)
    }

    public static let empty = SynonymTable(pairs: [], analyzer: SwedishAnalyzer())

    public var count: Int { entries.count }

    /// The longest entry starting at `start` in `words`: how many words it covers and the formal
    /// phrases it stands for.
    /// Whether `word` alone is an entry (`match([word], at: 0) != nil`), without building an
    /// array when the filter already says no.
    func matches(word: [UInt8]) -> Bool {
        let bit = Self.filterBit(word)
        guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return entries[[word]] != nil
    }

    func match(_ words: [[UInt8]], at start: Int) -> (length: Int, phrases: [[[UInt8]]])? {
        guard start < words.count else { return nil }
        let bit = Self.filterBit(words[start])
        guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var length = min(longest, words.count - start)
        while length >= 1 {
            if let phrases = entries[Array(words[start..<(start + length)])] { return (length, phrases) }
            length -= 1
        }
        return nil
    }
}
