import Foundation
import Synchronization

/// SEARCH load through HAProxy: each client, on a thread of its own, keeps one connection, sends
/// one request at a time at `rate` requests a second (0: as fast as the answers come), and
/// reconnects (after `reconnectDelay`) when its connection breaks or was closed while idle. On
/// every new connection it asks INFO first, whose `knowledge_folder` says which kb server HAProxy
/// chose, so a failure can be laid at that server's door. Counts requests sent, answered, error replies and failures
/// (a request whose connection broke, or that got no reply within the socket timeout).
final class SearchLoad: Sendable {
    struct Totals {
        var sent = 0
        var answered = 0
        var errorReplies = 0
        var failed = 0
        /// Failed requests by the knowledge folder of the server their connection had reached.
        var failedOn: [String: Int] = [:]
        var connections = 0
        /// Idle connections found closed by the far side and replaced before a request was sent.
        var closedWhileIdle = 0
        /// Connections to HAProxy that could not be made (HAProxy itself refusing).
        var refusedConnections = 0
        var longestReplyMilliseconds = 0.0
        var lastError = ""
    }

    static let queries: [[String]] = [
        ["SEARCH", "dagis", "kö", "LIMIT", "3"], ["SEARCH", "trygghetslarm", "LIMIT", "3"],
        ["SEARCH", "skriva", "ut", "kontoutdrag", "LIMIT", "3"],
        ["SEARCH", "bygglov", "friggebod", "LIMIT", "3"],
    ]

    /// How long a client waits after losing its connection before it connects again.
    static let reconnectDelay = Duration.milliseconds(100)

    let port: Int
    let clients: Int
    let rate: Int
    private let state = Mutex(Totals())
    /// The server each client's current connection reached (its knowledge folder), nil between
    /// connections.
    private let servers: Mutex<[String?]>
    private let stopping = Atomic(false)
    private let running = Atomic(0)

    init(port: Int, clients: Int, rate: Int) {
        self.port = port
        self.clients = clients
        self.rate = rate
        servers = Mutex(Array(repeating: nil, count: clients))
    }

    var totals: Totals { state.withLock { $0 } }
    var isFinished: Bool { running.load(ordering: .acquiring) == 0 }

    /// How many clients are connected to the server with this knowledge folder now.
    func clients(on folder: String) -> Int {
        servers.withLock { $0.filter { $0 == folder }.count }
    }

    func start() {
        running.store(clients, ordering: .releasing)
        for number in 0..<clients {
            let thread = Thread { [self] in
                run(number)
                running.subtract(1, ordering: .releasing)
            }
            thread.start()
        }
    }

    /// The clients finish their requests in flight and stop.
    func stop() { stopping.store(true, ordering: .releasing) }

    private func run(_ number: Int) {
        var connection: LoopbackSocket?
        var server: String?
        var sent = 0
        var lost: ContinuousClock.Instant?
        let began = ContinuousClock.now
        while !stopping.load(ordering: .acquiring) {
            if rate > 0 {
                let due = began + .milliseconds(sent * 1000 / rate)
                if due > ContinuousClock.now { Thread.sleep(forTimeInterval: Self.seconds(due - .now)) }
            }
            if let open = connection, open.isClosedByPeer {
                state.withLock { $0.closedWhileIdle += 1 }
                servers.withLock { $0[number] = nil }
                connection = nil
                server = nil
                lost = .now
            }
            if connection == nil {
                // A killed kb's connections close a moment before its listening socket does:
                // reconnecting at once can reach the dying process through HAProxy and lose one
                // more request, so a client waits a little first, as Redis clients do.
                if let lost, lost + Self.reconnectDelay > .now {
                    Thread.sleep(forTimeInterval: Self.seconds(lost + Self.reconnectDelay - .now))
                }
                do {
                    connection = try LoopbackSocket(port: port)
                    state.withLock { $0.connections += 1 }
                } catch {
                    state.withLock {
                        $0.refusedConnections += 1
                        $0.lastError = "\(error)"
                    }
                    continue
                }
            }
            let arguments = server == nil ? ["INFO"] : Self.queries[sent % Self.queries.count]
            sent += 1
            state.withLock { $0.sent += 1 }
            let started = ContinuousClock.now
            do {
                let reply = try connection!.command(arguments)
                let milliseconds = Self.seconds(ContinuousClock.now - started) * 1000
                if server == nil, let folder = Self.knowledgeFolder(reply) {
                    server = folder
                    servers.withLock { $0[number] = folder }
                }
                state.withLock {
                    if reply.isError {
                        $0.errorReplies += 1
                        $0.lastError = reply.text
                    } else {
                        $0.answered += 1
                    }
                    $0.longestReplyMilliseconds = max($0.longestReplyMilliseconds, milliseconds)
                }
            } catch {
                state.withLock {
                    $0.failed += 1
                    $0.failedOn[server ?? "(unknown server)", default: 0] += 1
                    $0.lastError = "\(error)"
                }
                servers.withLock { $0[number] = nil }
                connection = nil
                server = nil
                lost = .now
            }
        }
        servers.withLock { $0[number] = nil }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// INFO's `knowledge_folder:` value.
    static func knowledgeFolder(_ reply: RESPReply) -> String? {
        reply.text.split(whereSeparator: \.isNewline)
            .first { $0.hasPrefix("knowledge_folder:") }
            .map { String($0.dropFirst("knowledge_folder:".count)) }
    }
}

/// Desk-page load through HAProxy's HTTP front end: each client, on a thread of its own, sends
/// one GET at a time, `rate` a second (0: as fast as the answers come), on a new connection
/// (`Connection: close`), so HAProxy spreads them over the replicas round robin. Counts requests
/// sent, answered (200), other statuses, and failures.
final class DeskLoad: Sendable {
    struct Totals {
        var sent = 0
        var answered = 0
        var otherStatuses: [Int: Int] = [:]
        var failed = 0
        var lastError = ""
    }

    static let paths = [
        "/api/search?q=dagis+k%C3%B6", "/api/articles/trygghetslarm", "/api/search?q=bygglov+friggebod",
    ]

    let port: Int
    let clients: Int
    let rate: Int
    private let state = Mutex(Totals())
    private let stopping = Atomic(false)
    private let running = Atomic(0)

    init(port: Int, clients: Int, rate: Int) {
        self.port = port
        self.clients = clients
        self.rate = rate
    }

    var totals: Totals { state.withLock { $0 } }
    var isFinished: Bool { running.load(ordering: .acquiring) == 0 }

    func start() {
        running.store(clients, ordering: .releasing)
        for _ in 0..<clients {
            let thread = Thread { [self] in
                var sent = 0
                let began = ContinuousClock.now
                while !stopping.load(ordering: .acquiring) {
                    if rate > 0 {
                        let due = began + .milliseconds(sent * 1000 / rate)
                        if due > ContinuousClock.now {
                            Thread.sleep(forTimeInterval: SearchLoad.seconds(due - .now))
                        }
                    }
                    let path = Self.paths[sent % Self.paths.count]
                    sent += 1
                    state.withLock { $0.sent += 1 }
                    do {
                        let (status, _) = try Loopback.get(port: port, path)
                        state.withLock {
                            if status == 200 {
                                $0.answered += 1
                            } else {
                                $0.otherStatuses[status, default: 0] += 1
                            }
                        }
                    } catch {
                        state.withLock {
                            $0.failed += 1
                            $0.lastError = "\(error)"
                        }
                    }
                }
                running.subtract(1, ordering: .releasing)
            }
            thread.start()
        }
    }

    func stop() { stopping.store(true, ordering: .releasing) }
}
