import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kb serve` as a process: starts, answers, reloads on SIGHUP, stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    /// A port that was free a moment ago.
    func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func redisCLI(_ port: Int, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["redis-cli", "-p", String(port)] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func servesThenStopsOnSIGTERM() throws {
        let port = freePort()
        let token = temporaryDirectory("token") + "/tokens"
        try "# admin\nserve-test-token\n".write(toFile: token, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KBProcess.executable)
        process.arguments = [
            "serve", "--knowledge", repositoryRoot + "/Knowledge", "--port", String(port), "--auth-file",
            token, "--log-dir", temporaryDirectory("logs"), "--http-port", "0",
        ]
        let errors = Pipe()
        process.standardError = errors
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var pong = ""
        for _ in 0..<50 where pong != "PONG\n" {
            usleep(100_000)
            pong = (try? redisCLI(port, ["PING"])) ?? ""
        }
        #expect(pong == "PONG\n")
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
        // What a newcomer sees (README command 1): where the desk page is, on the port it got.
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains(/Skrivbordssidan: http:\/\/127\.0\.0\.1:[1-9][0-9]*\//), "\(printed)")
        #expect(printed.contains("Frågeservern (RESP): 127.0.0.1:\(port) "), "\(printed)")
    }

    @Test func refusesAnInvalidFolder() throws {
        let folder = try copyOfShippedKnowledge()
        try "<article>".write(toFile: folder + "/articles/trasig.xml", atomically: true, encoding: .utf8)
        let result = try KBProcess.run([
            "serve", "--knowledge", folder, "--port", String(freePort()), "--log-dir",
            temporaryDirectory("logs"),
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("trasig.xml:1:"))
    }
}
