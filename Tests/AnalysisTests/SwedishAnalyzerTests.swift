import Analysis
import TestSupport
import Testing

private let analyzer = SwedishAnalyzer(protectedWords: ["SFI", "LSS", "CSN", "Kontaktcenter", "Per"])

private func terms(_ text: String) -> [String] {
    analyzer.analyze(text).map(\.text)
}

struct SwedishAnalyzerTests {
    @Test(arguments: [
        ["Förskoleplats", "forskoleplats", "FÖRSKOLEPLATS", "förskoleplats"],
        ["förskoleplatsen", "förskoleplatser", "forskoleplatsen", "Förskoleplatserna", "förskoleplatsens"],
        ["förskolan", "forskolan", "FÖRSKOLAN"],
        ["hemtjänst", "hemtjanst", "Hemtjänsten", "hemtjansten"],
        ["färdtjänst", "fardtjanst", "färdtjänster"],
        ["äldreboende", "aldreboende", "äldreboenden"],
        ["kostar", "kosta", "kostade"],
        ["ÅÄÖ", "åäö", "aao"],
    ])
    func formsOfOneWordShareATerm(_ forms: [String]) {
        let analyzed = forms.map(terms)
        #expect(analyzed.allSatisfy { $0.count == 1 })
        #expect(Set(analyzed).count == 1, "\(zip(forms, analyzed).map { "\($0) → \($1)" })")
    }

    @Test func indefiniteAndDefiniteCompoundsOfPlatsDiffer() {
        // Snowball 2.2 deletes -s after t, so "plats" → "plat" while "platsen" →
        // "plats". The stemmer is pinned; a compound splitter or a synonym
        // filter has to bridge this, so the test records it as a known issue.
        withKnownIssue("Snowball Swedish 2.2: plats → plat, platsen → plats") {
            #expect(terms("förskoleplats") == terms("förskoleplatsen"))
        }
        #expect(terms("förskoleplats") == ["forskoleplat"])
        #expect(terms("förskoleplatsen") == ["forskoleplats"])
    }

    @Test func dropsStopWordsButKeepsCountingPositions() {
        let found = analyzer.analyze("Vad kostar dagis?")
        #expect(found.map(\.text) == ["kost", "dagis"])
        #expect(found.map(\.position) == [1, 2])
        #expect(found.map(\.start) == [4, 11])
        #expect(found.map(\.end) == [10, 16])

        let bygglov = analyzer.analyze("Jag vill ansöka om bygglov för ett plank")
        #expect(bygglov.map(\.text) == ["ansok", "bygglov", "plank"])
        #expect(bygglov.map(\.position) == [2, 4, 7])

        #expect(terms("och att det som en på är") == [])
        #expect(terms("vad ar det som galler pa natten") == ["gall", "natt"])  // typed without dots
    }

    @Test func offsetsPointAtTheOriginalBytes() {
        let text = "Hur ansöker jag om FÖRSKOLEPLATS i Malmö?"
        let bytes = Array(text.utf8)
        let found = analyzer.analyze(text)
        #expect(found.map(\.text) == ["ansok", "forskoleplat", "malmo"])
        let originals = found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(originals == ["ansöker", "FÖRSKOLEPLATS", "Malmö"])
    }

    @Test(arguments: [
        ("040-34 10 00", ["040", "34", "10", "00"]),
        ("Ring 040-34 10 00", ["ring", "040", "34", "10", "00"]),
        ("2025 års taxa", ["2025", "ars", "tax"]),
    ])
    func keepsNumbersAsNumbers(_ text: String, _ expected: [String]) {
        let found = analyzer.analyze(text)
        #expect(found.map(\.text) == expected)
        #expect(found.filter { $0.kind == .number }.map(\.text) == expected.filter { $0.first!.isNumber })
    }

    @Test func numbersAreNeitherStemmedNorStopWords() {
        // A stop list holding a number, and a stemmer rule that would fire on
        // letters, both leave a number alone.
        let odd = SwedishAnalyzer(stopWords: StopWords(["12"]))
        #expect(odd.analyze("12 och").map(\.text) == ["12", "och"])
    }

    @Test func protectedWordsAreNeitherStemmedNorDropped() {
        let found = analyzer.analyze("Kontaktcenter hjälper med SFI och LSS-insatser, ring Per")
        #expect(found.map(\.text) == ["kontaktcenter", "hjalp", "sfi", "lss", "insats", "ring", "per"])
        #expect(found.map(\.isKeyword) == [true, false, true, true, false, false, true])
        // Unprotected, the same words are stemmed and "per" is a stop word.
        #expect(SwedishAnalyzer().analyze("kontaktcenter per").map(\.text) == ["kontaktcent"])
    }

    @Test(arguments: [
        ("", [] as [String]),
        ("Förskolepl", ["forskolepl"]),
        ("Vad kostar dagis", ["vad", "kostar", "dagis"]),
        ("ÅÄÖ", ["aao"]),
        ("skol-skjuts", ["skol", "skjuts"]),
        ("hemtjänsten 040", ["hemtjansten", "040"]),
    ])
    func normalizesWithoutStopWordsOrStemming(_ text: String, _ expected: [String]) {
        #expect(analyzer.normalize(text).map(\.text) == expected)
    }

    @Test func normalizeMarksProtectedWords() {
        let found = analyzer.normalize("lss eller lsss")
        #expect(found.map(\.text) == ["lss", "eller", "lsss"])
        #expect(found.map(\.isKeyword) == [true, false, false])
    }

    @Test func splitsHyphenatedWords() {
        #expect(terms("skol-skjuts") == ["skol", "skjut"])
        #expect(terms("p-bot") == ["p", "bot"])
    }

