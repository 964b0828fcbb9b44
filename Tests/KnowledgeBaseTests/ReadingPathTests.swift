import TestSupport
import Testing

@testable import KnowledgeBase

/// The byte-level shortcuts on the path every article file takes when a folder is read give the
/// answers of the plain definitions they replace.
@Suite struct ReadingPathTests {
    /// Normalized text is text that collapsing its whitespace leaves as it is: its words, split
    /// on XML whitespace, joined by single spaces.
    private static func referenceIsNormalized(_ text: [UInt8]) -> Bool {
        let words = text.split(whereSeparator: { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
        return Array(words.joined(separator: [0x20])) == text
    }

    @Test func normalizedSpaceMeansCollapsingChangesNothing() {
        // Mostly letters and single spaces (as text is), with doubled spaces, tabs, line feeds,
        // other control bytes and UTF-8 letters put in at every place of an eight-byte group.
        let alphabet: [UInt8] =
            Array("abcåäö ".utf8) + [0x20, 0x20, 0x20, 0x09, 0x0A, 0x0D, 0x01, 0x1F, 0x21, 0xA0]
        var random = SeededGenerator(state: 12)
        var normalized = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &random)
            let text = (0..<count).map { _ in alphabet.randomElement(using: &random)! }
            let expected = Self.referenceIsNormalized(text)
            if expected { normalized += 1 }
            #expect(text.withUnsafeBufferPointer { isNormalizedSpace($0) } == expected, "\(text)")
        }
        // Both answers are common enough that each branch is exercised.
        #expect(normalized > 1_000)
        #expect(normalized < 19_000)
        // Fixed cases at the group boundary (bytes 7 and 8) and at the ends.
        let cases: [(String, Bool)] = [
            ("", true), ("abcdefg h", true), ("abcdefg  h", false), ("abcdefgh ijklmnop", true),
            ("abcdefg\u{20}\u{20}ijk", false), ("abcdefgh\u{20}", false), ("\u{20}abcdefgh", false),
            ("abcdefgh\tabcdefg", false), ("abcdefghijklmnop", true), ("abcdefghijklmno ", false),
            ("åäöåäöåäöåäö åäö", true),
        ]
        for (text, expected) in cases {
            #expect(Array(text.utf8).withUnsafeBufferPointer { isNormalizedSpace($0) } == expected, "\(text)")
        }
    }

    /// What `KnowledgeFolder.display` gave before it matched the usual path on bytes.
    private static func referenceDisplay(root: String, _ path: String) -> String {
        let parent = root.split(separator: "/").last.map(String.init) ?? root
        if path.hasPrefix(root + "/") { return parent + "/" + path.dropFirst(root.count + 1) }
        return path
    }

    @Test func displayMatchesTheCharacterDefinition() {
        let roots = [
            "/tmp/kb-1m", "/tmp/kb-1m/", "kunskap", "/", "/data/Malmö", "/data/Malmö/kunskap", "a/b\u{301}",
        ]
        let tails = [
            "articles/x.xml", "articles/åtgärd.xml", "\u{301}x.xml", "é.xml", "x", "", "/x.xml",
            "registers/owners.xml",
        ]
        for given in roots {
            let folder = KnowledgeFolder(root: given)
            var paths = tails.map { folder.root + "/" + $0 }
            paths += ["/elsewhere/articles/x.xml", folder.root, folder.root + "x/y.xml", folder.root + "/"]
            for path in paths {
                #expect(
                    folder.display(path) == Self.referenceDisplay(root: folder.root, path), "\(given) \(path)"
                )
            }
        }
        #expect(
            KnowledgeFolder(root: "/tmp/kb-1m").display("/tmp/kb-1m/articles/a-b.xml")
                == "kb-1m/articles/a-b.xml")
    }
}
