import Foundation
import Testing

@testable import KnowledgeBase
@testable import KnowledgeStorage

@Suite struct PublishingTests {
    @Test func importAddsNewArticles() throws {
        let fixture = try Fixture.make()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "forskola-byte.xml", Fixture.article(id: "forskola-byte", related: "forskola-ansokan"))
        let report = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        #expect(report.articles.map(\.id) == ["forskola-byte"])
        #expect(report.articles.first?.change == .added(revision: 1))
        let stored = try fixture.read("articles/forskola-byte.xml")
        #expect(stored.contains("<title>Ansöka om förskola</title>"))
        #expect(try FolderScan(folder: fixture.folder).run().1.isEmpty)
    }

    @Test func updateBumpsRevisionAndKeepsHistory() throws {
        let fixture = try Fixture.make()
        let before = try fixture.read("articles/forskola-avgift.xml")
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("forskola-avgift.xml", Fixture.article(id: "forskola-avgift", title: "Ny avgift"))
        let report = try Publisher(folder: fixture.folder).importBatch([
            delivery.root + "/forskola-avgift.xml"
        ])
        #expect(report.articles.first?.change == .updated(from: 1, to: 2))
        #expect(try fixture.read("history/forskola-avgift/1.xml") == before)
        let (knowledge, _) = try FolderScan(folder: fixture.folder).load()
        let article = try #require(knowledge?.article("forskola-avgift"))
        #expect(article.revision == 2)
        #expect(article.title == "Ny avgift")

        // The same document again changes nothing.
        let again = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        #expect(again.articles.first?.change == .unchanged)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/history/forskola-avgift/2.xml"))

        // A third version keeps the second.
        try delivery.write("forskola-avgift.xml", Fixture.article(id: "forskola-avgift", title: "Tredje"))
        let third = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        #expect(third.articles.first?.change == .updated(from: 2, to: 3))
        #expect(try fixture.read("history/forskola-avgift/2.xml").contains("Ny avgift"))
    }

    @Test func batchWithOneBadFileChangesNothing() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("a-ny.xml", Fixture.article(id: "a-ny"))
        try delivery.write("forskola-avgift.xml", Fixture.article(id: "forskola-avgift", title: "Ändrad"))
        try delivery.write("z-trasig.xml", Fixture.article(id: "z-trasig", owner: "okand-forvaltning"))
        #expect {
            _ = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        } throws: { error in
            let failure = (error as? StorageError)?.diagnostics
            return failure?.count == 1
                && failure?[0].description.contains("z-trasig.xml:10:3: element 'owner'") == true
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func referencesMayPointIntoTheSameBatch() throws {
        let fixture = try Fixture.make()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "registers/owners.xml",
            Fixture.owners.replacingOccurrences(
                of: "</owners>",
                with: """
                      <owner id="kulturforvaltningen">
                        <name>Kulturförvaltningen</name>
                        <contact>Stadsbiblioteket</contact>
                      </owner>
                    </owners>
                    """))
        try delivery.write(
            "bibliotek-skriva-ut.xml",
            Fixture.article(
                id: "bibliotek-skriva-ut", owner: "kulturforvaltningen", related: "bibliotek-datorer"))
        try delivery.write(
            "bibliotek-datorer.xml", Fixture.article(id: "bibliotek-datorer", owner: "kulturforvaltningen"))
        let report = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        #expect(report.added == 2)
        #expect(report.registers.map(\.kind) == [.owners])
        #expect(try FolderScan(folder: fixture.folder).run().1.isEmpty)
    }

    @Test func removingAnOwnerStillInUseIsRefused() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        let withoutForskola = """
            <?xml version="1.0" encoding="UTF-8"?>
            <owners xmlns="urn:vagvisare:registers:1">
              <owner id="stadskontoret"><name>Stadskontoret</name><contact>Kommunikation</contact></owner>
            </owners>
            """
        try delivery.write("owners.xml", withoutForskola)
        #expect(throws: StorageError.self) {
            try Publisher(folder: fixture.folder).importBatch([delivery.root])
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func duplicateIdsInOneBatchAreRefused() throws {
        let fixture = try Fixture.make()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("one/forskola-ny.xml", Fixture.article(id: "forskola-ny"))
        try delivery.write("two/forskola-ny.xml", Fixture.article(id: "forskola-ny", title: "Annan"))
        #expect {
            try Publisher(folder: fixture.folder).importBatch([delivery.root])
        } throws: { error in
            (error as? StorageError)?.diagnostics?.contains { $0.message.contains("already used by") } == true
        }
    }

    @Test func dryRunReportsButWritesNothing() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("forskola-ny.xml", Fixture.article(id: "forskola-ny"))
        let report = try Publisher(folder: fixture.folder).importBatch([delivery.root], dryRun: true)
        #expect(report.added == 1)
        #expect(try fixture.snapshot() == before)
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let fixture = try Fixture.make()
        let out = temporaryDirectory("exports")
        let (first, count) = try Exporter(folder: fixture.folder).export(
            owner: nil, to: out, date: "2026-11-25")
        #expect(count == 2)
        #expect(first.hasSuffix("/vagvisare-alla-2026-11-25.xml"))

        let empty = Fixture(root: temporaryDirectory("empty") + "/Knowledge")
        let report = try Publisher(folder: empty.folder).importBatch([first])
        #expect(report.added == 2)
        #expect(FileManager.default.fileExists(atPath: empty.root + "/schema/article.xsd"))
        #expect(try FolderScan(folder: empty.folder).run().1.isEmpty)

        let out2 = temporaryDirectory("exports")
        let (second, _) = try Exporter(folder: empty.folder).export(owner: nil, to: out2, date: "2026-11-25")
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))

        // Importing the bundle again changes nothing.
        let again = try Publisher(folder: empty.folder).importBatch([second])
        #expect(again.unchanged == 2 && again.added == 0 && again.updated == 0)
    }

    @Test func exportOfOneOwner() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/kontaktcenter.xml",
            Fixture.article(id: "kontaktcenter", owner: "stadskontoret", unit: "kontaktcenter"))
        let out = temporaryDirectory("exports")
        let (path, count) = try Exporter(folder: fixture.folder).export(
            owner: "stadskontoret", to: out, date: "2026-11-25")
        #expect(count == 1)
        #expect(path.hasSuffix("vagvisare-stadskontoret-2026-11-25.xml"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("id=\"kontaktcenter\"") && !text.contains("id=\"forskola-avgift\""))
        #expect(throws: StorageError.self) {
            try Exporter(folder: fixture.folder).export(owner: "ingen", to: out)
        }
    }

    @Test func canonicalFormNormalizesWhitespace() throws {
        let fixture = try Fixture.make()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift", title: "Avgift för förskola").replacingOccurrences(
                of: "<title>Avgift för förskola</title>", with: "<title>\n   Avgift   för\tförskola </title>")
        )
        let report = try Publisher(folder: fixture.folder).importBatch([delivery.root])
        #expect(report.articles.first?.change == .unchanged)
    }
}