    @Test func handlesEmptyHugeAndInvalidInput() {
        #expect(analyzer.analyze("").isEmpty)
        #expect(analyzer.normalize("").isEmpty)
        #expect(analyzer.analyze("  ?! -- ").isEmpty)

        let huge = String(repeating: "förskola", count: 1_250)  // 10,000 letters in one word
        #expect(huge.count == 10_000)
        #expect(analyzer.analyze(huge).isEmpty)
        let around = analyzer.analyze("barn \(huge) skola")
        #expect(around.map(\.text) == ["barn", "skol"])
        #expect(around.map(\.position) == [0, 2])

        // "bär", a stray FF, a lead byte before a space, a stray CC, "barn", a cut-off lead byte.
        let invalid: [UInt8] = [0x62, 0xC3, 0xA4, 0x72, 0xFF, 0xC3, 0x20, 0xCC, 0x62, 0x61, 0x72, 0x6E, 0xC3]
        #expect(analyzer.analyze(invalid).map(\.text) == ["bar", "barn"])
    }

    @Test func capsTokensPerCall() {
        let text = String(repeating: "barn och skola ", count: 100)
        #expect(analyzer.analyze(text).count == 200)
        // The cap counts tokens before stop words are dropped.
        let query = analyzer.analyze(text, maxTokens: AnalysisLimits.maxTokensPerQuery)
        #expect(query.count == 21)  // 10 × "barn skola" from 30 tokens, then "barn" ("och" is dropped)
        #expect(query.last!.position < AnalysisLimits.maxTokensPerQuery)
    }

    @Test func everyTermIsLowercaseASCIIWhateverTheInput() {
        let pool: [String] = [
            "a", "E", "k", "L", "s", "T", "å", "Ä", "ö", "É", "ü", "ß", "Ł", "İ", "Ÿ", "æ", "1", "0", " ",
            "-",
            "/", ".", "\u{0308}", "\u{0301}", "€", "😀", "日", "\u{00A0}",
        ]
        var rng = SeededGenerator(state: 0x414E_414C_595A)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) { text += pool.randomElement(using: &rng)! }
            for token in analyzer.analyze(text) + analyzer.normalize(text) {
                #expect(!token.term.isEmpty)
                #expect(
                    token.term.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) },
                    "\(text) → \(token.text)")
            }
        }
    }

    /// Stands in for the synonym expander: adds "forskol" at the position of
    /// each "dagis".
    private struct DagisIsFörskola: TokenFilter {
        func apply(to tokens: inout [Token]) {
            var out: [Token] = []
            for token in tokens {
                out.append(token)
                if token.text == "dagis" {
                    var synonym = token
                    synonym.term = Array("forskol".utf8)
                    out.append(synonym)
                }
            }
            tokens = out
        }
    }

    @Test func runsAddedFiltersAfterTheChain() {
        let expanded = analyzer.appending(DagisIsFörskola())
        let found = expanded.analyze("Vad kostar dagis?")
        #expect(found.map(\.text) == ["kost", "dagis", "forskol"])
        #expect(found.map(\.position) == [1, 2, 2])
        #expect(expanded.filters.count == 1)
        // The original value is unchanged, and normalize runs no filters.
        #expect(terms("dagis") == ["dagis"])
        #expect(expanded.normalize("dagis").map(\.text) == ["dagis"])
    }

    @Test func isSafeToShareAcrossTasks() async {
        let texts = (0..<64).map { "Hur ansöker jag om förskoleplats nummer \($0) i Malmö?" }
        let expected = texts.map { analyzer.analyze($0).map(\.text) }
        let results = await withTaskGroup(of: (Int, [String]).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask { (i, analyzer.analyze(text).map(\.text)) }
            }
            var results = [[String]](repeating: [], count: texts.count)
            for await (i, found) in group { results[i] = found }
            return results
        }
        #expect(results == expected)
    }
}

@Suite struct InflectionBridgeTests {
    let analyzer = SwedishAnalyzer()

    func terms(_ text: String) -> [String] {
        analyzer.analyze(text).map { String(decoding: $0.term, as: UTF8.self) }
    }

    @Test func definiteNeuterEtMeetsItsBase() {
        #expect(terms("fordonet") == terms("fordon"))
        #expect(terms("fritidshemmet") == terms("fritidshem"))
        #expect(terms("beslutet") == terms("beslut"))
        // "-het" is the stemmer's own suffix: "nyhet" keeps its stem.
        #expect(
            terms("nyhet") == [
                String(
                    decoding: {
                        var w = Array("nyhet".utf8)
                        SwedishStemmer().stem(&w)
                        return w
                    }(), as: UTF8.self)
            ])
    }

    @Test func irregularFormsMeetTheirBase() {
        #expect(terms("böcker") == terms("bok"))
        #expect(terms("bocker") == terms("bok"))  // typed without ö
        #expect(terms("oron") != terms("öron"))  // "oron" (worry) is another word
        #expect(terms("gammalt") == terms("gammal"))
        #expect(terms("särskilt") == terms("särskilda"))
    }

    @Test func theStemmerItselfIsUnchanged() {
        // The Snowball 2.2 stemmer keeps "huset"; only the analyzer bridges it.
        #expect(SwedishStemmer().stem("huset") == "huset")
        #expect(terms("huset") == terms("hus"))
    }
}

@Suite struct SwedishLexiconTests {
    @Test func holdsCorrectWordsNotTypos() {
        let lexicon = SwedishLexicon.shared
        #expect(lexicon.count > 20_000)
        #expect(lexicon.contains(folded: Array("mormor".utf8)))
        #expect(lexicon.contains(folded: Array("lektionerna".utf8)))
        #expect(!lexicon.contains(folded: Array("gemtjanst".utf8)))
        #expect(!lexicon.contains(folded: Array("skolskuts".utf8)))
    }
}
