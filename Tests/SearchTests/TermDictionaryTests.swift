import Testing

@testable import Search

@Suite struct TermDictionaryTests {
    let words = [
        "avgift", "avgifter", "barn", "bibliotek", "dagis", "fritids", "skol", "skola", "skolskjut",
        "skolval",
    ]
    var dictionary: TermDictionary { TermDictionary(sortedTerms: words.map { Array($0.utf8) }) }

    @Test func lookupAndPrefix() {
        #expect(dictionary.lookup(Array("skola".utf8)) == 7)
        #expect(dictionary.lookup(Array("skolan".utf8)) == nil)
        #expect(dictionary.lookup(Array("".utf8)) == nil)
        let range = dictionary.prefixRange(Array("skol".utf8))
        #expect(range.map { dictionary.string($0) } == ["skol", "skola", "skolskjut", "skolval"])
        #expect(dictionary.prefixRange(Array("x".utf8)).isEmpty)
        #expect(dictionary.prefixRange(Array("avgift".utf8)).count == 2)
    }

    @Test func typoWalkMatchesBruteForce() {
        // Pseudo-random dictionary and queries; the walk must agree with a plain distance
        // computation over every term that shares the query's first or second letter.
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abeiklmnorst".utf8)
        var terms = Set<[UInt8]>()
        while terms.count < 400 {
            terms.insert(
                (0..<Int.random(in: 2...9, using: &generator)).map { _ in
                    letters.randomElement(using: &generator)!
                })
        }
        let sorted = terms.sorted { $0.lexicographicallyPrecedes($1) }
        let dictionary = TermDictionary(sortedTerms: sorted)
        for _ in 0..<200 {
            let query = (0..<Int.random(in: 2...9, using: &generator)).map { _ in
                letters.randomElement(using: &generator)!
            }
            let budget = Int.random(in: 1...2, using: &generator)
            var walked: [Int: Int] = [:]
            dictionary.forEachTerm(within: budget, of: query) { walked[$0] = $1 }
            var expected: [Int: Int] = [:]
            for (id, term) in sorted.enumerated()
            where term.first == query.first || (query.count > 1 && term.first == query[1]) {
                if let d = EditDistance.distance(query.map(UInt32.init), term.map(UInt32.init), limit: budget)
                {
                    expected[id] = d
                }
            }
            #expect(walked == expected, "query \(String(decoding: query, as: UTF8.self))")
        }
    }

    @Test func typoWalkFindsTransposedFirstLetters() {
        var found: [String] = []
        dictionary.forEachTerm(within: 1, of: Array("adgis".utf8)) { id, _ in
            found.append(dictionary.string(id))
        }
        #expect(found == ["dagis"])
    }
}
