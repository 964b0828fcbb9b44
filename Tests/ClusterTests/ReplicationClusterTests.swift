import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14's "show it on this machine": one primary and two replicas (`kb serve --follow`) behind
/// HAProxy (`deploy/haproxy.cfg`, Debian's haproxy, which `.ci/run` installs) on loopback. A
/// PUBLISH reaches both replicas within 5 s; SEARCH load through HAProxy loses at most the
/// requests in flight on a replica killed with SIGKILL, and the restarted replica comes back.
@Suite struct ReplicationClusterTests {
    /// The load's length: `KB_CLUSTER_LOAD_SECONDS` (the issue asks for 60, the default).
    static let loadSeconds = Int(ProcessInfo.processInfo.environment["KB_CLUSTER_LOAD_SECONDS"] ?? "") ?? 60
    static let clients = 4
    static let deskClients = 1
    /// Requests a second per client: load enough to keep every connection busy, paced so that
    /// the rest of `swift test`, running beside it on two cores, keeps its share.
    static let rate = 50
    static let deskRate = 10
    static let token = "kluster-nyckel"

    @Test(.timeLimit(.minutes(4)))
    func replicasFollowThePrimaryAndSurviveAKillBehindHAProxy() async throws {
        let haproxy = try #require(
            Cluster.program("haproxy"),
            "haproxy is not installed (Debian: apt-get install haproxy; .ci/run does)")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cluster-\(UUID())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let cluster = Cluster(work: work)
        defer {
            cluster.children.killAll()
            if ProcessInfo.processInfo.environment["KB_CLUSTER_KEEP"] == nil {
                try? FileManager.default.removeItem(atPath: work)
            } else {
                print("cluster: work folder kept at \(work)")
            }
        }

        // The primary: a copy of the shipped folder with its history begun, PUBLISH for "admin".
        let primaryFolder = work + "/primary/Knowledge"
        try FileManager.default.createDirectory(atPath: work + "/primary", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Cluster.repositoryRoot + "/Knowledge", toPath: primaryFolder)
        for name in try FileManager.default.contentsOfDirectory(atPath: primaryFolder)
        where name.hasPrefix(".kbgit") {
            try FileManager.default.removeItem(atPath: primaryFolder + "/" + name)
        }
        let begun = try cluster.runKB(["history", "--begin", "--knowledge", primaryFolder])
        try #require(begun.status == 0, "\(begun.output)")
        try "admin \(Self.token)\n".write(toFile: work + "/tokens", atomically: true, encoding: .utf8)

        let primary = try await cluster.serve(
            "primary",
            [
                "--knowledge", primaryFolder, "--port", "0", "--http-port", "0", "--auth-file",
                work + "/tokens",
                "--log-dir", work + "/primary/Logs", "--http-rate", "0",
            ])
        var replicas: [KBServer] = []
        for number in 1...2 {
            replicas.append(
                try await cluster.serve(
                    "replica\(number)",
                    [
                        "--knowledge", work + "/replica\(number)/Knowledge", "--follow", primaryFolder,
                        "--primary", "127.0.0.1:\(primary.port)", "--follow-interval", "500",
                        "--port", "0", "--http-port", "0", "--log-dir", work + "/replica\(number)/Logs",
                        // Behind HAProxy every desk request comes from its address: the limit
                        // per client address belongs on the balancer.
                        "--http-rate", "0",
                    ]))
        }
        // Which server a connection reached is told by INFO's knowledge_folder.
        let folders = try replicas.map {
            try #require(SearchLoad.knowledgeFolder(try Loopback.command(port: $0.port, ["INFO"])))
        }
        try #require(folders[0] != folders[1])

        let balancer = try await cluster.balance(haproxy: haproxy, primary: primary, replicas: replicas)
        let everyServer = [
            "kb_resp/replica1", "kb_resp/replica2", "kb_resp/primary", "kb_primary/primary",
            "kb_desk/replica1", "kb_desk/replica2", "kb_desk/primary",
        ]
        _ = try await waitFor("HAProxy's health checks to find every server up", within: 30) {
            try balancer.all(everyServer, are: "UP")
        }

