import Insight
import KnowledgeBase
import NIOCore
import RESP
import ServerRuntime

/// How `kb serve` runs: where it listens, which folder it serves, who may administer it, and the
/// limits that protect it.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var folder: KnowledgeFolder
    /// Tokens that unlock administration (`RELOAD`); empty: administration is refused.
    public var tokens: AuthTokens
    public var maxConnections: Int
    /// Most connections at once from one client address.
    public var maxConnectionsPerAddress: Int = 256
    /// Seconds a connection may stay silent before it is closed.
    public var idleTimeoutSeconds: Int64
    /// How often the folder is checked for changes, in milliseconds (0: never).
    public var watchIntervalMilliseconds: Int64
    public var limits: RESPLimits
    public var eventLoopThreads: Int
    /// Where feedback (and the query log) are written.
    public var logDirectory: String
    /// Whether searches are recorded in the query log (`QueryLog`, in `logDirectory`).
    public var logQueries: Bool
    /// Days of query log kept.
    public var retainDays: Int
    /// Seconds a client may leave its replies unread (the server holding back its requests)
    /// before it is closed.
    public var stallTimeoutSeconds: Int64 = 30
    /// Whole SEARCH replies each event loop keeps for repeated identical searches (0: none);
    /// see `SearchReplyCache`.
    public var searchCacheEntries = 1024
    /// Set for a read replica (`--follow`): the primary it follows. Replicas refuse `PUBLISH`.
    public var follow: FollowConfiguration? = nil
    /// Where feedback, searches and clicks are forwarded besides the log folder (`--events`);
    /// nil: the files only. Started by the caller; the server stops it at shutdown.
    public var events: (any EventSink)? = nil

    public init(
        host: String = "127.0.0.1", port: Int = 7379, folder: KnowledgeFolder,
        tokens: AuthTokens = AuthTokens(),
        maxConnections: Int = 1024, idleTimeoutSeconds: Int64 = 300, watchIntervalMilliseconds: Int64 = 1000,
        limits: RESPLimits = .default, eventLoopThreads: Int = System.coreCount,
        logDirectory: String = "Logs", logQueries: Bool = true, retainDays: Int = 90
    ) {
        self.host = host
        self.port = port
        self.folder = folder
        self.tokens = tokens
        self.maxConnections = maxConnections
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.watchIntervalMilliseconds = watchIntervalMilliseconds
        self.limits = limits
        self.eventLoopThreads = eventLoopThreads
        self.logDirectory = logDirectory
        self.logQueries = logQueries
        self.retainDays = retainDays
    }
}
