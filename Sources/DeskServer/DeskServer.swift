import Hummingbird
import HummingbirdCore
import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import NIOPosix
import ServerRuntime

/// The desk page: search in a web browser for guides and librarians, over HTTP beside `kb serve`'s
/// RESP port, in the same process (Hummingbird 2 on NIO).
///
/// Exists because guides and librarians work in a browser. It serves the search page (which
/// works with JavaScript off), article pages with feedback, and a small JSON API the page uses.
public enum DeskServer {
    /// Binds the desk page to `host:port` beside the RESP port's `runtime` (its executors,
    /// tokens, query log and event sink); returns the port bound. `rate` caps requests per second
    /// per client address (0: no cap).
    ///
    /// The page is a Hummingbird application on NIO's singleton event loops (not the runtime's:
    /// Hummingbird's server keeps promises on its loops until its task ends, which may be after
    /// the runtime has shut its loops down); its tasks run on those loops too
    /// (`DeskTaskExecutor`), never on Swift's cooperative pool, so a caller that blocks (a test
    /// reading a socket) cannot starve it. Stopping the runtime closes the page's listener and,
    /// with it, its connections.
    @discardableResult
    public static func start(
        beside runtime: ServerRuntime, host: String, port: Int, rate: Double = 50,
        options: DeskOptions = DeskOptions(), logger: Logger
    )
        throws -> Int
    {
        let context = DeskContext(
            store: runtime.store, queryLog: runtime.queryLog,
            clickLog: clickLog(beside: runtime),
            feedback: FeedbackStore(directory: runtime.logDirectory),
            executors: runtime.executors, logger: logger, tokens: runtime.tokens,
            authLimiter: runtime.authLimiter, sessions: OwnerSessions(),
            logDirectory: runtime.logDirectory, events: runtime.events, options: options,
            limiter: RequestLimiter(
                rate: rate > 0 ? rate : .infinity, burst: rate > 0 ? max(200, rate * 4) : .infinity))
        let connections = ConnectionLimiter(
            maxConnections: options.maxConnections, maxPerAddress: options.maxConnectionsPerAddress)
        let channel = DeskChannelBuilder(
            connections: connections, refusals: LogThrottle(), options: options, logger: logger)
        let listening = DeskTaskExecutor.background.loop.makePromise(of: Channel.self)
        let application = Application(
            router: DeskRoutes(context: context).router(),
            server: HTTPServerBuilder { responder in channel.build(responder) },
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: nil, backlog: 256, reuseAddress: true),
            onServerRunning: { listening.succeed($0) },
            // NIO's singleton loops, not the runtime's: Hummingbird's server keeps promises on its
            // loops until its task ends, which may be after the runtime has shut its loops down.
            eventLoopGroupProvider: .singleton, logger: logger)
        Task(executorPreference: DeskTaskExecutor.background) {
            do {
                try await application.run()
            } catch {
                // Before the listener is up this is the bind failing; reported to the caller below.
                listening.fail(error)
                logger.error("desk page stopped", metadata: ["error": "\(error)"])
            }
        }
        let listener = try listening.futureResult.wait()
        // Stopping the runtime closes the listener: then the desk's own connections close too.
        listener.closeFuture.whenComplete { _ in channel.stopped.stop() }
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
    /// Where pages computed from the logs, article reads and feedback appends run, each kind on
    /// its own thread.
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
    /// on an executor.
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
