import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14's "show it on this machine": one primary and two replicas (`kb serve --follow`) behind
/// HAProxy (`deploy/haproxy.cfg`, Debian's haproxy, which `.ci/run` installs) on loopback. A
/// PUBLISH reaches both replicas within 5 s; SEARCH load through HAProxy loses at most the
/// requests in flight on a replica killed with SIGKILL, and the restarted replica comes back.
///
/// The cluster runs on a thread of its own (`ClusterRun`), which gives back what it saw; the
/// expectations are checked here. Polled from the cooperative pool, the waits were delayed by
/// tests that hold its threads for minutes (the browser test), and the delays measured with them.
@Suite struct ReplicationClusterTests {
    // No time limit trait: the test's time counts the wait for a pool thread to resume it, which
    // other tests can hold for minutes. Every wait in the run has its own deadline, every socket
    // a 10 s timeout, and the run takes about 70 s.
    @Test func replicasFollowThePrimaryAndSurviveAKillBehindHAProxy() async throws {
        let haproxy = try #require(
            Cluster.program("haproxy"),
            "haproxy is not installed (Debian: apt-get install haproxy; .ci/run does)")
        let seen = try await onThreadOfItsOwn { try ClusterRun.run(haproxy: haproxy) }

        // 1. The PUBLISH, on both replicas within 5 s of the primary's answer.
        for (number, delay) in seen.servedAfter.enumerated() {
            #expect(delay <= .seconds(5), "replica\(number + 1) served the PUBLISH after \(delay)")
        }
        #expect(seen.deskPages.count == 2)
        for page in seen.deskPages {
            #expect(page.status == 200)
            #expect(page.body.contains("Trygghetslarm klustertest"))
        }
        #expect(
            seen.replicaPublish.isError && seen.replicaPublish.text.hasPrefix("READONLY"),
            "\(seen.replicaPublish)")

        // 2. The load and the kill.
        let (load, desk) = (seen.load, seen.desk)
        #expect(
            seen.onKilled >= 1, "HAProxy's leastconn put no client on replica1, so the kill proves nothing")
        #expect(
            seen.loadBeforeKill.failed == 0 && seen.loadBeforeKill.errorReplies == 0, "\(seen.loadBeforeKill)"
        )
        #expect(load.errorReplies == 0, "\(load.lastError)")
        #expect(load.refusedConnections == 0, "\(load.lastError)")
        #expect(load.failed <= seen.onKilled, "\(load.failedOn) \(load.lastError)")
        #expect(Set(load.failedOn.keys).isSubset(of: [seen.folders[0]]), "\(load.failedOn)")
        #expect(load.sent == load.answered + load.errorReplies + load.failed)
        #expect(load.answered > ClusterRun.clients * ClusterRun.loadSeconds, "the load hardly ran: \(load)")
        // Over HTTP a request lost in flight shows as HAProxy's 502 or a broken connection.
        #expect(
            seen.deskBeforeKill.failed == 0 && seen.deskBeforeKill.otherStatuses.isEmpty,
            "\(seen.deskBeforeKill)")
        let deskLost = desk.failed + desk.otherStatuses.values.reduce(0, +)
        #expect(deskLost <= ClusterRun.deskClients, "\(desk)")
        #expect(desk.otherStatuses.keys.allSatisfy { $0 == 502 }, "\(desk.otherStatuses)")
        #expect(desk.sent == desk.answered + deskLost)
        #expect(desk.answered > ClusterRun.loadSeconds, "the desk load hardly ran: \(desk)")

        // 3. The restarted replica is in step and gets clients through HAProxy again.
        #expect(seen.restartedInfo.contains("replica_in_step:1"), "\(seen.restartedInfo)")
        #expect(seen.restartedArticle.contains("Trygghetslarm klustertest"))
        #expect(
            Set(seen.reachedAfterRestart) == Set(seen.folders),
            "\(seen.reachedAfterRestart) \(seen.reachedAfterRestartWhy)")
    }
}

