import Foundation
import Testing

/// Runs git on a knowledge folder's history (`.kbgit`), never on the project's repository.
func git(_ folder: String, _ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    let result = try KBProcess.run(
        executable: "/usr/bin/git", ["--git-dir=\(folder)/.kbgit", "--work-tree=\(folder)"] + arguments,
        environment: environment, in: folder)
    guard result.status == 0 else { throw GitError(message: result.stderr) }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

struct GitError: Error {
    var message: String
}

/// `kb import` killed with SIGKILL at each step leaves, after recovery, either the old folder or
/// the new one, never a mix.
@Suite struct CrashSafetyTests {
    /// A delivery: three changed articles and one new one.
    func makeDelivery(from folder: String) throws -> String {
        let delivery = temporaryDirectory("delivery")
        for id in ["forskola-ansokan", "forskola-uppsagning", "skola-byte"] {
            var text = try String(contentsOfFile: folder + "/articles/\(id).xml", encoding: .utf8)
            text = text.replacingOccurrences(of: "<summary>", with: "<summary>Uppdaterad. ")
            try text.write(toFile: delivery + "/\(id).xml", atomically: true, encoding: .utf8)
        }
        var added = try String(
            contentsOfFile: folder + "/articles/forskola-avgift-maxtaxa.xml", encoding: .utf8)
        added = added.replacingOccurrences(
            of: "id=\"forskola-avgift-maxtaxa\"", with: "id=\"forskola-ny-artikel\"")
        try added.write(toFile: delivery + "/forskola-ny-artikel.xml", atomically: true, encoding: .utf8)
        return delivery
    }

    @Test(arguments: [
        "before-commit", "after-commit", "after-rename-1", "after-rename-4", "after-rename-7",
        "before-history-commit", "after-history-commit",
    ])
    func killedImportLeavesOldOrNewFolder(point: String) throws {
        let base = try copyOfShippedKnowledge()
        let delivery = try makeDelivery(from: base)
        let old = snapshot(base)

        // The folder as a completed import leaves it.
        let reference = try copyOfShippedKnowledge()
        let done = try KBProcess.run(["import", "--knowledge", reference, delivery])
        #expect(done.status == 0, "\(done.stderr)")
        let new = snapshot(reference)
        #expect(new != old)

        let crashed = try KBProcess.run(
            ["import", "--knowledge", base, "--author", "Test Person <test@example.org>", delivery],
            environment: ["KB_CRASH_AT": point])
        #expect(crashed.signalled, "the import should have been killed at \(point)")

        // Any command recovers first; validate must then see a whole folder.
        let validate = try KBProcess.run(["validate", "--knowledge", base])
        #expect(validate.status == 0, "\(validate.stderr)")
        let after = snapshot(base)
        let expected = point == "before-commit" ? old : new
        #expect(after == expected, "after a kill at \(point) the folder is neither the old nor the new one")

        // The history holds the first commit and, once the import had committed, exactly one
        // import commit, whose tree is the folder as it now is.
        let subjects = try git(base, ["log", "--format=%an|%s"]).split(separator: "\n").map(String.init)
        if point == "before-commit" {
            #expect(subjects == ["kb|historiken börjar"])
        } else {
            #expect(
                subjects == [
                    "Test Person|kb import: 1 tillagda, 3 uppdaterade, 0 oförändrade", "kb|historiken börjar",
                ])
        }
        #expect(try git(base, ["status", "--porcelain"]) == "", "the work tree differs from the last commit")
    }
}