        try await publishReachesBothReplicas(
            primaryFolder: primaryFolder, replicas: replicas, balancer: balancer)
        try await searchLoadSurvivesAKill(
            cluster: cluster, replicas: replicas, folders: folders, balancer: balancer)
    }

    /// A PUBLISH through HAProxy's write port, then GET and SEARCH on each replica until both
    /// serve the new text; at most 5 s after the primary's answer.
    func publishReachesBothReplicas(primaryFolder: String, replicas: [KBServer], balancer: Cluster.Balancer)
        async throws
    {
        let original = try String(
            contentsOfFile: primaryFolder + "/articles/trygghetslarm.xml", encoding: .utf8)
        let document = original.replacingOccurrences(
            of: "<title>Trygghetslarm</title>", with: "<title>Trygghetslarm klustertest</title>")
        try #require(document != original)
        let writer = try LoopbackSocket(port: balancer.writePort)
        #expect(try writer.command(["AUTH", Self.token]) == .simple("OK"))
        let sent = ContinuousClock.now
        let published = try writer.command(["PUBLISH", document])
        let answered = ContinuousClock.now
        try #require(published.text.hasPrefix("OK published: 0 added, 1 updated"), "\(published)")

        var servedAfter: [Duration?] = Array(repeating: nil, count: replicas.count)
        _ = try await waitFor("both replicas to serve the published title", within: 5) { () -> Bool? in
            for (number, replica) in replicas.enumerated() where servedAfter[number] == nil {
                let article = try Loopback.command(port: replica.port, ["GET", "trygghetslarm"])
                let found = try Loopback.command(port: replica.port, ["SEARCH", "klustertest", "LIMIT", "3"])
                if article.text.contains("Trygghetslarm klustertest"), found.text.contains("trygghetslarm") {
                    servedAfter[number] = ContinuousClock.now - answered
                }
            }
            return servedAfter.allSatisfy { $0 != nil } ? true : nil
        }
        print(
            "cluster: PUBLISH through HAProxy answered after \(Self.seconds(answered - sent)); served by "
                + servedAfter.enumerated().map { "replica\($0.offset + 1) \(Self.seconds($0.element!))" }
                .joined(separator: ", ") + " later (follow interval 0.5 s; the bound is 5 s)")

        // The wait's deadline ran from a moment after the answer, and its last round may end
        // past it: the bound holds for the times measured.
        for (number, delay) in servedAfter.enumerated() {
            #expect(delay! <= .seconds(5), "replica\(number + 1) served the PUBLISH after \(delay!)")
        }

        // The desk page through HAProxy (round robin over the replicas) shows it too.
        for _ in replicas {
            let page = try Loopback.get(port: balancer.deskPort, "/api/articles/trygghetslarm")
            #expect(page.status == 200)
            #expect(page.body.contains("Trygghetslarm klustertest"))
        }
        // A replica refuses writes with the primary's address.
        let refused = try Loopback.command(port: replicas[0].port, ["PUBLISH", document])
        #expect(refused.isError && refused.text.hasPrefix("READONLY"))
    }

    /// SEARCH load through HAProxy's read port for `loadSeconds`; replica 1 killed with SIGKILL a
    /// third of the way in and started again once HAProxy has marked it down.
    func searchLoadSurvivesAKill(
        cluster: Cluster, replicas: [KBServer], folders: [String], balancer: Cluster.Balancer
    ) async throws {
        let load = SearchLoad(port: balancer.readPort, clients: Self.clients, rate: Self.rate)
        let desk = DeskLoad(port: balancer.deskPort, clients: Self.deskClients, rate: Self.deskRate)
        let began = ContinuousClock.now
        load.start()
        desk.start()
        defer {
            load.stop()
            desk.stop()
        }
        _ = try await waitFor("every client to reach a replica", within: 10) { () -> Bool? in
            load.clients(on: folders[0]) + load.clients(on: folders[1]) == Self.clients ? true : nil
        }
        try await Task.sleep(until: began + .seconds(Self.loadSeconds) / 3)

        let beforeKill = load.totals
        let deskBeforeKill = desk.totals
        let onKilled = load.clients(on: folders[0])
        #expect(onKilled >= 1, "HAProxy's leastconn put no client on replica1, so the kill proves nothing")
        replicas[0].child.killHard()
        let killed = ContinuousClock.now
        _ = try await waitFor("HAProxy to mark the killed replica down", within: 10) {
            try balancer.all(["kb_resp/replica1", "kb_desk/replica1"], are: "DOWN")
        }
        let markedDown = ContinuousClock.now - killed
        let restarted = try await cluster.restart(replicas[0], as: "replica1 (restarted)")
        _ = try await waitFor("HAProxy to mark the restarted replica up", within: 30) {
            try balancer.all(["kb_resp/replica1", "kb_desk/replica1"], are: "UP")
        }
        let backUp = ContinuousClock.now - killed

        try await Task.sleep(until: began + .seconds(Self.loadSeconds))
        load.stop()
        desk.stop()
        _ = try await waitFor("the clients to stop", within: 15) {
            load.isFinished && desk.isFinished ? true : nil
        }
        let totals = load.totals
        let deskTotals = desk.totals
        let rows = try balancer.servers()
        let resp = rows["kb_resp/replica1"] ?? [:]
        let http = rows["kb_desk/replica1"] ?? [:]
        print(
            """
            cluster: \(Self.loadSeconds) s of SEARCH through HAProxy over \(Self.clients) connections \
            at \(Self.rate)/s each (\(onKilled) on replica1 when it was killed at \
            \(Self.seconds(killed - began))): \(totals.sent) sent, \(totals.answered) answered, \
            \(totals.errorReplies) error replies, \(totals.failed) failed (in flight on the killed \
            replica); \(totals.connections) connections made (\(totals.closedWhileIdle) after one found \
            closed while idle); longest reply \(Int(totals.longestReplyMilliseconds)) ms; replica1 \
            marked down \(Self.seconds(markedDown)) after the kill, up again after \
            \(Self.seconds(backUp)); HAProxy retries \(resp["wretr"] ?? "?"), redispatches \
            \(resp["wredis"] ?? "?")
            cluster: desk page through HAProxy over \(Self.deskClients) client at \(Self.deskRate)/s (a new \
            connection per GET): \(deskTotals.sent) sent, \(deskTotals.answered) answered with 200, other \
            statuses \(deskTotals.otherStatuses), \(deskTotals.failed) failed; HAProxy retries \
            \(http["wretr"] ?? "?"), redispatches \(http["wredis"] ?? "?")
            """)

        #expect(beforeKill.failed == 0 && beforeKill.errorReplies == 0, "\(beforeKill)")
        #expect(totals.errorReplies == 0, "\(totals.lastError)")
        #expect(totals.refusedConnections == 0, "\(totals.lastError)")
        #expect(totals.failed <= onKilled, "\(totals.failedOn) \(totals.lastError)")
        #expect(Set(totals.failedOn.keys).isSubset(of: [folders[0]]), "\(totals.failedOn)")
        #expect(totals.sent == totals.answered + totals.errorReplies + totals.failed)
        #expect(totals.answered > Self.clients * Self.loadSeconds, "the load hardly ran: \(totals)")
        // Over HTTP a request lost in flight shows as HAProxy's 502 or a broken connection.
        #expect(deskBeforeKill.failed == 0 && deskBeforeKill.otherStatuses.isEmpty, "\(deskBeforeKill)")
        #expect(
            deskTotals.failed + deskTotals.otherStatuses.values.reduce(0, +) <= Self.deskClients,
            "\(deskTotals)")
        #expect(deskTotals.otherStatuses.keys.allSatisfy { $0 == 502 }, "\(deskTotals.otherStatuses)")
        #expect(
            deskTotals.sent == deskTotals.answered + deskTotals.otherStatuses.values.reduce(0, +)
                + deskTotals.failed)
        #expect(deskTotals.answered > Self.loadSeconds, "the desk load hardly ran: \(deskTotals)")

        // The restarted replica serves the primary's newest commit, and HAProxy sends it clients:
        // two connections held open at once land one on each replica (leastconn).
        let info = try Loopback.command(port: restarted.port, ["INFO"]).text
        #expect(info.contains("replica_in_step:1"), "\(info)")
        #expect(
            try Loopback.command(port: restarted.port, ["GET", "trygghetslarm"]).text.contains(
                "Trygghetslarm klustertest"))
        _ = try await waitFor("two connections through HAProxy to reach both replicas", within: 10) {
            () -> Bool? in
            let first = try LoopbackSocket(port: balancer.readPort)
            let second = try LoopbackSocket(port: balancer.readPort)
            let reached = try [first, second].compactMap {
                SearchLoad.knowledgeFolder(try $0.command(["INFO"]))
            }
            return Set(reached) == Set(folders) ? true : nil
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }
}
