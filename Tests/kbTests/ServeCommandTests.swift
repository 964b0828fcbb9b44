import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kb serve` as a process: starts, answers, reloads on SIGHUP, stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    func redisCLI(_ port: Int, _ arguments: [String]) throws -> String {
        try RedisCLI.run(port: port, arguments).output
    }

    @Test func servesThenStopsOnSIGTERM() throws {
        let token = temporaryDirectory("token") + "/tokens"
        try "# admin\nserve-test-token\n".write(toFile: token, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KBProcess.executable)
        process.arguments = [
            "serve", "--knowledge", repositoryRoot + "/Knowledge", "--port", "0", "--auth-file",
            token, "--log-dir", temporaryDirectory("logs"), "--http-port", "0",
        ]
        let errors = Pipe()
        process.standardError = errors
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // What a newcomer sees (README command 1): where the desk page and the query server
        // are, on the ports they got.
        let announced = try #require(ServeAnnouncement.read(from: output.fileHandleForReading))
        #expect(
            announced.text.contains(/Skrivbordssidan: http:\/\/127\.0\.0\.1:[1-9][0-9]*\//),
            "\(announced.text)")
        #expect(announced.deskPort != nil)
        let port = announced.respPort
        #expect(try redisCLI(port, ["PING"]) == "PONG\n")
        #expect(
            try redisCLI(port, ["SEARCH", "skriva", "ut", "kontoutdrag", "LIMIT", "1"]).contains(
                "skriva-ut-kontoutdrag-pa-biblioteket"))
        #expect(
            try redisCLI(port, ["-a", "serve-test-token", "--no-auth-warning", "RELOAD"]).hasPrefix(
                "OK reloaded revision 2"))
        kill(process.processIdentifier, SIGHUP)
        // Wait for the reload the signal asked for (a condition, polled, with a deadline).
        var info = ""
        for _ in 0..<100 where !info.contains("snapshot_revision:3") {
            info = (try? redisCLI(port, ["INFO"])) ?? ""
            if !info.contains("snapshot_revision:3") { usleep(100_000) }
        }
        #expect(info.contains("snapshot_revision:3"))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("listening"))
        #expect(log.contains("stopped"))
        #expect(!log.contains("kontoutdrag"), "caller text must not be logged")
    }

    @Test func refusesAnInvalidFolder() throws {
        let folder = try copyOfShippedKnowledge()
        try "<article>".write(toFile: folder + "/articles/trasig.xml", atomically: true, encoding: .utf8)
        let result = try KBProcess.run([
            "serve", "--knowledge", folder, "--port", "0", "--log-dir",
            temporaryDirectory("logs"),
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("trasig.xml:1:"))
    }
}
