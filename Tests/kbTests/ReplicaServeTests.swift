import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kb serve --follow` as a process: a replica of a primary folder, read-only, in step.
@Suite struct ReplicaServeTests {
    /// The query server's port, from what the child prints once it listens.
    func readPort(from output: Pipe) -> Int? {
        ServeAnnouncement.read(from: output.fileHandleForReading)?.respPort
    }

    func redisCLI(_ port: Int, _ arguments: [String]) throws -> String {
        try RedisCLI.run(port: port, arguments).output
    }

    /// An "ssh" that runs the remote command here: the ssh transport without an ssh server.
    func fakeSSH() throws -> String {
        let path = temporaryDirectory("ssh") + "/fake-ssh"
        try """
        #!/bin/sh
        # Drops ssh's options and the host, then runs the command git asked the far side to run.
        while [ $# -gt 1 ]; do
            case "$1" in -o|-p|-i|-l) shift 2 ;; -*) shift ;; *) shift; break ;; esac
        done
        echo used >> "$(dirname "$0")/calls"
        exec sh -c "$1"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// The primary followed over the ssh transport (`host:path`), with the operator's
    /// GIT_SSH_COMMAND, as the replica's systemd unit sets it.
    @Test func aReplicaFollowsOverSSH() throws {
        let primary = try copyOfShippedKnowledge()
        #expect(try KBProcess.run(["history", "--knowledge", primary, "--begin"]).status == 0)
        let ssh = try fakeSSH()
        let replica = temporaryDirectory("replica") + "/Knowledge"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KBProcess.executable)
        process.arguments = [
            "serve", "--knowledge", replica, "--follow", "primar.example:\(primary)/.kbgit", "--port", "0",
            "--no-http", "--follow-interval", "0", "--log-dir", temporaryDirectory("logs"),
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_SSH_COMMAND"] = ssh
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        let port = try #require(readPort(from: output))
        #expect(
            try redisCLI(port, ["INFO"]).contains(
                "knowledge_commit:\(try git(primary, ["rev-parse", "HEAD"]))"))
        let calls = try String(
            contentsOfFile: (ssh as NSString).deletingLastPathComponent + "/calls", encoding: .utf8)
        #expect(calls.split(separator: "\n").count >= 1, "the fetch did not go through GIT_SSH_COMMAND")
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
