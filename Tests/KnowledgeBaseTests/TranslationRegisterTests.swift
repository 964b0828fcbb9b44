import Foundation
import Testing

@testable import KnowledgeBase
@testable import KnowledgeStorage

/// The translation register (`registers/translations.xml`): validated, optional, admin-only,
/// exported in bundles and read by search.
@Suite struct TranslationRegisterTests {
    static let register = """
        <?xml version="1.0" encoding="UTF-8"?>
        <translations xmlns="urn:vagvisare:registers:1" lang="en">
          <translation term="preschool">förskola</translation>
          <translation term="fee">avgift</translation>
        </translations>
        """

    func delivery(_ files: [String: String]) throws -> String {
        let fixture = Fixture(root: temporaryDirectory("delivery"))
        for (name, text) in files { try fixture.write(name, text) }
        return fixture.root
    }

    @Test func aFolderWithoutItIsValidAndAnAdminCanAddIt() throws {
        let fixture = try Fixture.make()
        let (before, problems) = try FolderScan(folder: fixture.folder).load()
        #expect(problems.isEmpty)
        #expect(before?.registers.translations.isEmpty == true)
        let report = try Publisher(folder: fixture.folder).importBatch(
            [try delivery(["translations.xml": Self.register])], scope: .admin)
        #expect(report.registers.first?.kind == .translations)
        let (after, _) = try FolderScan(folder: fixture.folder).load()
        let translations = try #require(after?.registers.translations)
        #expect(translations.map(\.term) == ["preschool", "fee"])
        // Search reads it: an English question finds the Swedish article.
        let index = KnowledgeIndex(knowledge: try #require(after))
        #expect(index.search("preschool fee").hits.first?.record.id == "forskola-avgift")
    }

    @Test func anOwnerTokenMayNotChangeIt() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        #expect {
            try Publisher(folder: fixture.folder).importBatch(
                [try delivery(["translations.xml": Self.register])], scope: .owner("stadskontoret"))
        } throws: { error in
            (error as? StorageError)?.diagnostics?.contains {
                $0.message.contains("the translations register can be changed only with an admin token")
            } ?? false
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func aBadEntryIsRefusedWithItsLine() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let bad = Self.register.replacingOccurrences(
            of: "<translation term=\"fee\">", with: "<translation word=\"fee\">")
        #expect {
            try Publisher(folder: fixture.folder).importBatch(
                [try delivery(["translations.xml": bad])], scope: .admin)
        } throws: { error in
            (error as? StorageError)?.diagnostics?.contains { $0.line == 4 } ?? false
        }
        #expect(try fixture.snapshot() == before)
    }
}