/// What the cluster run saw, for the test's expectations.
struct ClusterSeen: Sendable {
    var folders: [String] = []
    var servedAfter: [Duration] = []
    var deskPages: [(status: Int, body: String)] = []
    var replicaPublish = RESPReply.simple("")
    var onKilled = 0
    var loadBeforeKill = SearchLoad.Totals()
    var deskBeforeKill = DeskLoad.Totals()
    var load = SearchLoad.Totals()
    var desk = DeskLoad.Totals()
    var restartedInfo = ""
    var restartedArticle = ""
    var reachedAfterRestart: [String] = []
    var reachedAfterRestartWhy = ""
}

/// The loopback cluster from start to end, on the calling thread (it blocks): sets it up, makes
/// the PUBLISH and the load with the kill, prints the figures, stops every process however it
/// ends, and gives back what it saw. It throws when a step cannot go on (a server that does not
/// start, a condition not met in time).
enum ClusterRun {
    /// The load's length: `KB_CLUSTER_LOAD_SECONDS` (the issue asks for 60, the default).
    static let loadSeconds = Int(ProcessInfo.processInfo.environment["KB_CLUSTER_LOAD_SECONDS"] ?? "") ?? 60
    static let clients = 4
    static let deskClients = 1
    /// Requests a second per client: load enough to keep every connection busy, paced so that
    /// the rest of `swift test`, running beside it on two cores, keeps its share.
    static let rate = 50
    static let deskRate = 10
    static let token = "kluster-nyckel"

