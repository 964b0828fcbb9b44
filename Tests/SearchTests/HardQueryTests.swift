import Analysis
import Testing

@testable import Search

/// The tolerances added for hard queries: first-letter typos, compounds after correction,
/// completion only while typing, inflections, translations, real words left alone, confidence.
@Suite struct HardQueryTests {
    static let schema = FieldSchema([
        .init(name: "title", weight: 3, isShort: true),
        .init(name: "body", weight: 1),
    ])

    /// 0 hemtjänst, 1 färdtjänst, 2 fritidshem, 3 förskola fee, 4 library books, 5 sfi,
    /// 6 a text about the weather.
    static let searcher: Searcher = {
        let builder = IndexBuilder(schema: schema, analyzer: SwedishAnalyzer(protectedWords: ["sfi"]))
        builder.add(
            fields: ["Hemtjänst", "Hemtjänst ger hjälp i hemmet. Kostnaden beror på inkomsten."], tags: [])
        builder.add(
            fields: ["Färdtjänst", "Färdtjänst är resor med taxi för den som inte kan åka buss."], tags: [])
        builder.add(
            fields: ["Fritidshemmet", "Fritidshemmet tar emot elever före och efter skolan."], tags: [])
        builder.add(
            fields: ["Avgift för förskola", "Avgiften beror på inkomsten. Allmän förskola är avgiftsfri."],
            tags: [])
        builder.add(fields: ["Låna en bok", "På biblioteket lånar man en bok med lånekortet."], tags: [])
        builder.add(fields: ["Sfi", "Sfi är svenska för invandrare, en svenskkurs."], tags: [])
        builder.add(fields: ["Vädret", "Det regnar ofta i Malmö och vinden blåser."], tags: [])
        let index = builder.build()
        let translations = SynonymTable(
            pairs: [("home care", "hemtjänst"), ("fine", "avgift"), ("preschool", "förskola")],
            analyzer: index.analyzer)
        return Searcher(index: index, translations: translations)
    }()

    func search(_ text: String, typing: Bool = false) -> SearchResult {
        Self.searcher.search(SearchRequest(text: text, limit: 5, typing: typing))
    }

    func top(_ text: String, typing: Bool = false) -> UInt32? {
        search(text, typing: typing).hits.first?.document
    }

    @Test func correctsAWrongOrMissingFirstLetter() {
        #expect(top("gemtjänst") == 0)  // h → g
        #expect(top("därdtjänst") == 1)  // f → d
        #expect(top("emtjänst") == 0)  // h missing
        #expect(top("sfu") == 5)  // a 3-letter abbreviation of the registers
        let corrected = search("gemtjänst").plan.corrections.map(\.correction)
        #expect(corrected == ["hemtjänst"])
    }

    @Test func correctsBeforeSplittingAndSplitsTheWordAsTyped() {
        // "hemtjänstkostnad" is no term and nothing is one edit from it: it splits, and its last
        // part keeps its own ending.
        let plan = search("hemtjänstkostnad").plan
        #expect(plan.words == ["hemtjanst", "kostnad"])
        #expect(top("hemtjänstkostnad") == 0)
        // "svenskkurs" is a term one edit away: corrected, not split into "svenska" + "kurs".
        #expect(search("svenskakurs").plan.words == ["svenskakurs"])
        #expect(top("svenskakurs") == 5)
    }

    @Test func completesTheLastWordOnlyWhileTypingOrWhenItIsNoWord() {
        // A finished word is not completed: "avgift" does not also mean "avgiftsfri".
        let finished = search("avgift").plan
        #expect(!describe(finished).contains("prefix"))
        // While typing it is, below the word itself.
        #expect(describe(search("avgift", typing: true).plan).contains("prefix"))
        // An unfinished word is completed either way.
        #expect(top("hemtj") == 0)
        #expect(top("hemtj", typing: true) == 0)
        // A stop word at the end is completed only while typing.
        #expect(search("vädret och").plan.words == ["vadret"])
    }

    private func describe(_ plan: QueryPlan) -> String { Self.searcher.describe(plan) }

    @Test func connectsInflectionsTheStemmerLeavesApart() {
        #expect(top("fritidshem") == 2)  // the text says "fritidshemmet"
        #expect(top("böcker") == 4)  // the text says "bok"
    }

    @Test func readsEnglishWordsAndNeverCorrectsThem() {
        #expect(top("home care") == 0)
        #expect(top("preschool fine") == 3)
        // "fine" is not "corrected" into a Swedish word; a foreign question's other unknown
        // words are left as they are.
        #expect(search("parking fine").plan.corrections.isEmpty)
    }

    @Test func leavesRealWordsUncorrected() {
        // "mormor" is a correctly spelled word no document uses: it stays unknown.
        let plan = search("mormor").plan
        #expect(plan.unknownWords == ["mormor"])
        #expect(plan.corrections.isEmpty)
    }

    @Test func confidenceFollowsTheMatch() {
        #expect(search("hemtjänst").hits.first?.confidence == .strong)
        // Matched only in a body, with another word unknown: not sure.
        #expect(search("regnar simhall").hits.first?.confidence != .strong)
        // Nothing matched: no hits, so nothing strong.
        #expect(search("qwxz").hits.isEmpty)
        // A typo of a title word, corrected: still firm enough to be strong.
        #expect(search("gemtjänst").hits.first?.confidence == .strong)
    }
}
