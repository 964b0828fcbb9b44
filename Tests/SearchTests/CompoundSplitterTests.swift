import Analysis
import Testing

@testable import Search

@Suite struct CompoundSplitterTests {
    let known: Set<String> = [
        "skol", "skjut", "bostad", "bidrag", "forskol", "plat", "dagis", "avgift", "ekonomisk", "bistand",
        "an",
    ]

    var splitter: CompoundSplitter {
        CompoundSplitter(
            isTerm: { known.contains(String(decoding: $0, as: UTF8.self)) },
            stem: { word in
                var bytes = word
                SwedishStemmer().stem(&bytes)
                return bytes
            })
    }

    func split(_ word: String) -> [String]? {
        splitter.split(Array(word.utf8))?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func splitsIntoKnownParts() {
        #expect(split("skolskjut") == ["skol", "skjut"])
        #expect(split("dagisavgift") == ["dagis", "avgift"])
    }

    @Test func allowsLinkingLetters() {
        #expect(split("bostadsbidrag") == ["bostad", "bidrag"])
        #expect(split("forskoleplat") == ["forskol", "plat"])
    }

    @Test func allowsAnInflectedPart() {
        // "ekonomiskt" is stored as its stem "ekonomisk".
        #expect(split("ekonomisktbistand") == ["ekonomisk", "bistand"])
    }

    @Test func leavesWordsThatDoNotSplitWhole() {
        #expect(split("forskolan") == nil)  // "an" is shorter than a part may be
        #expect(split("skolgard") == nil)  // "gard" is no term
        #expect(split("skol") == nil)  // too short to be a compound
    }
}
