import Foundation
import Testing

/// The knowledge history in git: one commit per change with its author, `kb history`, `kb diff`
/// and `kb revert`, and the project's own repository left alone.
@Suite struct HistoryCommandTests {
    /// A delivery with one article's summary changed.
    func delivery(_ folder: String, _ id: String, prefix: String) throws -> String {
        let directory = temporaryDirectory("delivery")
        var text = try String(contentsOfFile: folder + "/articles/\(id).xml", encoding: .utf8)
        text = text.replacingOccurrences(of: "<summary>", with: "<summary>\(prefix) ")
        try text.write(toFile: directory + "/\(id).xml", atomically: true, encoding: .utf8)
        return directory
    }

    func summary(_ folder: String, _ id: String) throws -> String {
        let text = try String(contentsOfFile: folder + "/articles/\(id).xml", encoding: .utf8)
        let start = text.range(of: "<summary>")!.upperBound
        return String(text[start..<text.range(of: "</summary>")!.lowerBound])
    }

    @Test func everyChangeIsOneCommitWithItsAuthor() throws {
        let folder = try copyOfShippedKnowledge()
        let id = "trygghetslarm"
        let original = try summary(folder, id)

        let imported = try KBProcess.run([
            "import", "--knowledge", folder, "--author", "Anna Andersson <anna@malmo.se>",
            try delivery(folder, id, prefix: "Ändrad."),
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let archived = try KBProcess.run(["archive", "--knowledge", folder, "--author", "Bo Berg", id])
        #expect(archived.status == 0, "\(archived.stderr)")

        let log = try git(folder, ["log", "--format=%an <%ae>|%s"]).split(separator: "\n").map(String.init)
        #expect(
            log == [
                "Bo Berg <>|kb archive: 0 tillagda, 1 uppdaterade, 0 oförändrade",
                "Anna Andersson <anna@malmo.se>|kb import: 0 tillagda, 1 uppdaterade, 0 oförändrade",
                "kb <>|historiken börjar",
            ])
        let body = try git(folder, ["log", "-1", "--skip=1", "--format=%b"])
        #expect(body == "uppdaterad trygghetslarm (revision 1 → 2)")
        #expect(try git(folder, ["status", "--porcelain"]) == "")
        // history/<id>/<rev>.xml is still written and readable.
        #expect(FileManager.default.fileExists(atPath: folder + "/history/\(id)/1.xml"))

        let history = try KBProcess.run(["history", "--knowledge", folder, id])
        #expect(history.status == 0, "\(history.stderr)")
        let rows = history.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 4, "\(history.stdout)")
        #expect(rows[1].hasPrefix("3 ") && rows[1].contains("arkiverad") && rows[1].contains("Bo Berg"))
        #expect(
            rows[2].hasPrefix("2 ") && rows[2].contains("Anna Andersson")
                && rows[2].contains("revision 1 → 2"))
        #expect(rows[3].hasPrefix("1 ") && rows[3].contains("historiken börjar"))

