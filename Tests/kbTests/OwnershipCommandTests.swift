import Foundation
import Testing

/// What a förvaltning sees: owners, reviews, feedback, and the lifecycle commands.
@Suite struct OwnershipCommandTests {
    @Test func ownersAndReviewShowFeedbackAndDates() throws {
        let folder = try copyOfShippedKnowledge()
        let logs = temporaryDirectory("logs")
        let recorded = try KBProcess.run([
            "feedback", "--knowledge", folder, "--log-dir", logs, "forskola-ob-omsorg", "outdated",
            "Ellstorp", "har", "ändrat",
            "tider",
        ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("sparad: inaktuell om forskola-ob-omsorg"))
        let bad = try KBProcess.run([
            "feedback", "--knowledge", folder, "--log-dir", logs, "forskola-ob-omsorg", "bra",
        ])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("SORT ska vara helpful, wrong, outdated eller unclear, inte 'bra'"))

        let owners = try KBProcess.run(["owners", "--json", "--knowledge", folder, "--log-dir", logs])
        let rows = try #require(
            JSONSerialization.jsonObject(with: Data(owners.stdout.utf8)) as? [[String: Any]])
        let forskola = try #require(rows.first { $0["owner"] as? String == "forskoleforvaltningen" })
        #expect(forskola["open_feedback"] as? Int == 1)
        #expect((forskola["published"] as? Int ?? 0) >= 9)
        #expect(rows.count == 13)

        let review = try KBProcess.run([
            "review", "--knowledge", folder, "--log-dir", logs, "--within", "3650",
        ])
        #expect(review.status == 0)
        let lines = review.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("GRANSKA SENAST") == true)
        let dates = lines.dropFirst().dropLast().map { String($0.prefix(10)) }
        #expect(dates == dates.sorted(), "oldest first")
        #expect(review.stdout.contains("[1 öppen återkoppling]"))
        let scoped = try KBProcess.run([
            "review", "--json", "--owner", "stadskontoret", "--within", "3650", "--knowledge", folder,
        ])
        let items = try #require(
            JSONSerialization.jsonObject(with: Data(scoped.stdout.utf8)) as? [[String: Any]])
        #expect(!items.isEmpty && items.allSatisfy { $0["owner"] as? String == "stadskontoret" })
    }

    @Test func archiveTakesAnArticleOutOfSearchAndPublishBringsItBack() throws {
        let folder = try copyOfShippedKnowledge()
        func found() throws -> Bool {
            try KBProcess.run(["search", "--json", "--limit", "20", "--knowledge", folder, "trygghetslarm"])
                .stdout
                .contains("\"id\":\"trygghetslarm\"")
        }
        #expect(try found())
        let archived = try KBProcess.run(["archive", "--knowledge", folder, "trygghetslarm"])
        #expect(archived.stdout.contains("arkiverad  trygghetslarm (revision 1 → 2)"), "\(archived.stderr)")
        #expect(try !found())
        let published = try KBProcess.run(["publish", "--knowledge", folder, "trygghetslarm"])
        #expect(published.stdout.contains("publicerad  trygghetslarm (revision 2 → 3)"))
        #expect(try found())
        #expect(FileManager.default.fileExists(atPath: folder + "/history/trygghetslarm/2.xml"))
    }

    @Test func publishToAServerWithAnOwnersToken() throws {
        let folder = try copyOfShippedKnowledge()
        let work = temporaryDirectory("publish")
        try "admin admin-token\nkulturforvaltningen kultur-token\n".write(
            toFile: work + "/tokens", atomically: true, encoding: .utf8)
        try "kultur-token\n".write(toFile: work + "/mine", atomically: true, encoding: .utf8)
        let port = 17_000 + Int.random(in: 0..<2000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: KBProcess.executable)
        server.arguments = [
            "serve", "--knowledge", folder, "--port", String(port), "--auth-file", work + "/tokens",
            "--log-dir", work + "/logs", "--http-port", "0",
        ]
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var text = try String(contentsOfFile: folder + "/articles/bibliotek-lanekort.xml", encoding: .utf8)
        text = text.replacingOccurrences(of: "<title>", with: "<title>Uppdaterad: ")
        try text.write(toFile: work + "/lanekort.xml", atomically: true, encoding: .utf8)
        var result = KBProcess.Result(status: 1, signalled: false, stdout: "", stderr: "")
        for _ in 0..<50 where result.status != 0 {
            usleep(100_000)
            result = try KBProcess.run([
                "publish", "--server", "127.0.0.1:\(port)", "--token-file", work + "/mine",
                work + "/lanekort.xml",
            ])
        }
        #expect(result.stdout.contains("1 updated"), "\(result.stderr)")
        // Not its article: refused, nothing changed.
        var other = try String(contentsOfFile: folder + "/articles/trygghetslarm.xml", encoding: .utf8)
        other = other.replacingOccurrences(of: "<title>", with: "<title>Kapad: ")
        try other.write(toFile: work + "/other.xml", atomically: true, encoding: .utf8)
        let refused = try KBProcess.run([
            "publish", "--server", "127.0.0.1:\(port)", "--token-file", work + "/mine", work + "/other.xml",
        ])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("publish refused"))
        #expect(
            try !String(contentsOfFile: folder + "/articles/trygghetslarm.xml", encoding: .utf8).contains(
                "Kapad"))
    }
}

@Suite struct GetFeedbackTests {
    @Test func getShowsTheArticlesFeedback() throws {
        let logs = temporaryDirectory("logs")
        let knowledge = repositoryRoot + "/Knowledge"
        _ = try KBProcess.run([
            "feedback", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm", "helpful",
        ])
        _ = try KBProcess.run([
            "feedback", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm", "unclear", "vem",
            "betalar", "larmet?",
        ])
        let text = try KBProcess.run(["get", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm"])
        #expect(text.stdout.contains("Återkoppling: 1 hjälpsam, 1 otydlig"))
        #expect(text.stdout.contains("otydlig: vem betalar larmet?"))
        let json = try KBProcess.run([
            "get", "--json", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm",
        ])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let feedback = try #require(object["feedback"] as? [String: Any])
        #expect(feedback["helpful"] as? Int == 1)
        #expect((feedback["open"] as? [[String: Any]])?.count == 1)
    }
}
