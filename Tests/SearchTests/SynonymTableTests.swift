import Analysis
import Testing

@testable import Search

/// `SynonymTable.match` with its first-word filter finds exactly what looking every run of
/// words up finds.
@Suite struct SynonymTableTests {
    /// The longest entry at `start`, by looking up every run (what `match` did before its filter).
    static func lookedUp(_ table: SynonymTable, _ words: [[UInt8]], at start: Int)
        -> (length: Int, phrases: [[[UInt8]]])?
    {
        var length = min(table.longest, words.count - start)
        while length >= 1 {
            if let phrases = table.entries[Array(words[start..<(start + length)])] {
                return (length, phrases)
            }
            length -= 1
        }
        return nil
    }

    @Test func matchFindsWhatLookingEveryRunUpFinds() {
        let analyzer = SwedishAnalyzer()
        let everyday = [
            "dagis", "soc papper", "fritids", "bibbla", "hemtjänst", "färdtjänst kort", "a", "ö",
            "bygglov för altan", "sfi", "kö", "skola", "barnvagn", "parkering",
        ]
        let table = SynonymTable(
            pairs: everyday.enumerated().map { ($0.element, "formell term \($0.offset)") }, analyzer: analyzer
        )
        #expect(table.count == everyday.count)
        var queries = everyday.map { analyzer.analyze($0).map(\.term) }
        queries += [
            "dagis kö", "jag vill ha soc papper nu", "fritidshem dagis", "bygglov för altan och dagis",
            "bibblan", "hemtjanst", "x y z", "",
        ].map { analyzer.analyze($0).map(\.term) }
        // Words of every length and first and last letter, most of them starting no entry.
        for length in 1...12 {
            for first in UInt8(ascii: "a")...UInt8(ascii: "z") {
                queries.append([[UInt8](repeating: first, count: length), Array("dagis".utf8)])
            }
        }
        var found = 0
        for words in queries {
            for start in 0...words.count {
                let expected = Self.lookedUp(table, words, at: start)
                let matched = table.match(words, at: start)
                #expect(matched?.length == expected?.length && matched?.phrases == expected?.phrases)
                if expected != nil { found += 1 }
            }
            for word in words {
                #expect(table.matches(word: word) == (Self.lookedUp(table, [word], at: 0) != nil))
            }
        }
        #expect(found > everyday.count)  // every entry at least, and "dagis" after other words
    }
}
