import Testing

@testable import KnowledgeBase

@Suite struct RedactionTests {
    @Test(arguments: [
        ("förskola för 19850412-1234", "förskola för [personnummer]"),
        ("pnr 850412-1234 dagis", "pnr [personnummer] dagis"),
        ("850412+1234", "[personnummer]"),
        ("198504121234 avgift", "[personnummer] avgift"),
        ("8504121234", "[personnummer]"),
        ("ring 040-34 10 00", "ring [telefon]"),
        ("mobil 070-123 45 67 bygglov", "mobil [telefon] bygglov"),
        ("0701234567", "[telefon]"),
        ("+46 70 123 45 67 soc", "[telefon] soc"),
        ("mejla anna.svensson@example.se om avgift", "mejla [e-post] om avgift"),
        ("kundnummer 123456789", "kundnummer [siffror]"),
        ("ocr 1234 5678 9012", "ocr [siffror]"),
    ])
    func personalDataIsRemoved(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    @Test(arguments: ["dagis kö", "skolskjuts åk 7", "maxtaxa 2024", "SFS 2010:800 8 kap.", "p-bot 500 kr"])
    func ordinaryQueriesAreLeftAlone(input: String) {
        #expect(Redaction.redact(input) == input)
    }
}