    static func run(haproxy: String) throws -> ClusterSeen {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cluster-\(UUID())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let cluster = Cluster(work: work)
        defer {
            cluster.children.killAll()
            if ProcessInfo.processInfo.environment["KB_CLUSTER_KEEP"] == nil {
                try? FileManager.default.removeItem(atPath: work)
            } else {
                for child in cluster.children.all {
                    try? child.output.text.write(
                        toFile: work + "/\(child.name)-\(child.pid).log", atomically: true, encoding: .utf8)
                }
                print("cluster: work folder kept at \(work), with each process's output")
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
        guard begun.status == 0 else {
            throw WaitTimedOut(description: "kb history --begin: \(begun.output)")
        }
        try "admin \(Self.token)\n".write(toFile: work + "/tokens", atomically: true, encoding: .utf8)

        // Behind HAProxy every desk request comes from its address: the limit per client address
        // belongs on the balancer (--http-rate 0, as deploy/vagvisare.env.example has it).
        let primary = try cluster.serve(
            "primary",
            [
                "--knowledge", primaryFolder, "--port", "0", "--http-port", "0", "--auth-file",
                work + "/tokens",
                "--log-dir", work + "/primary/Logs", "--http-rate", "0",
            ])
        var replicas: [KBServer] = []
        for number in 1...2 {
            replicas.append(
                try cluster.serve(
                    "replica\(number)",
                    [
                        "--knowledge", work + "/replica\(number)/Knowledge", "--follow", primaryFolder,
                        "--primary", "127.0.0.1:\(primary.port)", "--follow-interval", "500",
                        "--port", "0", "--http-port", "0", "--log-dir", work + "/replica\(number)/Logs",
                        "--http-rate", "0",
                    ]))
        }
        var seen = ClusterSeen()
        // Which server a connection reached is told by INFO's knowledge_folder.
        seen.folders = try replicas.map {
            guard let folder = SearchLoad.knowledgeFolder(try Loopback.command(port: $0.port, ["INFO"]))
            else {
                throw WaitTimedOut(description: "INFO has no knowledge_folder")
            }
            return folder
        }

        let balancer = try cluster.balance(haproxy: haproxy, primary: primary, replicas: replicas)
        let everyServer = [
            "kb_resp/replica1", "kb_resp/replica2", "kb_resp/primary", "kb_primary/primary",
            "kb_desk/replica1", "kb_desk/replica2", "kb_desk/primary",
        ]
        _ = try waitFor("HAProxy's health checks to find every server up", within: 30) {
            try balancer.all(everyServer, are: "UP")
        }

        try publish(primaryFolder: primaryFolder, replicas: replicas, balancer: balancer, into: &seen)
        try loadAndKill(cluster: cluster, replicas: replicas, balancer: balancer, into: &seen)
        return seen
    }

    /// A PUBLISH through HAProxy's write port, then GET and SEARCH on each replica until both
    /// serve the new text (given up 10 s after the primary's answer; the test's bound is 5 s).
    static func publish(
        primaryFolder: String, replicas: [KBServer], balancer: Cluster.Balancer, into seen: inout ClusterSeen
    ) throws {
        let original = try String(
            contentsOfFile: primaryFolder + "/articles/trygghetslarm.xml", encoding: .utf8)
        let document = original.replacingOccurrences(
            of: "<title>Trygghetslarm</title>", with: "<title>Trygghetslarm klustertest</title>")
        guard document != original else { throw WaitTimedOut(description: "trygghetslarm's title changed") }
        let writer = try LoopbackSocket(port: balancer.writePort)
        let auth = try writer.command(["AUTH", Self.token])
        guard auth == .simple("OK") else { throw WaitTimedOut(description: "AUTH: \(auth)") }
        let sent = ContinuousClock.now
        let published = try writer.command(["PUBLISH", document])
        let answered = ContinuousClock.now
        guard published.text.hasPrefix("OK published: 0 added, 1 updated") else {
            throw WaitTimedOut(description: "PUBLISH: \(published)")
        }

        var servedAfter: [Duration?] = Array(repeating: nil, count: replicas.count)
        _ = try waitFor("both replicas to serve the published title", within: 10) { () -> Bool? in
            for (number, replica) in replicas.enumerated() where servedAfter[number] == nil {
                let article = try Loopback.command(port: replica.port, ["GET", "trygghetslarm"])
                let found = try Loopback.command(port: replica.port, ["SEARCH", "klustertest", "LIMIT", "3"])
                if article.text.contains("Trygghetslarm klustertest"), found.text.contains("trygghetslarm") {
                    servedAfter[number] = ContinuousClock.now - answered
                }
            }
            return servedAfter.allSatisfy { $0 != nil } ? true : nil
        }
        seen.servedAfter = servedAfter.map { $0! }
        print(
            "cluster: PUBLISH through HAProxy answered after \(seconds(answered - sent)); served by "
                + seen.servedAfter.enumerated().map { "replica\($0.offset + 1) \(seconds($0.element))" }
                .joined(separator: ", ") + " later (follow interval 0.5 s; the bound is 5 s)")

        // The desk page through HAProxy (round robin over the replicas) shows it too, and a
        // replica refuses writes with the primary's address.
        seen.deskPages = try replicas.map { _ in
            try Loopback.get(port: balancer.deskPort, "/api/articles/trygghetslarm")
        }
        seen.replicaPublish = try Loopback.command(port: replicas[0].port, ["PUBLISH", document])
    }

    /// SEARCH load through HAProxy's read port and desk GETs through its HTTP port for
    /// `loadSeconds`; replica 1 killed with SIGKILL a third of the way in and started again once
    /// HAProxy has marked it down.
    static func loadAndKill(
        cluster: Cluster, replicas: [KBServer], balancer: Cluster.Balancer, into seen: inout ClusterSeen
    ) throws {
        let folders = seen.folders
        let load = SearchLoad(port: balancer.readPort, clients: Self.clients, rate: Self.rate)
        let desk = DeskLoad(port: balancer.deskPort, clients: Self.deskClients, rate: Self.deskRate)
        let began = ContinuousClock.now
        load.start()
        desk.start()
        defer {
            load.stop()
            desk.stop()
        }
        _ = try waitFor("every client to reach a replica", within: 10) { () -> Bool? in
            load.clients(on: folders[0]) + load.clients(on: folders[1]) == Self.clients ? true : nil
        }
        sleep(until: began + .seconds(Self.loadSeconds) / 3)

        seen.loadBeforeKill = load.totals
        seen.deskBeforeKill = desk.totals
        seen.onKilled = load.clients(on: folders[0])
        replicas[0].child.killHard()
        let killed = ContinuousClock.now
        _ = try waitFor("HAProxy to mark the killed replica down", within: 10) {
            try balancer.all(["kb_resp/replica1", "kb_desk/replica1"], are: "DOWN")
        }
        let markedDown = ContinuousClock.now - killed
        let restarted = try cluster.restart(replicas[0], as: "replica1 (restarted)")
        _ = try waitFor("HAProxy to mark the restarted replica up", within: 30) {
            try balancer.all(["kb_resp/replica1", "kb_desk/replica1"], are: "UP")
        }
        let backUp = ContinuousClock.now - killed

        sleep(until: began + .seconds(Self.loadSeconds))
        load.stop()
        desk.stop()
        _ = try waitFor("the clients to stop", within: 15) { load.isFinished && desk.isFinished ? true : nil }
        seen.load = load.totals
        seen.desk = desk.totals
        let rows = try balancer.servers()
        let resp = rows["kb_resp/replica1"] ?? [:]
        let http = rows["kb_desk/replica1"] ?? [:]
        let (totals, deskTotals) = (seen.load, seen.desk)
        print(
            """
            cluster: \(Self.loadSeconds) s of SEARCH through HAProxy over \(Self.clients) connections \
            at \(Self.rate)/s each (\(seen.onKilled) on replica1 when it was killed at \
            \(seconds(killed - began))): \(totals.sent) sent, \(totals.answered) answered, \
            \(totals.errorReplies) error replies, \(totals.failed) failed (in flight on the killed \
            replica); \(totals.connections) connections made (\(totals.closedWhileIdle) after one found \
            closed while idle); longest reply \(Int(totals.longestReplyMilliseconds)) ms; replica1 \
            marked down \(seconds(markedDown)) after the kill, up again after \
            \(seconds(backUp)); HAProxy retries \(resp["wretr"] ?? "?"), redispatches \
            \(resp["wredis"] ?? "?")
            cluster: desk page through HAProxy over \(Self.deskClients) client at \(Self.deskRate)/s (a new \
            connection per GET): \(deskTotals.sent) sent, \(deskTotals.answered) answered with 200, other \
            statuses \(deskTotals.otherStatuses), \(deskTotals.failed) failed; HAProxy retries \
            \(http["wretr"] ?? "?"), redispatches \(http["wredis"] ?? "?")
            """)

        // The restarted replica serves the primary's newest commit, and HAProxy sends it clients:
        // connections held open at once reach both replicas (leastconn sends each new one to the
        // replica with fewer sessions; connections the load left open may hold some on one
        // replica, so up to eight are opened, each kept until the check ends).
        seen.restartedInfo = try Loopback.command(port: restarted.port, ["INFO"]).text
        seen.restartedArticle = try Loopback.command(port: restarted.port, ["GET", "trygghetslarm"]).text
        var lastReached: [String] = []
        do {
            seen.reachedAfterRestart = try waitFor(
                "connections through HAProxy to reach both replicas", within: 30
            ) { () -> [String]? in
                var held: [LoopbackSocket] = []
                lastReached = []
                while held.count < 8 && Set(lastReached) != Set(folders) {
                    let socket = try LoopbackSocket(port: balancer.readPort)
                    held.append(socket)
                    if let folder = SearchLoad.knowledgeFolder(try socket.command(["INFO"])) {
                        lastReached.append(folder)
                    }
                }
                return Set(lastReached) == Set(folders) ? lastReached : nil
            }
        } catch {
            // What HAProxy thought of the replicas then, for the expectation's message.
            let rows = (try? balancer.servers()) ?? [:]
            let states = ["kb_resp/replica1", "kb_resp/replica2"].map { name in
                let row = rows[name] ?? [:]
                return "\(name) \(row["status"] ?? "?") check \(row["check_status"] ?? "?") "
                    + "current sessions \(row["scur"] ?? "?")"
            }
            seen.reachedAfterRestart = lastReached
            seen.reachedAfterRestartWhy = "\(error); HAProxy: \(states.joined(separator: "; "))"
        }
    }

    /// Blocks until `deadline` (the load's own length: the one wait that is not on a condition).
    static func sleep(until deadline: ContinuousClock.Instant) {
        let left = deadline - .now
        if left > .zero { Thread.sleep(forTimeInterval: SearchLoad.seconds(left)) }
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f s", SearchLoad.seconds(duration))
    }
}
