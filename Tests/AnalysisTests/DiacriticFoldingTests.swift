import Analysis
import Foundation
import Testing

struct DiacriticFoldingTests {
    @Test(arguments: [
        ("", ""),
        ("åäö", "aao"),
        ("ÅÄÖ", "AAO"),  // case is kept; the analyzer lowercases first
        ("smörgås", "smorgas"),
        ("förskoleplats", "forskoleplats"),
        ("café", "cafe"),
        ("éèêë", "eeee"),
        ("über", "uber"),
        ("áàíóú", "aaiou"),
        ("façade", "facade"),
        ("ñandú", "nandu"),
        ("søster", "soster"),
        ("æble", "aeble"),
        ("Ærø", "AEro"),
        ("straße", "strasse"),
        ("œuvre", "oeuvre"),
        ("þing", "thing"),
        ("Łódź", "Lodz"),
        ("Šárka Dvořák", "Sarka Dvorak"),
        ("e\u{0301}n", "en"),  // a combining mark is removed
        ("×÷", "×÷"),  // signs, not letters
        ("hemtjanst 040", "hemtjanst 040"),
        ("日本語 😀", "日本語 😀"),
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(DiacriticFolding().fold(text) == expected)
    }

    @Test func foldsInPlaceAndShrinks() {
        var term = Array("färdtjänst".utf8)
        DiacriticFolding().fold(&term)
        #expect(term == Array("fardtjanst".utf8))
    }

    @Test func foldsEveryLetterToASCIINoLonger() {
        // Every letter the tokenizer accepts outside ASCII folds to one or two
        // ASCII letters, so an analyzed term is ASCII.
        for value in UInt32(0xC0)...0x17F where value != 0xD7 && value != 0xF7 {
            let letter = String(Character(Unicode.Scalar(value)!))
            let folded = DiacriticFolding().fold(letter)
            let name = "U+\(String(value, radix: 16)) \(letter) → \(folded)"
            #expect(!folded.isEmpty && folded.utf8.count <= letter.utf8.count, "\(name)")
            #expect(folded.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII }, "\(name)")
        }
    }

    @Test func foldsToTheBaseOfTheCanonicalDecomposition() {
        // Where Unicode decomposes a letter into a base and marks, the fold is
        // that base; only letters without a decomposition (ø, æ, ł, ß …) need
        // the table's own judgement.
        for value in UInt32(0xC0)...0x17F {
            let letter = String(Character(Unicode.Scalar(value)!))
            let scalars = Array(letter.decomposedStringWithCanonicalMapping.unicodeScalars)
            guard scalars.count > 1, scalars[0].isASCII else { continue }
            #expect(
                DiacriticFolding().fold(letter) == String(scalars[0]),
                "U+\(String(value, radix: 16)) \(letter)")
        }
    }

    @Test(arguments: [
        ([0xC3] as [UInt8], [0xC3] as [UInt8]),
        ([0xC3, 0x41], [0xC3, 0x41]),
        ([0xCC], [0xCC]),
        ([0xCD, 0xB0], [0xCD, 0xB0]),  // U+0370, past the combining marks: kept
        ([0x80, 0xC3, 0xA5, 0xFF], [0x80, 0x61, 0xFF]),
    ])
    func leavesInvalidBytesAlone(_ input: [UInt8], _ expected: [UInt8]) {
        var term = input
        DiacriticFolding().fold(&term)
        #expect(term == expected)
    }
}
