import Analysis
import Foundation
import TestSupport
import Testing

/// A token as the tests write it: term, byte offsets, position, number or not.
struct ExpectedToken: Equatable, CustomStringConvertible, Sendable {
    let term: String
    let start: Int
    let end: Int
    let position: Int
    let isNumber: Bool

    init(_ term: String, _ start: Int, _ end: Int, _ position: Int, number: Bool = false) {
        self.term = term
        self.start = start
        self.end = end
        self.position = position
        self.isNumber = number
    }

    init(_ token: Token) {
        self.init(token.text, token.start, token.end, token.position, number: token.kind == .number)
    }

    var description: String { "\(term)[\(start)..<\(end)]@\(position)\(isNumber ? "#" : "")" }
}

private func tokens(_ text: String, maxTokens: Int = AnalysisLimits.maxTokensPerField) -> [ExpectedToken] {
    Tokenizer().tokenize(text, maxTokens: maxTokens).map(ExpectedToken.init)
}

struct TokenizerTests {
    @Test(
        arguments: [
            ("", []),
            ("   \n\t ", []),
            ("skol-skjuts", [ExpectedToken("skol", 0, 4, 0), ExpectedToken("skjuts", 5, 11, 1)]),
            ("p-bot", [ExpectedToken("p", 0, 1, 0), ExpectedToken("bot", 2, 5, 1)]),
            (
                "040-34 10 00",
                [
                    ExpectedToken("040", 0, 3, 0, number: true), ExpectedToken("34", 4, 6, 1, number: true),
                    ExpectedToken("10", 7, 9, 2, number: true), ExpectedToken("00", 10, 12, 3, number: true),
                ]
            ),
            // å, ä and ö are two bytes each; offsets count bytes.
            (
                "Förskolan i Malmö",
                [
                    ExpectedToken("Förskolan", 0, 10, 0), ExpectedToken("i", 11, 12, 1),
                    ExpectedToken("Malmö", 13, 19, 2),
                ]
            ),
            (
                "Vad kostar dagis?",
                [
                    ExpectedToken("Vad", 0, 3, 0), ExpectedToken("kostar", 4, 10, 1),
                    ExpectedToken("dagis", 11, 16, 2),
                ]
            ),
            (
                "mp3 och 3-åringar",
                [
                    ExpectedToken("mp3", 0, 3, 0), ExpectedToken("och", 4, 7, 1),
                    ExpectedToken("3", 8, 9, 2, number: true), ExpectedToken("åringar", 10, 18, 3),
                ]
            ),
            (
                "2024/25",
                [ExpectedToken("2024", 0, 4, 0, number: true), ExpectedToken("25", 5, 7, 1, number: true)]
            ),
            (
                "SL 8 kap. 5 §",
                [
                    ExpectedToken("SL", 0, 2, 0), ExpectedToken("8", 3, 4, 1, number: true),
                    ExpectedToken("kap", 5, 8, 2), ExpectedToken("5", 10, 11, 3, number: true),
                ]
            ),
            (
                "info@malmo.se",
                [
                    ExpectedToken("info", 0, 4, 0), ExpectedToken("malmo", 5, 10, 1),
                    ExpectedToken("se", 11, 13, 2),
                ]
            ),
            // Latin Extended-A letters belong to words; × and ÷ do not.
            ("Łukasz Šárka", [ExpectedToken("Łukasz", 0, 7, 0), ExpectedToken("Šárka", 8, 15, 1)]),
            (
                "3×4÷2",
                [
                    ExpectedToken("3", 0, 1, 0, number: true), ExpectedToken("4", 3, 4, 1, number: true),
                    ExpectedToken("2", 6, 7, 2, number: true),
                ]
            ),
            (
                "naïve café straße",
                [
                    ExpectedToken("naïve", 0, 6, 0), ExpectedToken("café", 7, 12, 1),
                    ExpectedToken("straße", 13, 20, 2),
                ]
            ),
            // Other scripts, symbols and emoji split and are not tokens.
            (
                "日本語 och 😀emoji€5",
                [
                    ExpectedToken("och", 10, 13, 0), ExpectedToken("emoji", 18, 23, 1),
                    ExpectedToken("5", 26, 27, 2, number: true),
                ]
            ),
            (
                "10\u{00A0}000 kr",
                [
                    ExpectedToken("10", 0, 2, 0, number: true), ExpectedToken("000", 4, 7, 1, number: true),
                    ExpectedToken("kr", 8, 10, 2),
                ]
            ),
            ("don't", [ExpectedToken("don", 0, 3, 0), ExpectedToken("t", 4, 5, 1)]),
        ] as [(String, [ExpectedToken])])
    func splitsIntoLetterAndDigitRuns(_ text: String, _ expected: [ExpectedToken]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        "Hur ansöker jag om förskoleplats för mitt barn? Ring 040-34 10 00!",
        "Äldreomsorg, hemtjänst & färdtjänst — ÅÄÖ åäö; Ærø, Łódź, İzmir.",
        "Bostadsanpassningsbidrag (BAB) enligt lag 2018:222: söks hos kommunen.",
    ])
    func offsetsPointAtTheSourceBytes(_ text: String) {
        let bytes = Array(text.utf8)
        let found = Tokenizer().tokenize(text)
        #expect(!found.isEmpty)
        for token in found {
            #expect(Array(bytes[token.start..<token.end]) == token.term, "\(token.text)")
        }
        // Positions count tokens from 0 without gaps, and offsets increase.
        #expect(found.map(\.position) == Array(0..<found.count))
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.end < $1.start })
    }

    @Test func dropsTooLongTermsButKeepsTheirPosition() {
        let long = String(repeating: "å", count: 10_000)  // 20,000 bytes
        #expect(tokens(long).isEmpty)
        #expect(
            tokens("a \(long) b") == [ExpectedToken("a", 0, 1, 0), ExpectedToken("b", 20_003, 20_004, 2)])

        let limit = AnalysisLimits.maxTokenBytes
        let fits = String(repeating: "x", count: limit)
        #expect(tokens(fits).map(\.term) == [fits])
        #expect(tokens(fits + "y").isEmpty)
        // The cap counts bytes: 32 two-byte letters fit, 33 do not.
        #expect(tokens(String(repeating: "ö", count: limit / 2)).count == 1)
        #expect(tokens(String(repeating: "ö", count: limit / 2 + 1)).isEmpty)
        #expect(tokens(String(repeating: "1", count: limit + 1)).isEmpty)

        let small = Tokenizer(maxTokenBytes: 3)
        #expect(small.tokenize("abc abcd ab").map(\.text) == ["abc", "ab"])
        #expect(small.tokenize("abc abcd ab").map(\.position) == [0, 2])
    }

    @Test func stopsAfterMaxTokens() {
        let text = (0..<100).map { "ord\($0)" }.joined(separator: " ")
        #expect(tokens(text).count == 100)
        #expect(tokens(text, maxTokens: 10).map(\.term) == (0..<10).map { "ord\($0)" })
        #expect(tokens(text, maxTokens: 0).isEmpty)
    }

    @Test(arguments: [
        ([0xC3] as [UInt8], [] as [String]),
        ([0x61, 0xC3], ["a"]),  // a lead byte cut off at the end
        ([0x61, 0xC3, 0x41, 0x62], ["a", "Ab"]),  // a lead byte without its continuation
        ([0x61, 0xB6, 0x62], ["a", "b"]),  // a lone continuation byte
        ([0xFF, 0x6F, 0x63, 0x68, 0xFE], ["och"]),
        ([0xC3, 0xC3, 0xA5, 0x72], ["år"]),
        ([0xE2, 0x82, 0xAC, 0x35], ["5"]),  // "€5"
        ([0xCC, 0x88, 0x61], ["a"]),  // a combining mark with nothing to combine with
    ])
    func invalidUTF8IsSkipped(_ bytes: [UInt8], _ expected: [String]) {
        let found = bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0) }
        #expect(found.map(\.text) == expected)
    }

    @Test func randomBytesGiveValidTermsInsideTheirOffsets() {
        // Bytes the tokenizer branches on, mixed with anything at all.
        let interesting: [UInt8] = [
            0x20, 0x2D, 0x30, 0x41, 0x61, 0x7A, 0x80, 0x88, 0x97, 0xA5, 0xB7, 0xBF,
            0xC3, 0xC4, 0xC5, 0xCC, 0xCD, 0xE2, 0xF0, 0xFF,
        ]
        var rng = SeededGenerator(state: 0x544F_4B45_4E53)
        let tokenizer = Tokenizer(maxTokenBytes: 8)
        for _ in 0..<20_000 {
            let input = (0..<Int.random(in: 0...24, using: &rng)).map { _ in
                Bool.random(using: &rng)
                    ? interesting.randomElement(using: &rng)!
                    : UInt8.random(in: 0...255, using: &rng)
            }
            let found = input.withUnsafeBufferPointer { tokenizer.tokenize($0) }
            var previousEnd = 0
            for token in found {
                #expect(!token.term.isEmpty && token.term.count <= 8)
                #expect(Array(token.text.utf8) == token.term, "invalid UTF-8 from \(input)")
                #expect(previousEnd <= token.start && token.start < token.end && token.end <= input.count)
                previousEnd = token.end
            }
        }
    }

    @Test func recomposesDecomposedLetters() {
        // "förskola" with ö written as o + U+0308, and "Å" as A + U+030A.
        let found = Tokenizer().tokenize("fo\u{0308}rskola A\u{030A}r")
        #expect(found.map(\.text) == ["förskola", "År"])
        #expect(found.map(\.start) == [0, 11])
        #expect(found.map(\.end) == [10, 15])
        // A mark that composes with nothing here is left out of the term, not split on.
        #expect(Tokenizer().tokenize("x\u{0308}y q\u{0307}").map(\.text) == ["xy", "q"])
        // A second mark on a composed letter is left out too.
        #expect(Tokenizer().tokenize("e\u{0301}\u{0308}t").map(\.text) == ["ét"])
    }

    @Test func everyDecomposableLetterRecomposes() throws {
        // Foundation gives the canonical decomposition; the tokenizer must undo
        // each one that is an ASCII letter and one mark, for all its letters.
        var checked = 0
        for value in 0xC0...0x17F where value != 0xD7 && value != 0xF7 {
            let letter = String(Character(Unicode.Scalar(UInt32(value))!))
            let decomposed = letter.decomposedStringWithCanonicalMapping
            let scalars = Array(decomposed.unicodeScalars)
            guard scalars.count == 2, scalars[0].isASCII else { continue }
            // Compare bytes: Swift's String == would equate the two forms anyway.
            let term = Tokenizer().tokenize("x" + decomposed + "x").first?.term
            #expect(term == Array(("x" + letter + "x").utf8), "U+\(String(value, radix: 16)) \(letter)")
            checked += 1
        }
        #expect(checked > 150)
    }
}
