import Analysis
import Testing

struct LowercaseFilterTests {
    @Test(arguments: [
        ("", ""),
        ("ÅÄÖ", "åäö"),
        ("åäö", "åäö"),
        ("FÖRSKOLEPLATS", "förskoleplats"),
        ("Malmö Stad", "malmö stad"),
        ("ÉÜÀÞÇÑØÆ", "éüàþçñøæ"),
        ("×÷ß", "×÷ß"),  // not capitals: × and ÷ are signs, ß has no one-letter capital here
        ("ŁÓDŹ ŠÁRKA ĞÜL", "łódź šárka ğül"),
        ("ĹĽŇŹŽŸ", "ĺľňźžÿ"),
        ("ıĸŉſ", "ıĸŉſ"),  // lowercase letters with no capital in the block
        ("İSTANBUL", "istanbul"),  // İ becomes plain i, one byte shorter
        ("040-34 10 00, SL 8 KAP.", "040-34 10 00, sl 8 kap."),
        ("日本語 😀 €", "日本語 😀 €"),
    ])
    func lowercases(_ text: String, _ expected: String) {
        #expect(LowercaseFilter().lowercase(text) == expected)
    }

    @Test func lowercasesInPlaceWithoutGrowing() {
        var term = Array("HEMTJÄNST".utf8)
        let count = term.count
        LowercaseFilter().lowercase(&term)
        #expect(term == Array("hemtjänst".utf8))
        #expect(term.count == count)
    }

    @Test func agreesWithTheStandardLibraryOnEveryLetterItHandles() {
        // All ASCII bytes, then every scalar the tokenizer accepts as a letter.
        for byte in UInt8(0)..<0x80 {
            var term = [byte]
            LowercaseFilter().lowercase(&term)
            #expect(term == Array(String(UnicodeScalar(byte)).lowercased().utf8), "byte \(byte)")
        }
        for value in UInt32(0xC0)...0x17F where value != 0x130 {
            let letter = String(Character(Unicode.Scalar(value)!))
            #expect(
                LowercaseFilter().lowercase(letter) == letter.lowercased(),
                "U+\(String(value, radix: 16)) \(letter)")
        }
    }

    @Test(arguments: [
        ([0xC3] as [UInt8], [0xC3] as [UInt8]),  // a lead byte at the end
        ([0xC3, 0x41], [0xC3, 0x61]),  // a lead byte without continuation; A is still lowercased
        ([0x85, 0x85, 0x5A], [0x85, 0x85, 0x7A]),  // lone continuation bytes
        ([0xC4, 0xB0, 0xC4], [0x69, 0xC4]),  // İ, then a cut-off lead byte
        ([0xFF, 0xC3, 0x84], [0xFF, 0xC3, 0xA4]),  // invalid byte, then Ä
    ])
    func leavesInvalidBytesAlone(_ input: [UInt8], _ expected: [UInt8]) {
        var term = input
        LowercaseFilter().lowercase(&term)
        #expect(term == expected)
    }
}
