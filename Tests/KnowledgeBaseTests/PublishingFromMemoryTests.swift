import Foundation
import Testing
import XMLSupport

@testable import KnowledgeBase
@testable import KnowledgeStorage

/// Documents imported from bytes (PUBLISH) are read, checked and stored as the same file would be.
@Suite struct PublishingFromMemoryTests {
    /// The folder's files apart from its version history (whose commits carry times).
    func content(_ fixture: Fixture) throws -> [String: Data] {
        try fixture.snapshot().filter { !$0.key.hasPrefix(".") }
    }

    @Test func publishingBytesAndTheSameFileGiveTheSameFolder() throws {
        let text = Fixture.article(id: "forskola-byte", title: "Byta förskola", related: "forskola-ansokan")
        let changed = Fixture.article(id: "forskola-avgift", title: "Ny avgift")
        let viaFile = try Fixture.make()
        let viaBytes = try Fixture.make()
        #expect(try content(viaFile) == content(viaBytes))
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("forskola-byte.xml", text)
        try delivery.write("forskola-avgift.xml", changed)
        let fileReport = try Publisher(folder: viaFile.folder).importBatch(
            [delivery.root + "/forskola-byte.xml", delivery.root + "/forskola-avgift.xml"],
            checkFileNames: false)
        let bytesReport = try Publisher(folder: viaBytes.folder).importBatch(
            [],
            documents: [
                ReceivedDocument(name: "document", bytes: Array(text.utf8)),
                ReceivedDocument(name: "second", bytes: Array(changed.utf8)),
            ], checkFileNames: false)
        #expect(bytesReport.articles.map(\.id) == ["forskola-byte", "forskola-avgift"])
        #expect(bytesReport.articles.map(\.change) == fileReport.articles.map(\.change))
        #expect(bytesReport.articles.last?.change == .updated(from: 1, to: 2))
        let stored = try content(viaBytes)
        #expect(stored.keys.contains("articles/forskola-byte.xml"))
        #expect(stored.keys.contains("history/forskola-avgift/1.xml"))
        let expected = try content(viaFile)
        #expect(Set(stored.keys) == Set(expected.keys))
        for (name, bytes) in stored where expected[name] != bytes {
            Issue.record("\(name) differs: \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func aRefusedDocumentIsNamedAndLocatedAsTheSameFileWouldBe() throws {
        // A schema error and a dangling reference, on lines and columns found in the bytes.
        let text = Fixture.article(id: "forskola-byte", owner: "okand-forvaltning")
            .replacingOccurrences(of: "<title>", with: "<oväntad/><title>")
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("document", text)
        func refusal(_ run: () throws -> ImportReport) -> [XMLDiagnostic] {
            do {
                _ = try run()
                return []
            } catch let failure as StorageError {
                return failure.diagnostics ?? []
            } catch {
                return []
            }
        }
        let publisher = Publisher(folder: fixture.folder)
        let fromBytes = refusal {
            try publisher.importBatch(
                [], documents: [ReceivedDocument(name: "document", bytes: Array(text.utf8))],
                checkFileNames: false)
        }
        let fromFile = refusal {
            try publisher.importBatch([delivery.root + "/document"], checkFileNames: false)
        }
        #expect(fromBytes.count >= 2)
        #expect(fromBytes.allSatisfy { $0.file == "document" && $0.line > 1 && $0.column > 1 })
        #expect(fromBytes.map { [$0.line, $0.column] } == fromFile.map { [$0.line, $0.column] })
        #expect(fromBytes.map(\.message) == fromFile.map(\.message))
        #expect(try fixture.snapshot() == before)
    }

    @Test func aDoctypeInBytesIsRefusedWhereItStands() throws {
        let article = Fixture.article(id: "x")
        let declaration = try #require(article.firstIndex(of: "\n"))
        let text =
            article[...declaration] + "<!DOCTYPE article>\n" + article[article.index(after: declaration)...]
        var items = 0
        let (_, diagnostics) = KnowledgeDocument(bytes: Array(text.utf8), name: "document").read { _, _ in
            items += 1
        }
        #expect(items == 0)
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.description.hasPrefix("document:2:1: DOCTYPE declarations are not allowed")
                == true)
    }
}
