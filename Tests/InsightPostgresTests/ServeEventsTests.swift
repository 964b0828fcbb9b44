import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kb serve --events` as processes (the built kb) sharing one private PostgreSQL: feedback sent
/// through either machine shows in the other's owner view and in `kb report`, and feedback
/// acknowledged while the database is down is all there once it is back.
@Suite(.serialized, .enabled(if: PostgresCluster.available, "\(PostgresCluster.unavailableReason)"))
struct ServeEventsTests {
    static let kb: String = {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("kb").path
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// One `kb serve` on ports chosen by the system, with its own copy of Knowledge/ and its own
    /// log folder (a machine of its own), forwarding to `events`.
    final class Server {
        let process = Process()
        let base: String
        var respPort = 0
        var deskPort = 0

        init(events: String) throws {
            base = TemporaryFolder.make("serve-events")
            try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: repositoryRoot + "/Knowledge", toPath: base + "/Knowledge")
            try "admin admin-nyckel\n".write(toFile: base + "/tokens", atomically: true, encoding: .utf8)
            process.executableURL = URL(fileURLWithPath: ServeEventsTests.kb)
            process.arguments = [
                "serve", "--knowledge", base + "/Knowledge", "--port", "0", "--http-port", "0",
                "--log-dir", base + "/Logs", "--auth-file", base + "/tokens", "--events", events,
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let announced = ServeAnnouncement.read(from: output.fileHandleForReading)
            respPort = announced?.respPort ?? 0
            deskPort = announced?.deskPort ?? 0
            guard respPort > 0, deskPort > 0 else {
                stop()
                throw PostgresCluster.Failure(message: "kb serve did not start: \(announced?.text ?? "")")
            }
        }

        func stop() {
            if process.isRunning {
                kill(process.processIdentifier, SIGTERM)
                process.waitUntilExit()
            }
        }

        deinit {
            stop()
            try? FileManager.default.removeItem(atPath: base)
        }

        func redis(_ arguments: [String]) throws -> String {
            try RedisCLI.run(port: respPort, arguments).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// INFO's `# Events` figures by name.
        func events() throws -> [String: String] {
            var fields: [String: String] = [:]
            for line in try redis(["INFO"]).split(whereSeparator: \.isNewline) where line.hasPrefix("events_")
            {
                let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
                fields[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            return fields
        }

        /// The owner view, logged in with the admin token (every förvaltning's feedback).
        func ownerView() throws -> String {
            let login = try http("POST", "/owner/login", body: "token=admin-nyckel")
            guard
                let cookie = login.components(separatedBy: "\r\n").first(where: {
                    $0.hasPrefix("Set-Cookie: kb_session=")
                })?.dropFirst("Set-Cookie: ".count).split(separator: ";").first
            else { throw PostgresCluster.Failure(message: "no session: \(login.prefix(200))") }
            return try http("GET", "/owner", headers: ["Cookie: \(cookie)"])
        }

        /// One HTTP/1.1 request to the desk page; the whole response.
        func http(_ method: String, _ path: String, body: String = "", headers: [String] = []) throws
            -> String
        {
            try LoopbackTCP.http(
                port: deskPort, method, path, body: body, headers: headers, timeoutSeconds: 10)
        }
    }

    func kb(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.kb)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func feedbackThroughEitherMachineShowsInTheOthersOwnerViewAndTheReport() throws {
        let cluster = try PostgresCluster()
        let a = try Server(events: cluster.url)
        let b = try Server(events: cluster.url)
        #expect(
            try a.redis(["FEEDBACK", "trygghetslarm", "wrong", "kommentar-via-maskin-A"])
                == "OK feedback recorded")
        #expect(
            try b.redis(["FEEDBACK", "trygghetslarm", "unclear", "kommentar-via-maskin-B"])
                == "OK feedback recorded")
        #expect(try a.redis(["SEARCH", "fragan-bara-maskin-A-fick"]).isEmpty == false)
        #expect(try b.redis(["SEARCH", "fragan-bara-maskin-B-fick"]).isEmpty == false)

        #expect(try eventually { try a.ownerView().contains("kommentar-via-maskin-B") })
        #expect(try eventually { try b.ownerView().contains("kommentar-via-maskin-A") })
        #expect(try a.ownerView().contains("kommentar-via-maskin-A"))

        let out = a.base + "/report.html"
        let report = try kb([
            "report", "--knowledge", a.base + "/Knowledge", "--events", cluster.url, "--out", out,
        ])
        #expect(report.status == 0, "\(report.output)")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.contains("kommentar-via-maskin-A") && page.contains("kommentar-via-maskin-B"))

        #expect(
            try eventually {
                let gaps = try kb([
                    "gaps", "--knowledge", a.base + "/Knowledge", "--events", cluster.url, "--json",
                ])
                .output.lowercased()
                return gaps.contains("fragan-bara-maskin-a-fick")
                    && gaps.contains("fragan-bara-maskin-b-fick")
            })
        // The files stay each machine's own: A's log folder has only A's feedback.
        let local = try String(contentsOfFile: a.base + "/Logs/feedback.tsv", encoding: .utf8)
        #expect(local.contains("kommentar-via-maskin-A") && !local.contains("kommentar-via-maskin-B"))
    }

    /// The database stopped for 10 s: feedback is acknowledged all the same, searching goes on,
    /// INFO shows it pending, and once the database is back every acknowledged piece arrives.
    @Test func feedbackAcknowledgedWhileTheDatabaseIsDownIsNotLost() throws {
        let cluster = try PostgresCluster()
        let server = try Server(events: cluster.url)
        #expect(try eventually { try server.events()["events_connected"] == "1" })
        #expect(try server.events()["events_backend"] == "postgres")

        try cluster.stop()
        let stopped = Date()
        var acknowledged = 0
        for index in 0..<20 {
            if try server.redis(["FEEDBACK", "trygghetslarm", "outdated", "under-avbrottet-\(index)"])
                == "OK feedback recorded"
            {
                acknowledged += 1
            }
        }
        #expect(acknowledged == 20)
        #expect(try eventually { try server.events()["events_pending"] == "20" })
        #expect(try server.events()["events_connected"] == "0")
        #expect(try server.events()["events_last_error"] != "none")
        // Searching goes on through the outage, which lasts 10 s.
        var searches = 0
        while Date().timeIntervalSince(stopped) < 10 {
            #expect(try server.redis(["SEARCH", "trygghetslarm"]).contains("trygghetslarm"))
            searches += 1
        }
        #expect(try server.events()["events_pending"].flatMap { Int($0) } ?? 0 >= 20)

        try cluster.start()
        let started = Date()
        #expect(
            try eventually {
                try cluster.query("SELECT count(*) FROM kb_feedback WHERE comment LIKE 'under-avbrottet-%'")
                    == "20"
            })
        let drained = Date().timeIntervalSince(started)
        #expect(try eventually { try server.events()["events_pending"] == "0" })
        let info = try server.events()
        #expect(Int(info["events_sent"] ?? "") ?? 0 >= 20 + searches)
        #expect(info["events_lost"] == "0")
        #expect(info["events_connected"] == "1")
        print(
            "event store outage: 20 feedback acknowledged and \(searches) searches answered while down; all in PostgreSQL \(String(format: "%.2f", drained)) s after it was back"
        )
    }
}
