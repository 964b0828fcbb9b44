import Foundation
import TestSupport

@testable import KnowledgeBase

/// A small, valid knowledge folder written into a fresh temporary directory.
struct Fixture {
    let root: String
    var folder: KnowledgeFolder { KnowledgeFolder(root: root) }

    static let owners = """
        <?xml version="1.0" encoding="UTF-8"?>
        <owners xmlns="urn:vagvisare:registers:1">
          <owner id="forskoleforvaltningen">
            <name>Förskoleförvaltningen</name>
            <contact>Placeringsenheten</contact>
          </owner>
          <owner id="stadskontoret">
            <name>Stadskontoret</name>
            <contact>Kommunikationsavdelningen</contact>
          </owner>
        </owners>

        """

    static let units = """
        <?xml version="1.0" encoding="UTF-8"?>
        <units xmlns="urn:vagvisare:registers:1">
          <unit id="placeringsenheten" owner="forskoleforvaltningen">
            <name>Placeringsenheten</name>
            <phone>040-34 10 00</phone>
          </unit>
          <unit id="kontaktcenter" owner="stadskontoret">
            <name>Kontaktcenter</name>
            <phone>040-34 10 00</phone>
            <hours>Vardagar 08.00–17.00</hours>
          </unit>
        </units>

        """

    static let synonyms = """
        <?xml version="1.0" encoding="UTF-8"?>
        <synonyms xmlns="urn:vagvisare:registers:1">
          <synonym term="dagis">förskola</synonym>
        </synonyms>

        """

    /// An article document; lines: 1 declaration, 2 root, owner on 10, refer on 11, related (if any) on 12.
    static func article(
        id: String, title: String = "Ansöka om förskola", owner: String = "forskoleforvaltningen",
        unit: String = "placeringsenheten", related: String? = nil, reviewed: String = "2026-09-01",
        reviewBy: String = "2027-03-01", revision: Int = 1
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="urn:vagvisare:article:1" id="\(id)" xml:lang="sv" status="published" revision="\(revision)">
          <title>\(title)</title>
          <summary>Ansök i e-tjänsten senast fyra månader innan.</summary>
          <body>
            <p>Barn kan få plats från ett års ålder.</p>
          </body>
          <questions><question>Hur söker jag dagis?</question></questions>
          <category>förskola</category>
          <owner ref="\(owner)"/>
          <refer ref="\(unit)">Frågor om plats.</refer>
        \(related.map { "  <related ref=\"\($0)\"/>\n" } ?? "")  <reviewed>\(reviewed)</reviewed>
          <review-by>\(reviewBy)</review-by>
        </article>

        """
    }

    /// A valid folder with two articles.
    static func make() throws -> Fixture {
        let fixture = Fixture(root: temporaryDirectory("knowledge"))
        try fixture.write("registers/owners.xml", owners)
        try fixture.write("registers/units.xml", units)
        try fixture.write("registers/synonyms.xml", synonyms)
        try fixture.write(
            "articles/forskola-ansokan.xml", article(id: "forskola-ansokan", related: "forskola-avgift"))
        try fixture.write(
            "articles/forskola-avgift.xml", article(id: "forskola-avgift", title: "Avgift för förskola"))
        return fixture
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// Every file under the folder (relative path → bytes), lock file excluded.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue && relative != ".lock" {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}

func temporaryDirectory(_ prefix: String) -> String {
    TemporaryFolder.make(prefix)
}

/// The repository's top folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
