import FileSupport
import Foundation
import TestSupport
import Testing

/// The folder listing a scan reads articles in: readdir's names, ordered by their bytes without
/// ".xml" (ids in id order), and `DurableFiles.list` as before.
@Suite struct DirectoryNamesTests {
    private static func folder(_ names: [String]) throws -> String {
        let root = TemporaryFolder.make("directory-names")
        for name in names {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        return root
    }

    @Test func namesAreOrderedByTheirBytesWithoutTheSuffix() throws {
        let root = try Self.folder([
            "a.xml", "a-b.xml", "a", "ä.xml", "z.xml", "Z.xml", ".hidden.xml", ".kb-tmp", "notes.txt",
            "b.xml.bak", "ab.xml", "forskolan-lang-a.xml", "forskolan-lang.xml", "x.xml.xml",
        ])
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: false)
        let listed = DirectoryNames(reading: root)
        #expect(listed.count == 15)
        let sorted = listed.sorted(droppingSuffix: ".xml") { !listed.isHidden($0) }
        #expect(
            sorted.strings == [
                "Z.xml", "a", "a.xml", "a-b.xml", "ab.xml", "b.xml.bak", "forskolan-lang.xml",
                "forskolan-lang-a.xml", "notes.txt", "sub", "x.xml.xml", "z.xml", "ä.xml",
            ])
        let all = listed.sorted(droppingSuffix: ".xml")
        #expect(all.strings.prefix(2) == [".hidden.xml", ".kb-tmp"])
        #expect(all.count == 15)
    }

    /// Random names over a small alphabet (many shared prefixes longer than eight bytes, names
    /// that are one another's stems) in the order of a plain comparison of byte arrays.
    @Test func randomNamesFollowTheBytewiseOrderOfTheirStems() throws {
        var random = SeededGenerator(state: 12)
        let pieces = ["a", "-", ".", "xml", ".xml", "ä", "forskolan", "b"]
        var names = Set<String>()
        while names.count < 400 {
            var name = ""
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                name += pieces.randomElement(using: &random)!
            }
            if name.hasPrefix(".") || name.contains("/") { continue }
            names.insert(name)
        }
        let root = try Self.folder(Array(names))
        let sorted = DirectoryNames(reading: root).sorted(droppingSuffix: ".xml")
        func key(_ name: String) -> ([UInt8], [UInt8]) {
            let bytes = Array(name.utf8)
            let stem =
                bytes.count >= 4 && bytes.suffix(4).elementsEqual(".xml".utf8)
                ? Array(bytes.dropLast(4)) : bytes
            return (stem, bytes)
        }
        let expected = names.sorted { a, b in
            let (x, y) = (key(a), key(b))
            return x.0 != y.0 ? x.0.lexicographicallyPrecedes(y.0) : x.1.lexicographicallyPrecedes(y.1)
        }
        #expect(sorted.strings == expected)
    }

    @Test func durableListIsSortedAndEmptyWhenThereIsNoFolder() throws {
        let root = try Self.folder(["b", ".a", "a.xml", "ä"])
        #expect(DurableFiles.list(root) == [".a", "a.xml", "b", "ä"])
        #expect(DurableFiles.list(root + "/missing").isEmpty)
        #expect(DurableFiles.list(root + "/b").isEmpty)
        #expect(DirectoryNames(reading: root + "/missing").count == 0)
        #expect(DirectoryNames(reading: root + "/missing").sorted(droppingSuffix: ".xml").count == 0)
        let one = try Self.folder(["x.xml"])
        #expect(DirectoryNames(reading: one).sorted(droppingSuffix: ".xml").strings == ["x.xml"])
    }
}
