import Analysis
import Foundation
import TestSupport
import Testing

/// The Snowball vocabulary (voc.txt → output.txt, with its COPYING) is kept
/// beside this file, so the test needs nothing outside the repository.
private let vocabularyDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Resources/snowball-swedish")

/// The lines of a UTF-8 file as byte arrays, without their line feeds.
private func lines(of name: String) throws -> [[UInt8]] {
    let data = try Data(contentsOf: vocabularyDirectory.appendingPathComponent(name))
    var lines = [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines
}

@Test func matchesTheWholeSnowballVocabulary() throws {
    let words = try lines(of: "voc.txt")
    let stems = try lines(of: "output.txt")
    try #require(words.count == 30_623)
    try #require(stems.count == words.count)

    let stemmer = SwedishStemmer()
    var matched = 0
    var mismatches: [String] = []
    for (word, expected) in zip(words, stems) {
        var stem = word
        stemmer.stem(&stem)
        if stem == expected {
            matched += 1
        } else if mismatches.count < 20 {
            let show = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
            mismatches.append("\(show(word)) → \(show(stem)), expected \(show(expected))")
        }
    }
    #expect(
        matched == words.count,
        "\(matched) of \(words.count) match; first mismatches:\n\(mismatches.joined(separator: "\n"))")
}

@Test(arguments: [
    ("jaktkarlarne", "jaktkarl"),
    ("jaktkarlar", "jaktkarl"),
    ("huset", "huset"),  // no -et rule: newer Snowball gives "hus"
    ("husets", "huset"),
    ("barnröst", "barnröst"),  // only -löst, not -öst: newer Snowball gives "barnrös"
    ("upplöst", "upplös"),
    ("löst", "löst"),  // -löst is not inside R1 of the bare word
    ("kraftfullt", "kraftfull"),
    ("fullt", "fullt"),  // likewise
    ("bils", "bil"),  // the letter before -s may lie outside R1 (2.2)
    ("öars", "öar"),
    ("kvinnornas", "kvinn"),
    ("lärarinnans", "lärarinnan"),
    ("bekänna", "bekän"),  // consonant pair nn after a two-byte vowel
    ("möjligheterna", "möj"),
    ("vänligt", "vän"),
    ("åbad", "åbad"),  // R1 starts 3 letters in, not 3 bytes in
    ("äsen", "äsen"),
    ("", ""),
    ("a", "a"),
    ("å", "å"),
    ("ab", "ab"),
])
func stemsKnownWords(_ word: String, _ expected: String) {
    #expect(SwedishStemmer().stem(word) == expected)
}

@Test func stemsBytesInPlace() {
    var word = Array("jaktkarlarne".utf8)
    SwedishStemmer().stem(&word)
    #expect(word == Array("jaktkarl".utf8))
}

@Test func randomValidUTF8NeverCrashesAndKeepsAPrefix() {
    // Letters the stemmer cares about, plus wider and unrelated characters.
    let pool: [String] = [
        "a", "b", "d", "e", "f", "g", "h", "i", "k", "l", "n", "o", "r", "s", "t", "u", "y",
        "å", "ä", "ö", "é", "ü", "ß", "-", "1", "€", "ﬁ", "😀", "\u{0301}",
    ]
    var rng = SeededGenerator(state: 0x5745_4445_4E53)
    let stemmer = SwedishStemmer()
    for _ in 0..<20_000 {
        var word = ""
        for _ in 0..<Int.random(in: 0...14, using: &rng) {
            word += pool.randomElement(using: &rng)!
        }
        let input = Array(word.utf8)
        var stem = input
        stemmer.stem(&stem)
        #expect(input.starts(with: stem), "\(word) → not a prefix")
        // Cuts fall on character boundaries, so the stem is still valid UTF-8.
        #expect(Array(String(decoding: stem, as: UTF8.self).utf8) == stem, "\(word) → invalid UTF-8")
    }
}

@Test func randomBytesNeverCrash() {
    let interesting: [UInt8] = Array("aenrstlig".utf8) + [0xC3, 0xA4, 0xA5, 0xB6, 0x80, 0xE2, 0xF0]
    var rng = SeededGenerator(state: 0x4259_5445_53)
    let stemmer = SwedishStemmer()
    for _ in 0..<20_000 {
        // Half the bytes from those the stemmer branches on, including lone
        // lead and continuation bytes; the rest anything at all.
        let input = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
            Bool.random(using: &rng)
                ? interesting.randomElement(using: &rng)!
                : UInt8.random(in: 0...255, using: &rng)
        }
        var stem = input
        stemmer.stem(&stem)
        #expect(input.starts(with: stem))
    }
}
