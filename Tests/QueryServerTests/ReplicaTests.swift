import Foundation
import KnowledgeBase
import KnowledgeStorage
import Logging
import ServerRuntime
import TestSupport
import Testing

@testable import QueryServer

/// A primary folder with its history in git and a replica server following it in the same
/// test: fetched on a timer or on RELOAD, fast-forward only, validated before the swap, and
/// read-only.
@Suite(.serialized) struct ReplicaTests {
    let token = "replica-admin-token"

    /// A copy of the shipped Knowledge/ whose history has begun (one import made in-process).
    func makePrimary() throws -> KnowledgeFolder {
        let root = TemporaryFolder.make("primary") + "/Knowledge"
        try FileManager.default.createDirectory(
            atPath: (root as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Knowledge", toPath: root)
        try? FileManager.default.removeItem(atPath: root + "/.kbgit")
        let folder = KnowledgeFolder(root: root)
        try change(folder, "trygghetslarm", title: "Trygghetslarm (primär 1)")
        return folder
    }

    /// Publishes a new title for an article on the primary, as `kb import` does.
    func change(_ folder: KnowledgeFolder, _ id: String, title: String) throws {
        let delivery = TemporaryFolder.make("d")
        try FileManager.default.createDirectory(atPath: delivery, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: folder.articlePath(id), encoding: .utf8)
        let start = text.range(of: "<title>")!.upperBound
        text.replaceSubrange(start..<text.range(of: "</title>")!.lowerBound, with: title)
        try text.write(toFile: delivery + "/\(id).xml", atomically: true, encoding: .utf8)
        _ = try Publisher(folder: folder).importBatch(
            [delivery + "/\(id).xml"],
            note: ChangeNote(author: ChangeAuthor(name: "Primär"), action: "kb import"))
    }

    /// A replica server over a fresh folder following `primary`.
    /// `remote` is what `--follow` gets: by default the primary's folder.
    func makeReplica(following primary: KnowledgeFolder, remote: String? = nil, interval: Int64) throws -> (
        QueryServer, Int, String
    ) {
        let remote = remote ?? primary.root
        let root = TemporaryFolder.make("replica") + "/Knowledge"
        try ReplicaFollower.bootstrap(folder: KnowledgeFolder(root: root), remote: remote)
        let store = try KnowledgeStore(folder: KnowledgeFolder(root: root))
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        var configuration = ServerConfiguration(
            host: "127.0.0.1", port: 0, folder: KnowledgeFolder(root: root), tokens: AuthTokens([token]),
            watchIntervalMilliseconds: 0, eventLoopThreads: 2,
            logDirectory: (root as NSString).deletingLastPathComponent + "/Logs")
        configuration.follow = FollowConfiguration(
            remote: remote, primaryAddress: "10.0.0.1:7379", intervalMilliseconds: interval)
        let server = QueryServer(configuration: configuration, store: store, logger: logger)
        return (server, try server.start(), root)
    }

    /// Sends one inline command and returns its whole reply (a simple string, an error or a bulk string).
    func command(_ client: TestClient, _ line: String) -> String {
        client.send(line + "\r\n")
        var reply = client.read(until: "\r\n")
        if reply.hasPrefix("$"), let header = reply.split(separator: "\r\n").first,
            let length = Int(header.dropFirst())
        {
            let total = header.utf8.count + 2 + length + 2
            if reply.utf8.count < total { reply += client.read(atLeast: total - reply.utf8.count) }
        }
        return reply
    }

    func info(_ client: TestClient) -> [String: String] {
        var fields: [String: String] = [:]
        for line in command(client, "INFO").split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    func head(_ folder: KnowledgeFolder) throws -> String {
        try #require(try KnowledgeHistory(folder: folder).head())
    }

    /// Waits until `condition` holds, up to 20 s (checked every 20 ms), and says whether it did.
    func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    @Test func aReplicaServesWhatThePrimaryPublishesWithinSeconds() throws {
        let primary = try makePrimary()
        let (server, port, _) = try makeReplica(following: primary, interval: 100)
        defer { server.shutdown() }
        let client = try TestClient(port: port)

        var fields = info(client)
        #expect(fields["role"] == "replica")
        #expect(fields["knowledge_commit"] == (try head(primary)))
        #expect(fields["primary"] == "10.0.0.1:7379")
        #expect(command(client, "GET.JSON trygghetslarm").contains("Trygghetslarm (primär 1)"))

        try change(primary, "trygghetslarm", title: "Trygghetslarm (primär 2)")
        let published = try head(primary)
        #expect(eventually { command(client, "GET.JSON trygghetslarm").contains("Trygghetslarm (primär 2)") })
        fields = info(client)
        #expect(fields["knowledge_commit"] == published)
        #expect(fields["primary_commit"] == published)
        #expect(fields["replica_in_step"] == "1")
        let lag = Int(fields["replica_lag_seconds"] ?? "") ?? -1
        #expect((0...5).contains(lag), "the last successful fetch was \(lag) s ago")
        #expect(Int(fields["knowledge_commit_age_seconds"] ?? "") ?? -1 >= 0)
    }

    @Test func aReplicaRefusesWritesAndBadCommitsAndKeepsServing() throws {
        let primary = try makePrimary()
        // Followed through a file:// URL of its repository, fetched only on RELOAD.
        let (server, port, replicaRoot) = try makeReplica(
            following: primary, remote: "file://\(primary.root)/.kbgit", interval: 0)
        defer { server.shutdown() }
        let client = try TestClient(port: port)
        let first = try head(primary)

        // Writes go to the primary, authenticated or not.
        let readOnly = "-READONLY You can't write against a read only replica. Primary: 10.0.0.1:7379\r\n"
        #expect(command(client, "PUBLISH <article/>") == readOnly)
        #expect(command(client, "AUTH \(token)") == "+OK\r\n")
        #expect(command(client, "PUBLISH <article/>") == readOnly)

        // A commit whose folder does not validate is refused; the old snapshot keeps serving.
        let broken = primary.articles + "/trasig.xml"
        try "<article xmlns=\"urn:vagvisare:article:1\" id=\"trasig\"><title>x</title></article>\n".write(
            toFile: broken, atomically: true, encoding: .utf8)
        try git(primary, ["add", "articles/trasig.xml"])
        try git(primary, ["commit", "-q", "-m", "trasig artikel"])
        let bad = try head(primary)
        let refused = command(client, "RELOAD")
        #expect(refused.hasPrefix("-ERR the primary's commit \(bad.prefix(12)) was refused"), "\(refused)")
        #expect(refused.contains("does not validate"))
        var fields = info(client)
        #expect(fields["knowledge_commit"] == first)
        #expect(fields["primary_commit"] == bad)
        #expect(fields["replica_refused_commit"] == bad)
        #expect(fields["replica_in_step"] == "0")
        #expect(!FileManager.default.fileExists(atPath: replicaRoot + "/articles/trasig.xml"))
        #expect(command(client, "GET.JSON trygghetslarm").contains("Trygghetslarm (primär 1)"))

        // Once the primary repairs it, the replica moves on.
        try git(primary, ["rm", "-q", "articles/trasig.xml"])
        try git(primary, ["commit", "-q", "-m", "bort med den"])
        try change(primary, "trygghetslarm", title: "Trygghetslarm (lagad)")
        let repaired = try head(primary)
        #expect(command(client, "RELOAD") == "+OK reloaded the primary's commit \(repaired.prefix(12))\r\n")
        #expect(command(client, "RELOAD") == "+OK up to date with the primary at \(repaired.prefix(12))\r\n")
        #expect(command(client, "GET.JSON trygghetslarm").contains("Trygghetslarm (lagad)"))
        fields = info(client)
        #expect(fields["knowledge_commit"] == repaired)
        #expect(fields["replica_refused_commit"] == "none")

        // A rewritten history on the primary is not followed: fast-forward only.
        try git(primary, ["reset", "-q", "--hard", "HEAD~1"])
        try change(primary, "trygghetslarm", title: "Trygghetslarm (omskriven)")
        let rewritten = try head(primary)
        let notForward = command(client, "RELOAD")
        #expect(notForward.contains("not a fast-forward"), "\(notForward)")
        fields = info(client)
        #expect(fields["knowledge_commit"] == repaired)
        #expect(fields["replica_refused_commit"] == rewritten)
        #expect(command(client, "GET.JSON trygghetslarm").contains("Trygghetslarm (lagad)"))
    }

    @Test func publishOverTheServerCommitsAsTheTokensOwner() throws {
        let primary = try makePrimary()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let configuration = ServerConfiguration(
            host: "127.0.0.1", port: 0, folder: primary,
            tokens: AuthTokens(scoped: [(.owner("forskoleforvaltningen"), "forskola-token")]),
            watchIntervalMilliseconds: 0, eventLoopThreads: 2,
            logDirectory: (primary.root as NSString).deletingLastPathComponent + "/Logs")
        let server = QueryServer(
            configuration: configuration, store: try KnowledgeStore(folder: primary), logger: logger)
        let port = try server.start()
        defer { server.shutdown() }
        let client = try TestClient(port: port)
        var text = try String(contentsOfFile: primary.articlePath("forskola-ansokan"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<title>", with: "<title>Nytt: ")
        client.send("AUTH forskola-token\r\n*2\r\n$7\r\nPUBLISH\r\n$\(text.utf8.count)\r\n\(text)\r\n")
        let reply = client.read(until: "(revision 1 → 2)")
        #expect(reply.contains("+OK published"))
        #expect(
            try git(primary, ["log", "-1", "--format=%an|%s"])
                == "forskoleforvaltningen|PUBLISH: 0 tillagda, 1 uppdaterade, 0 oförändrade")
        #expect(info(client)["knowledge_commit"] == (try head(primary)))
        #expect(info(client)["role"] == "primary")
    }
}

/// Runs git on a knowledge folder's history (`.kbgit`), never on the project's repository.
@discardableResult
func git(_ folder: KnowledgeFolder, _ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_AUTHOR_NAME"] = "Hand"
    environment["GIT_AUTHOR_EMAIL"] = "hand@example.org"
    environment["GIT_COMMITTER_NAME"] = "Hand"
    environment["GIT_COMMITTER_EMAIL"] = "hand@example.org"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["--git-dir=\(folder.root)/.kbgit", "--work-tree=\(folder.root)"] + arguments
    process.environment = environment
    process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw POSIXError(.EIO) }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
