import Analysis
import Foundation
import Testing

/// `forEachIndexTerm` (the loading path, on a scratch buffer) must find exactly what
/// `forEachTerm` (the chain on token arrays) finds: the same terms, offsets, positions, kinds and
/// keyword marks, for every kind of text the tokenizer meets.
@Suite struct IndexTermsTests {
    private struct Found: Equatable, CustomStringConvertible {
        var term: [UInt8]
        var start, end, position: Int
        var kind: Token.Kind
        var isKeyword: Bool
        var description: String {
            "\(String(decoding: term, as: UTF8.self))@\(position) \(start)..<\(end) \(kind)\(isKeyword ? " kw" : "")"
        }
    }

    private func both(
        _ text: String, _ analyzer: SwedishAnalyzer, maxTokens: Int = AnalysisLimits.maxTokensPerField
    ) -> (chain: [Found], scratch: [Found]) {
        var bytes = Array(text.utf8)
        var chain: [Found] = []
        var scratch: [Found] = []
        bytes.withUnsafeMutableBufferPointer { raw in
            let utf8 = UnsafeBufferPointer(raw)
            analyzer.forEachTerm(in: utf8, maxTokens: maxTokens) {
                chain.append(
                    Found(
                        term: $0.term, start: $0.start, end: $0.end, position: $0.position, kind: $0.kind,
                        isKeyword: $0.isKeyword))
            }
            analyzer.forEachIndexTerm(in: utf8, maxTokens: maxTokens) {
                scratch.append(
                    Found(
                        term: Array($0.term), start: $0.start, end: $0.end, position: $0.position,
                        kind: $0.kind, isKeyword: $0.isKeyword))
            }
        }
        return (chain, scratch)
    }

    private static let analyzers = [
        SwedishAnalyzer(),
        SwedishAnalyzer(protectedWords: ["SFI", "LSS", "CSN", "Per", "Kontaktcenter", "Öga"]),
    ]

    @Test func theSnowballVocabularyGivesTheSameTerms() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/snowball-swedish/voc.txt").path
        let words = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(words.count > 10_000)
        for analyzer in Self.analyzers {
            // As one text (positions and offsets across lines), and capitalised.
            let text = words.joined(separator: "\n")
            let (chain, scratch) = both(text, analyzer)
            #expect(chain.count > 10_000)
            #expect(chain == scratch)
            let upper = both(text.uppercased(), analyzer)
            #expect(upper.chain == upper.scratch)
        }
    }

    @Test(arguments: [
        "Vad kostar dagis? Jag vill ansöka om bygglov för ett plank.",
        "böcker BÖCKER bocker händerna gamla gammalt fäder män oron öron sa sagt gick",
        "fordonet fritidshemmet hemmet beslutet huset registret numret",
        "SFI sfi Sfi LSS-insats csn Per per PER kontaktcenter ÖGA öga",
        "040-34 10 00 mp3 2025 007 a1b2",
        "İstanbul İİİ Łukasz Šárka café CAFÉ Æble Œuvre straße ÿ Ÿ × ÷ naïve",
        "fo\u{0308}rskola Fo\u{0308}RSKOLA e\u{0301}t o\u{0308}\u{0308} x\u{0308} \u{0308}a q\u{0327} 1\u{0301}",
        "a\u{0300}\u{0301}\u{0302} ae\u{0301}i\u{0308}o\u{0303}u\u{030A}",
        String(repeating: "a", count: 64) + " " + String(repeating: "b", count: 65) + " ok "
            + String(repeating: "å", count: 32) + " " + String(repeating: "å", count: 33) + " "
            + String(repeating: "a", count: 63) + "\u{0308} " + String(repeating: "o", count: 64)
            + "\u{0308} slut",
        "tab\there, new\nline; comma,semi; «quotes» “curly” — dash – en-dash … ellipsis 日本語 кириллица",
        "\u{00}\u{7F}\u{C2}\u{80} invalid \u{FFFD} bytes",
        "",
    ])
    func edgeCasesGiveTheSameTerms(_ text: String) {
        for analyzer in Self.analyzers {
            let (chain, scratch) = both(text, analyzer)
            #expect(chain == scratch, "\(text)")
            for cap in [0, 1, 3, 7] {
                let capped = both(text, analyzer, maxTokens: cap)
                #expect(capped.chain == capped.scratch, "\(text) cap \(cap)")
            }
        }
    }

    @Test func invalidUTF8GivesTheSameTerms() {
        let analyzer = Self.analyzers[1]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] =
            Array("aåäöeioAÅÄÖ sfilss-1".utf8) + [
                0xC3, 0xC4, 0xC5, 0xCC, 0xCD, 0x80, 0x88, 0xA4, 0xB6, 0x97, 0xFF,
            ]
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            var chain: [Found] = []
            var scratch: [Found] = []
            bytes.withUnsafeBufferPointer { utf8 in
                analyzer.forEachTerm(in: utf8) {
                    chain.append(
                        Found(
                            term: $0.term, start: $0.start, end: $0.end, position: $0.position, kind: $0.kind,
                            isKeyword: $0.isKeyword))
                }
                analyzer.forEachIndexTerm(in: utf8) {
                    scratch.append(
                        Found(
                            term: Array($0.term), start: $0.start, end: $0.end, position: $0.position,
                            kind: $0.kind, isKeyword: $0.isKeyword))
                }
            }
            #expect(chain == scratch, "\(bytes)")
        }
    }

    @Test func aBaseFormLongerThanAnyWordIsStillStemmed() {
        let long = String(repeating: "lång", count: 30)
        let analyzer = SwedishAnalyzer(
            inflections: InflectionBridge(irregular: [("kort", long), ("bröt", "bryta")]))
        let (chain, scratch) = both("kort KORT bröt brot", analyzer)
        #expect(chain.count == 4)
        #expect(chain[0].term.count > 100)
        #expect(chain == scratch)
    }
}