        // kb diff: the previous revision by default, or the one named.
        let diff = try KBProcess.run(["diff", "--knowledge", folder, id])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(
            diff.stdout.contains("-<article") && diff.stdout.contains("status=\"published\" revision=\"2\""))
        #expect(
            diff.stdout.contains("+<article") && diff.stdout.contains("status=\"archived\" revision=\"3\""))
        #expect(!diff.stdout.contains("-  <summary>"), "only the status changed from 2 to 3")
        let fromFirst = try KBProcess.run(["diff", "--knowledge", folder, id, "1"])
        #expect(fromFirst.stdout.contains("-  <summary>\(original)</summary>"))
        #expect(fromFirst.stdout.contains("+  <summary>Ändrad. \(original)</summary>"))
        let missing = try KBProcess.run(["diff", "--knowledge", folder, id, "9"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("ingen revision 9"))

        // kb revert: a new revision equal to the old one, itself a commit.
        let reverted = try KBProcess.run(["revert", "--knowledge", folder, "--author", "Cilla", id, "1"])
        #expect(reverted.status == 0, "\(reverted.stderr)")
        #expect(reverted.stdout.contains("revision 3 → 4"))
        #expect(try summary(folder, id) == original)
        let text = try String(contentsOfFile: folder + "/articles/\(id).xml", encoding: .utf8)
        #expect(text.contains("status=\"published\" revision=\"4\""))
        #expect(
            try git(folder, ["log", "-1", "--format=%an|%s"])
                == "Cilla|kb revert trygghetslarm till revision 1: 0 tillagda, 1 uppdaterade, 0 oförändrade")
        let again = try KBProcess.run(["revert", "--knowledge", folder, id, "4"])
        #expect(again.stdout.contains("oförändrad"))
        #expect(try git(folder, ["rev-list", "--count", "HEAD"]) == "4")
    }

    @Test func refusedImportAndHandEditsAreKeptApart() throws {
        let folder = try copyOfShippedKnowledge()
        let first = try KBProcess.run([
            "import", "--knowledge", folder, try delivery(folder, "trygghetslarm", prefix: "Ett."),
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let head = try git(folder, ["rev-parse", "HEAD"])

        // A refused import makes no commit.
        let bad = temporaryDirectory("bad")
        try "<article xmlns=\"urn:vagvisare:article:1\" id=\"bad\"><title>x</title></article>".write(
            toFile: bad + "/bad.xml", atomically: true, encoding: .utf8)
        let refused = try KBProcess.run(["import", "--knowledge", folder, bad])
        #expect(refused.status == 1)
        #expect(try git(folder, ["rev-parse", "HEAD"]) == head)

        // A file changed by hand becomes a commit of its own before the next import's.
        let path = folder + "/articles/skola-byte.xml"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "<summary>", with: "<summary>För hand. ")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let second = try KBProcess.run([
            "import", "--knowledge", folder, "--author", "Dan",
            try delivery(folder, "trygghetslarm", prefix: "Två."),
        ])
        #expect(second.status == 0, "\(second.stderr)")
        let log = try git(folder, ["log", "--format=%an|%s", "\(head)..HEAD"]).split(separator: "\n")
        #expect(log.count == 2)
        #expect(log.last == "okänd|ändringar gjorda i mappen utanför kb")
        #expect(try git(folder, ["diff", "--name-only", "HEAD~1", "HEAD"]).contains("skola-byte") == false)
        #expect(try git(folder, ["diff", "--name-only", "HEAD~2", "HEAD~1"]) == "articles/skola-byte.xml")
    }

    @Test func aRegisterChangeIsACommit() throws {
        let folder = try copyOfShippedKnowledge()
        let delivery = temporaryDirectory("register")
        let text = try String(contentsOfFile: folder + "/registers/synonyms.xml", encoding: .utf8)
            .replacingOccurrences(
                of: "  <synonym term=\"dagis\">förskola</synonym>\n",
                with:
                    "  <synonym term=\"dagis\">förskola</synonym>\n  <synonym term=\"förskis\">förskola</synonym>\n"
            )
        try text.write(toFile: delivery + "/synonyms.xml", atomically: true, encoding: .utf8)
        let imported = try KBProcess.run(["import", "--knowledge", folder, "--author", "Eva", delivery])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            try git(folder, ["log", "-1", "--format=%an|%b"]) == "Eva|ändrat register registers/synonyms.xml")
        #expect(try git(folder, ["diff", "--name-only", "HEAD~1", "HEAD"]) == "registers/synonyms.xml")
        #expect(try git(folder, ["show", "HEAD:registers/synonyms.xml"]).contains("term=\"förskis\""))
    }

    @Test func aFolderInsideAnotherRepositoryKeepsItsOwnHistory() throws {
        // The shipped Knowledge/ lies inside the project's repository: kb must never commit there.
        let outer = temporaryDirectory("outer")
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        let initialised = try KBProcess.run(
            executable: "/usr/bin/git", ["init", "-q", outer], environment: environment)
        #expect(initialised.status == 0)
        let folder = outer + "/Knowledge"
        try FileManager.default.copyItem(atPath: try copyOfShippedKnowledge(), toPath: folder)
        let imported = try KBProcess.run([
            "import", "--knowledge", folder, try delivery(folder, "trygghetslarm", prefix: "Ny."),
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try git(folder, ["rev-list", "--count", "HEAD"]) == "2")
        let outerHead = try KBProcess.run(
            executable: "/usr/bin/git", ["-C", outer, "rev-parse", "--verify", "-q", "HEAD"],
            environment: environment)
        #expect(outerHead.status != 0, "a commit was made in the surrounding repository")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.git"))
    }

    @Test func historyOfAFolderWithoutOne() throws {
        let folder = try copyOfShippedKnowledge()
        let history = try KBProcess.run(["history", "--knowledge", folder, "trygghetslarm"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("ingen git-historik"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.kbgit"))
        let unknown = try KBProcess.run(["history", "--knowledge", folder, "finns-inte"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("ingen artikel 'finns-inte'"))

        // A primary's history can be begun before any change, for its replicas to follow.
        let begun = try KBProcess.run(["history", "--knowledge", folder, "--begin"])
        #expect(begun.status == 0, "\(begun.stderr)")
        let head = try git(folder, ["rev-parse", "HEAD"])
        #expect(begun.stdout == "historiken börjar: \(head)\n")
        #expect(try git(folder, ["status", "--porcelain"]) == "")
        let again = try KBProcess.run(["history", "--knowledge", folder, "--begin"])
        #expect(again.stdout == "historiken finns redan; senaste \(head)\n")
        let recent = try KBProcess.run(["history", "--knowledge", folder])
        let lines = recent.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("kb") == true && lines.last?.contains("historiken börjar") == true)
    }
}
