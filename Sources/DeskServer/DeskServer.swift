import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServerRuntime

/// The desk page: search in a web browser for guides and librarians, over HTTP on the same
/// event loops as `kb serve`'s RESP port.
///
/// Exists because guides and librarians work in a browser. It serves the search page (which
/// works with JavaScript off), article pages with feedback, and a small JSON API the page uses.
public enum DeskServer {
    /// Binds the desk page to `host:port` beside the RESP port's `runtime` (its event loops,
    /// executors, tokens and query log); returns the port bound. `rate` caps
    /// requests per second per client address (0: no cap).
    @discardableResult
    public static func start(
        beside runtime: ServerRuntime, host: String, port: Int, rate: Double = 50,
        options: DeskOptions = DeskOptions(), logger: Logger
    )
        throws -> Int
    {
        let connections = ConnectionLimiter(
            maxConnections: options.maxConnections, maxPerAddress: options.maxConnectionsPerAddress)
        let refusals = LogThrottle()
        let context = DeskContext(
            store: runtime.store, queryLog: runtime.queryLog,
            clickLog: clickLog(beside: runtime),
            feedback: FeedbackStore(directory: runtime.logDirectory),
            executors: runtime.executors, logger: logger, tokens: runtime.tokens,
            authLimiter: runtime.authLimiter, sessions: OwnerSessions(),
            logDirectory: runtime.logDirectory, events: runtime.events, options: options,
            limiter: RequestLimiter(
                rate: rate > 0 ? rate : .infinity, burst: rate > 0 ? max(200, rate * 4) : .infinity))
        let bootstrap = ServerBootstrap(group: runtime.group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let address = channel.remoteAddress?.ipAddress ?? "?"
                if let refusal = connections.open(address) {
                    if let held = refusals.admit() {
                        logger.warning(
                            "desk connection refused",
                            metadata: [
                                "address": "\(address)", "why": "\(refusal)",
                                "refused_since_last_line": "\(held)",
                            ])
                    }
                    let text = "För många anslutningar; försök igen om en stund.\n"
                    let reply =
                        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Length: \(text.utf8.count)\r\nConnection: close\r\nRetry-After: 5\r\n\r\n"
                        + text
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(RefusingHandler(reply: reply))
                    }
                }
                channel.closeFuture.whenComplete { _ in connections.close(address) }
                return channel.eventLoop.makeCompletedFuture {
                    let clock = ClockState()
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(RequestStartWatch(state: clock))
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(
                        RequestClock(
                            state: clock, idle: .seconds(options.idleTimeoutSeconds),
                            request: .seconds(options.requestTimeoutSeconds)))
                    try pipeline.addHandler(DeskHandler(context: context))
                }
            }
        let listener = try bootstrap.bind(host: host, port: port).wait()
        runtime.adopt(listener)
        let bound = listener.localAddress?.port ?? port
        logger.info("desk page listening", metadata: ["address": "\(host):\(bound)"])
        return bound
    }
}

/// How the desk page protects itself and where it is reached.
public struct DeskOptions: Sendable {
    /// Most connections at once, and from one client address.
    public var maxConnections: Int
    public var maxConnectionsPerAddress: Int
    /// Seconds a connection may wait before its next request begins.
    public var idleTimeoutSeconds: Int64
    /// Seconds a request may take to arrive whole, from its first byte (head and body).
    public var requestTimeoutSeconds: Int64
    /// The address people reach the page at (`https://kb.malmo.se`), when a proxy stands in
    /// front; an `https` one makes the login cookie `Secure`, and its origin is accepted for
    /// forms.
    public var publicURL: String?
    /// Whether to believe a proxy's `X-Forwarded-Proto: https` (only behind a proxy that sets
    /// it; a client could send it too).
    public var trustForwardedProto: Bool

    public init(
        maxConnections: Int = 1024, maxConnectionsPerAddress: Int = 256, idleTimeoutSeconds: Int64 = 60,
        requestTimeoutSeconds: Int64 = 10, publicURL: String? = nil, trustForwardedProto: Bool = false
    ) {
        self.maxConnections = maxConnections
        self.maxConnectionsPerAddress = maxConnectionsPerAddress
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.publicURL = publicURL
        self.trustForwardedProto = trustForwardedProto
    }

    /// `scheme://host[:port]` of `publicURL`, lower-cased.
    var publicOrigin: String? {
        guard let url = publicURL?.lowercased(), let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        return String(url[..<schemeEnd.upperBound]) + rest.prefix { $0 != "/" }
    }
}

/// What the desk page's handlers share.
struct DeskContext: Sendable {
    let store: KnowledgeStore
    let queryLog: QueryLog?
    /// Where opened hits are recorded; nil when the server logs no queries.
    let clickLog: ClickLog?
    let feedback: FeedbackStore
    /// Where pages computed from the logs and feedback appends run, each on its own thread.
    let executors: ServerExecutors
    let logger: Logger
    let tokens: AuthTokens
    let authLimiter: AuthLimiter
    let sessions: OwnerSessions
    let logDirectory: String
    /// The shared event store the owner view reads when the server forwards to one.
    let events: (any EventSink)?
    let options: DeskOptions
    let limiter: RequestLimiter
}

extension DeskContext {
    /// What the owner pages read: the shared event store (every machine's events) when the
    /// server forwards to one and it answers, else this machine's log folder. Blocks: call it
    /// on the thread pool.
    func insight(since: CivilDate?) -> (queries: any QueryEventSource, feedback: [FeedbackEvent]) {
        if let events {
            do {
                let recorded = try events.load(since: since)
                return (recorded, recorded.feedback)
            } catch {
                logger.warning(
                    "event store unreadable; the owner page shows this machine's logs",
                    metadata: ["error": "\(error)"])
            }
        }
        try? queryLog?.flush()
        return (QueryLog(directory: logDirectory), feedback.all())
    }
}
