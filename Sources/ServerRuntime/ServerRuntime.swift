import Insight
import KnowledgeStorage
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// What the RESP port and the desk page of one `kb serve` process share: the event loops, the
/// executors for blocking work, the tokens and their limiter, the knowledge store and the query
/// log.
///
/// Exists so that both servers run on one set of event loops and one set of executors without
/// either front end reaching into the other: `QueryServer` creates the runtime, `DeskServer` is
/// started beside it, and shutdown stops both ports' listeners, then the executors (letting the
/// work under way finish), then the loops.
public final class ServerRuntime: Sendable {
    /// The event loops; connections of both ports are spread over them.
    public let group: MultiThreadedEventLoopGroup
    /// Where blocking work runs, one thread per kind.
    public let executors: ServerExecutors
    public let store: KnowledgeStore
    /// Tokens that unlock writes and administration on both ports.
    public let tokens: AuthTokens
    /// Failed token attempts, shared by the RESP port's `AUTH` and the desk page's login.
    public let authLimiter = AuthLimiter()
    /// Where searches are recorded; nil when query logging is off. Recording only fills a
    /// buffer: its writes and fsyncs run on `executors.logs`.
    public let queryLog: QueryLog?
    /// Where feedback and the logs are written.
    public let logDirectory: String
    /// Days of query and click log kept.
    public let retainDays: Int
    /// Where feedback, searches and clicks are forwarded besides the log folder (`--events`);
    /// nil: the files only.
    public let events: (any EventSink)?
    private let logger: Logger
    private let listeners = Mutex<[Channel]>([])
    private let stopping = Atomic<Bool>(false)

    public init(
        store: KnowledgeStore, eventLoopThreads: Int, tokens: AuthTokens, logDirectory: String,
        logQueries: Bool, retainDays: Int, events: (any EventSink)? = nil, logger: Logger
    ) {
        self.events = events
        self.store = store
        self.tokens = tokens
        self.logDirectory = logDirectory
        self.retainDays = retainDays
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, eventLoopThreads))
        let executors = ServerExecutors()
        self.executors = executors
        queryLog =
            logQueries
            ? QueryLog(
                directory: logDirectory, retainDays: retainDays, events: events,
                writer: ServerExecutors.submitter(executors.logs))
            : nil
    }

    /// Whether `shutdown()` has begun.
    public var isStopping: Bool { stopping.load(ordering: .relaxed) }

    /// Starts the executors and the query log's regular flush.
    public func start() {
        executors.start()
        if let queryLog { flushRegularly(what: "query log") { try queryLog.flush() } }
    }

    /// Runs `flush` every second on `executors.logs` (writes and fsyncs stay off the event loops);
    /// a failure is logged as "`what` not written".
    public func flushRegularly(what: String, _ flush: @escaping @Sendable () throws -> Void) {
        let logger = self.logger
        let submit = ServerExecutors.submitter(executors.logs)
        group.next().scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { [self] _ in
            guard !self.isStopping else { return }
            submit {
                do {
                    try flush()
                } catch {
                    logger.warning("\(what) not written", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// A listening channel to close on shutdown (each port's).
    public func adopt(_ listener: Channel) {
        listeners.withLock { $0.append(listener) }
    }

    /// Closes every adopted listener; true the first time only (shutdown is under way).
    public func stopListening() -> Bool {
        guard !stopping.exchange(true, ordering: .relaxed) else { return false }
        for listener in listeners.withLock({ $0 }) { try? listener.close().wait() }
        return true
    }

    /// After the connections are closed: lets the executors' work under way finish, writes the
    /// query log a last time, and stops the event loops.
    public func finishShutdown() {
        executors.shutdown()
        do {
            try queryLog?.flush()
        } catch {
            logger.warning("query log not written", metadata: ["error": "\(error)"])
        }
        events?.shutdown()
        try? group.syncShutdownGracefully()
    }
}
