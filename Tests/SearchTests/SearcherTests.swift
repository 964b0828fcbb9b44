import Analysis
import Testing

@testable import Search

/// End-to-end behaviour of the engine on a small index built in the test.
@Suite struct SearcherTests {
    static let schema = FieldSchema([
        .init(name: "title", weight: 3, isShort: true),
        .init(name: "body", weight: 1),
    ])

    /// Documents: 0 förskola fee, 1 school transport, 2 library printing, 3 housing allowance,
    /// 4 a long text that mentions fees once.
    static func searcher() -> Searcher {
        let builder = IndexBuilder(schema: schema, analyzer: SwedishAnalyzer())
        builder.add(
            fields: ["Avgift för förskola", "Maxtaxan gäller för plats i förskolan."],
            tags: ["category:förskola"])
        builder.add(
            fields: ["Skolskjuts", "Eleven kan få skolskjuts om vägen till skolan är lång."],
            tags: ["category:skola"])
        builder.add(
            fields: ["Skriva ut på biblioteket", "Utskrifter kostar en avgift per sida."],
            tags: ["category:bibliotek"])
        builder.add(
            fields: ["Bostadsbidrag", "Försäkringskassan beslutar om bostadsbidrag."],
            tags: ["category:bostad"])
        builder.add(
            fields: [
                "Om kommunen",
                String(repeating: "Kommunen har många verksamheter. ", count: 20)
                    + "Ibland tas en avgift ut.",
            ],
            tags: ["category:service"])
        let synonyms = SynonymTable(
            pairs: [("dagis", "förskola"), ("soc papper", "bostadsbidrag")], analyzer: SwedishAnalyzer())
        return Searcher(index: builder.build(), synonyms: synonyms)
    }

    func top(_ query: String, _ searcher: Searcher = searcher(), tags: [String] = []) -> [UInt32] {
        searcher.search(SearchRequest(text: query, limit: 5, requiredTags: tags)).hits.map(\.document)
    }

    @Test func exactWordsAndFolding() {
        #expect(top("förskola avgift").first == 0)
        #expect(top("forskola avgift").first == 0)  // without å/ä/ö
        #expect(top("bibliotek utskrift").first == 2)
    }

    @Test func shortFieldsAndAllWordsRankFirst() {
        // Doc 4 says "avgift" too, once in a long body; the title match wins.
        #expect(top("avgift").first == 0 || top("avgift").first == 2)
        #expect(top("avgift").last == 4)
    }

    @Test func synonymsIncludingMultiWord() {
        #expect(top("dagis").first == 0)
        #expect(top("soc papper").first == 3)
    }

    @Test func compoundsSplitAndJoined() {
        #expect(top("skol skjuts").first == 1)  // split by the caller
        #expect(top("bostads bidrag").first == 3)
        #expect(top("förskoleavgift").first == 0)  // joined by the caller, split by the engine
    }

    @Test func typoIsCorrectedAndReported() {
        let searcher = Self.searcher()
        let result = searcher.search(SearchRequest(text: "bostadsbidarg", limit: 5))
        #expect(result.hits.first?.document == 3)
        #expect(result.plan.corrections.first?.correction == "bostadsbidrag")
        // A 3-letter word gets no typo budget.
        #expect(searcher.search(SearchRequest(text: "bar", limit: 5)).hits.isEmpty)
    }

    @Test func exactRanksAboveCorrected() {
        let builder = IndexBuilder(schema: Self.schema, analyzer: SwedishAnalyzer())
        builder.add(fields: ["Mikrofom", "text"], tags: [])
        builder.add(fields: ["Mikrofon", "text"], tags: [])
        let searcher = Searcher(index: builder.build())
        // The word exists: its corrections are not tried, so the exact document alone is found.
        #expect(searcher.search(SearchRequest(text: "mikrofon ", limit: 5)).hits.map(\.document) == [1])
        // An unknown word is corrected to both, one edit each.
        #expect(
            Set(searcher.search(SearchRequest(text: "mikrofoo ", limit: 5)).hits.map(\.document)) == [0, 1])
    }

    @Test func lastWordIsAPrefixUnlessFollowedBySpace() {
        #expect(top("skolskj").first == 1)
        #expect(top("biblio").first == 2)
        #expect(top("skolskj ").isEmpty)
    }

    @Test func filtersByTag() {
        #expect(top("avgift", tags: ["category:bibliotek"]) == [2])
        #expect(top("avgift", tags: ["category:ingen"]).isEmpty)
    }

    @Test func explanationAddsUpToTheScore() {
        let searcher = Self.searcher()
        for query in ["förskola avgift", "dagis", "skol skjuts", "bostadsbidarg", "biblio"] {
            let result = searcher.search(SearchRequest(text: query, limit: 3))
            for hit in result.hits {
                let explanation = searcher.explain(result.plan, document: hit.document)
                #expect(
                    abs(explanation.score - hit.score) <= 0.0001 * max(1, hit.score),
                    "\(query): \(explanation)")
            }
        }
    }

    @Test func highlightsMatchedWordsInText() {
        let searcher = Self.searcher()
        let result = searcher.search(SearchRequest(text: "förskola", limit: 1))
        let terms = searcher.matchedTerms(result.plan, document: result.hits[0].document)
        let text = "Maxtaxan gäller för plats i förskolan."
        let marked = searcher.highlights(in: text, terms: terms).map {
            String(decoding: Array(text.utf8)[$0], as: UTF8.self)
        }
        #expect(marked == ["förskolan"])
    }

    @Test func sameQuerySameOrder() {
        let searcher = Self.searcher()
        let first = searcher.search(SearchRequest(text: "avgift", limit: 5)).hits
        for _ in 0..<10 { #expect(searcher.search(SearchRequest(text: "avgift", limit: 5)).hits == first) }
    }

    @Test func postingsLookupAcrossSkipPoints() {
        // More documents than a skip interval, so lookups go through skip points.
        let builder = IndexBuilder(schema: Self.schema, analyzer: SwedishAnalyzer())
        for index in 0..<300 {
            builder.add(fields: ["titel \(index)", index % 3 == 0 ? "gemensamt ord" : "annat"], tags: [])
        }
        let index = builder.build()
        let term =
            index.dictionary.lookup(Array("gemensam".utf8)) ?? index.dictionary.lookup(
                Array("gemensamt".utf8))!
        var seen: [Int] = []
        index.postings.forEach(term) { document, _ in seen.append(document) }
        #expect(seen == Array(stride(from: 0, to: 300, by: 3)))
        for document in 0..<300 {
            #expect(
                (index.postings.payload(term: term, document: UInt32(document)) != nil) == (document % 3 == 0)
            )
        }
    }
}
