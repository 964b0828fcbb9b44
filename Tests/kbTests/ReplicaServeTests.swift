import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kb serve --follow` as a process: a replica of a primary folder, read-only, in step.
@Suite struct ReplicaServeTests {
    /// Reads the child's standard output until the query server's line, and returns its port.
    func readPort(from output: Pipe) -> Int? {
        var text = ""
        while !text.contains("Frågeservern (RESP): ") || !text.hasSuffix("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Frågeservern (RESP): ") }),
            let address = line.split(separator: " ").first(where: { $0.contains("127.0.0.1:") })
        else { return nil }
        return Int(address.split(separator: ":").last!)
    }

    func redisCLI(_ port: Int, _ arguments: [String]) throws -> String {
        try KBProcess.run(
            executable: "/usr/bin/env", ["redis-cli", "-p", String(port)] + arguments,
            environment: ProcessInfo.processInfo.environment
        ).stdout
    }

    @Test func aReplicaFollowsItsPrimaryAndRefusesWrites() throws {
        let primary = try copyOfShippedKnowledge()
        let delivery = temporaryDirectory("delivery")
        let text = try String(contentsOfFile: primary + "/articles/trygghetslarm.xml", encoding: .utf8)
        try text.replacingOccurrences(of: "<title>Trygghetslarm", with: "<title>Trygghetslarm på primären")
            .write(toFile: delivery + "/trygghetslarm.xml", atomically: true, encoding: .utf8)
        #expect(try KBProcess.run(["import", "--knowledge", primary, delivery]).status == 0)
        let primaryHead = try git(primary, ["rev-parse", "HEAD"])

        let replica = temporaryDirectory("replica") + "/Knowledge"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KBProcess.executable)
        process.arguments = [
            "serve", "--knowledge", replica, "--follow", primary, "--primary", "primar.example:7379",
            "--follow-interval", "200", "--port", "0", "--no-http", "--log-dir", temporaryDirectory("logs"),
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        let port = try #require(readPort(from: output))
        #expect(try redisCLI(port, ["GET", "trygghetslarm"]).contains("Trygghetslarm på primären"))
        let info = try redisCLI(port, ["INFO"])
        #expect(info.contains("role:replica"))
        #expect(info.contains("knowledge_commit:\(primaryHead)"))
        #expect(
            try redisCLI(port, ["PUBLISH", "<article/>"]).trimmingCharacters(in: .newlines)
                == "READONLY You can't write against a read only replica. Primary: primar.example:7379")
        #expect(try git(replica, ["rev-parse", "HEAD"]) == primaryHead)
    }

    @Test func aPrimaryWithoutHistoryCannotBeFollowed() throws {
        let primary = try copyOfShippedKnowledge()
        let replica = temporaryDirectory("replica") + "/Knowledge"
        let result = try KBProcess.run([
            "serve", "--knowledge", replica, "--follow", primary, "--port", "0", "--no-http",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kan inte hämta kunskapsmappen från primären"))
    }
}
