import Foundation
import Testing
import XMLSupport

@testable import FileSupport
@testable import Insight
@testable import KnowledgeBase
@testable import KnowledgeStorage
@testable import Rendering

/// The error thrown by `body`, or nil. `E` is the only type `body` may throw: each call below
/// names its module's error type, so a public function that threw anything else would not
/// compile.
private func failure<E: Error>(_ body: () throws(E) -> Void) -> E? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

/// One error type per module (issue 12, item 8): each module's public API throws its own type,
/// with a case per kind of failure and the message a front end shows; lower modules' errors are
/// wrapped in a case of the upper one.
@Suite struct ModuleErrorTests {
    /// A path below a regular file: nothing can be created there (ENOTDIR).
    let impossible = "/dev/null/kb"

    @Test func fileSupportSaysWhichOperationOnWhichPathFailed() throws {
        let missing = temporaryDirectory("errors") + "/missing.xml"
        let read = try #require(failure { () throws(FileSupportError) in _ = try DurableFiles.read(missing) })
        #expect(read.kind == .read && read.path == missing && read.code == ENOENT)
        #expect(read.description == "\(missing): read failed: No such file or directory")
        let made = try #require(
            failure { () throws(FileSupportError) in try DurableFiles.makeDirectory(impossible + "/a") })
        #expect(made.kind == .makeDirectory && made.code == ENOTDIR)
        #expect(made.description == "\(impossible): create folder failed: Not a directory")
    }

    @Test func knowledgeBaseWrapsFileFailuresAndRefusesBadInput() throws {
        let folder = KnowledgeFolder(root: impossible)
        let begun = try #require(
            failure { () throws(KnowledgeError) in _ = try KnowledgeHistory(folder: folder).begin() })
        guard case .file(let file) = begun else {
            Issue.record("expected a file failure, got \(begun)")
            return
        }
        #expect(file.kind == .openLock && file.path == folder.lock)
        #expect(begun.description == "\(impossible)/.lock: open lock failed: Not a directory")
        #expect(begun.diagnostics == nil)
    }

    @Test func storageRefusesWithDiagnosticsAndWrapsTheLayersBelow() throws {
        let fixture = try Fixture.make()
        let missing = temporaryDirectory("errors") + "/inte-har.xml"
        let refused = try #require(
            failure { () throws(StorageError) in
                _ = try Publisher(folder: fixture.folder).importBatch([missing])
            })
        #expect(refused.diagnostics?.map(\.message) == ["no such file or folder"])
        #expect(refused.description == "\(missing):0:0: no such file or folder")
        // A refusal the knowledge layer found stays a refusal here.
        try fixture.write("articles/trasig.xml", "<article>")
        let invalid = try #require(
            failure { () throws(StorageError) in _ = try KnowledgeStore(folder: fixture.folder) })
        #expect(invalid.diagnostics?.first?.file.hasSuffix("articles/trasig.xml") == true)
        let unwritable = try #require(
            failure { () throws(StorageError) in
                _ = try Publisher(folder: KnowledgeFolder(root: impossible)).importBatch([missing])
            })
        guard case .file(let file) = unwritable else {
            Issue.record("expected a file failure, got \(unwritable)")
            return
        }
        #expect(file.kind == .makeDirectory)
        #expect(unwritable.description == "\(impossible): create folder failed: Not a directory")
    }

    @Test func insightWrapsFileFailures() throws {
        let event = FeedbackEvent(
            time: "2026-12-01T05:00:00Z", article: "forskola-avgift", kind: .helpful, channel: "web",
            comment: "")
        let appended = try #require(
            failure { () throws(InsightError) in
                try FeedbackStore(directory: impossible + "/logs").append(event)
            })
        guard case .file(let file) = appended else {
            Issue.record("expected a file failure, got \(appended)")
            return
        }
        #expect(file.kind == .makeDirectory)
        #expect(appended.description.hasSuffix(": create folder failed: Not a directory"))
        let removed = try #require(
            failure { () throws(InsightError) in
                try LearnedAssociations.remove(["a"], by: "admin", logDirectory: impossible, time: "t")
            })
        #expect(removed.description == "\(impossible): create folder failed: Not a directory")
    }

    @Test func renderingRefusesAnUnknownOwnerAndWrapsFileFailures() throws {
        let fixture = try Fixture.make()
        let out = temporaryDirectory("errors")
        let unknown = try #require(
            failure { () throws(RenderingError) in
                _ = try HTMLPages.export(
                    folder: fixture.folder, owner: "ingen-sadan", to: out, date: "2026-12-01")
            })
        #expect(unknown.diagnostics?.map(\.message) == ["no owner 'ingen-sadan' in the owners register"])
        #expect(
            unknown.description.hasSuffix(
                "registers/owners.xml:0:0: no owner 'ingen-sadan' in the owners register"))
        let unwritable = try #require(
            failure { () throws(RenderingError) in
                _ = try FAQJSONLD.export(
                    folder: fixture.folder, owner: nil, to: impossible, date: "2026-12-01")
            })
        guard case .file(let file) = unwritable else {
            Issue.record("expected a file failure, got \(unwritable)")
            return
        }
        #expect(file.kind == .makeDirectory && file.path == impossible)
    }
}
