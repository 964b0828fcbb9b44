import KnowledgeBase
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import QueryServer

/// The desk page: search in a web browser for guides and librarians, over HTTP on the same
/// event loops as `kb serve`'s RESP port.
///
/// Exists because guides and librarians work in a browser. It serves the search page (which
/// works with JavaScript off), article pages with feedback, and a small JSON API the page uses.
public enum DeskServer {
    /// Binds the desk page to `host:port` beside `server`; returns the port bound. `rate` caps
    /// requests per second per client address (0: no cap).
    @discardableResult
    public static func start(
        beside server: QueryServer, host: String, port: Int, rate: Double = 50, logger: Logger
    )
        throws -> Int
    {
        let context = DeskContext(
            store: server.store, queryLog: server.queryLog,
            clickLog: clickLog(beside: server, logger: logger),
            feedback: FeedbackStore(directory: server.configuration.logDirectory),
            threadPool: server.threadPool, logger: logger, tokens: server.configuration.tokens,
            authLimiter: server.authLimiter, sessions: OwnerSessions(),
            logDirectory: server.configuration.logDirectory,
            limiter: RequestLimiter(
                rate: rate > 0 ? rate : .infinity, burst: rate > 0 ? max(200, rate * 4) : .infinity))
        let bootstrap = ServerBootstrap(group: server.group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMapThrowing {
                    try channel.pipeline.syncOperations.addHandler(DeskHandler(context: context))
                }
            }
        let listener = try bootstrap.bind(host: host, port: port).wait()
        server.adopt(listener)
        let bound = listener.localAddress?.port ?? port
        logger.info("desk page listening", metadata: ["address": "\(host):\(bound)"])
        return bound
    }
}

/// What the desk page's handlers share.
struct DeskContext: Sendable {
    let store: KnowledgeStore
    let queryLog: QueryLog?
    /// Where opened hits are recorded; nil when the server logs no queries.
    let clickLog: ClickLog?
    let feedback: FeedbackStore
    let threadPool: NIOThreadPool
    let logger: Logger
    let tokens: AuthTokens
    let authLimiter: AuthLimiter
    let sessions: OwnerSessions
    let logDirectory: String
    let limiter: RequestLimiter
}
