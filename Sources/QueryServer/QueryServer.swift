import Dispatch
import Foundation
import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import NIOPosix
import RESP
import Synchronization

/// `kb serve`: the knowledge base over TCP, speaking RESP2 (and inline commands).
///
/// Exists to let guides' desktops and library desks query one running service. It owns the event
/// loops, a small thread pool for reloads, the folder watcher and the signal handling; each
/// connection gets a decoder, an encoder, an idle timer and a `RequestHandler`.
public final class QueryServer: Sendable {
    public let configuration: ServerConfiguration
    public let store: KnowledgeStore
    public let statistics = ServerStatistics()
    private let logger: Logger
    /// The event loops, shared with other listeners of the same process (the desk page).
    public let group: MultiThreadedEventLoopGroup
    /// For work that must leave the event loops (reloads, fsyncs).
    public let threadPool: NIOThreadPool
    private let adopted = Mutex<[Channel]>([])
    private let channel: Mutex<Channel?> = Mutex(nil)
    private let children = Mutex<[ObjectIdentifier: Channel]>([:])
    private let nextClientID = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let fragments = HitFragments()
    public let authLimiter = AuthLimiter()
    /// This port's connections, in all and per address.
    public let connections: ConnectionLimiter
    private let refusals = LogThrottle()
    /// Where searches are recorded (flushed every second and at shutdown); nil when off.
    public let queryLog: QueryLog?
    /// A replica's link to its primary; nil on a primary.
    public let follower: ReplicaFollower?

    public init(configuration: ServerConfiguration, store: KnowledgeStore, logger: Logger) {
        self.configuration = configuration
        self.store = store
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, configuration.eventLoopThreads))
        threadPool = NIOThreadPool(numberOfThreads: 1)
        connections = ConnectionLimiter(
            maxConnections: configuration.maxConnections,
            maxPerAddress: configuration.maxConnectionsPerAddress)
        queryLog =
            configuration.logQueries
            ? QueryLog(
                directory: configuration.logDirectory, retainDays: configuration.retainDays,
                events: configuration.events) : nil
        follower = configuration.follow.map {
            ReplicaFollower(configuration: $0, store: store, logger: logger)
        }
    }

    /// Binds and starts serving; returns the port actually bound (useful with port 0).
    @discardableResult
    public func start() throws -> Int {
        threadPool.start()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                self.initialize(channel)
            }
        let bound = try bootstrap.bind(host: configuration.host, port: configuration.port).wait()
        channel.withLock { $0 = bound }
        let port = bound.localAddress?.port ?? configuration.port
        logger.info(
            "listening",
            metadata: [
                "address": "\(configuration.host):\(port)",
                "articles": "\(store.snapshot.knowledge.articles.count)",
            ])
        if follower == nil { scheduleWatch() } else { scheduleFollow() }
        scheduleQueryLogFlush()
        return port
    }

    /// Writes the query log's buffer to disk every second, on the thread pool (its fsync must
    /// not hold up an event loop).
    private func scheduleQueryLogFlush() {
        guard let queryLog else { return }
        let logger = self.logger
        let pool = threadPool
        group.next().scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { [self] _ in
            guard !self.stopping.load(ordering: .relaxed) else { return }
            pool.submit { state in
                guard state == .active else { return }
                do {
                    try queryLog.flush()
                } catch {
                    logger.warning("query log not written", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    private func initialize(_ channel: Channel) -> EventLoopFuture<Void> {
        let host = channel.remoteAddress?.ipAddress ?? "?"
        if let refusal = connections.open(host) {
            statistics.connectionOpened(accepted: false)
            if let held = refusals.admit() {
                logger.warning(
                    "connection refused",
                    metadata: [
                        "address": "\(host)", "why": "\(refusal)", "refused_since_last_line": "\(held)",
                    ])
            }
            let reply =
                refusal == .full
                ? "-ERR max number of clients reached\r\n" : "-ERR too many connections from this address\r\n"
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(RefusingHandler(reply: reply))
            }
        }
        statistics.connectionOpened(accepted: true)
        let id = nextClientID.add(1, ordering: .relaxed).newValue
        let key = ObjectIdentifier(channel)
        children.withLock { $0[key] = channel }
        channel.closeFuture.whenComplete { [self] _ in
            self.connections.close(host)
            self.statistics.connectionClosed()
            self.children.withLock { _ = $0.removeValue(forKey: key) }
        }
        let session = Session(
            id: id, address: channel.remoteAddress?.description ?? "?",
            host: channel.remoteAddress?.ipAddress ?? "?")
        let context = CommandContext(
            store: store, statistics: statistics, configuration: configuration, logger: logger,
            fragments: fragments, authLimiter: authLimiter, queryLog: queryLog, follower: follower,
            session: session)
        let limits = configuration.limits
        let idle = TimeAmount.seconds(configuration.idleTimeoutSeconds)
        let pool = threadPool
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
            try channel.pipeline.syncOperations.addHandler(
                ByteToMessageHandler(
                    RESPRequestDecoder(limits: limits),
                    maximumBufferSize: limits.maxBulkLength + 2 * limits.maxInlineLength))
            try channel.pipeline.syncOperations.addHandler(
                RequestHandler(
                    table: .standard, context: context, threadPool: pool,
                    stallTimeout: .seconds(configuration.stallTimeoutSeconds)))
        }
    }

    /// Checks the folder for changes now and then; reloads on the thread pool when it changed.
    private func scheduleWatch() {
        let interval = configuration.watchIntervalMilliseconds
        guard interval > 0 else { return }
        group.next().scheduleRepeatedTask(
            initialDelay: .milliseconds(interval), delay: .milliseconds(interval)
        ) {
            [self] _ in
            guard !self.stopping.load(ordering: .relaxed), self.store.folderChanged() else { return }
            self.reloadInBackground(reason: "folder changed")
        }
    }

    /// A replica fetches from its primary at once and then now and then, off the event loops.
    private func scheduleFollow() {
        guard let follower else { return }
        // A queue of its own: a fetch stalled on the network never holds up the thread pool
        // (reloads, the query log's flushes).
        let queue = DispatchQueue(label: "kb.follow")
        let submit: @Sendable (@escaping @Sendable () -> Void) -> Void = { work in
            queue.async { [self] in if !self.stopping.load(ordering: .relaxed) { work() } }
        }
        follower.stepSoon(on: submit)
        guard let interval = configuration.follow?.intervalMilliseconds, interval > 0 else { return }
        group.next().scheduleRepeatedTask(
            initialDelay: .milliseconds(interval), delay: .milliseconds(interval)
        ) {
            [self] _ in
            guard !self.stopping.load(ordering: .relaxed) else { return }
            follower.stepSoon(on: submit)
        }
    }

    /// Reloads on the thread pool (folder changes, SIGHUP).
    public func reloadInBackground(reason: String) {
        let store = self.store
        let logger = self.logger
        threadPool.submit { state in
            guard state == .active else { return }
            switch store.reload() {
            case .reloaded(let snapshot):
                logger.info(
                    "reloaded", metadata: ["reason": "\(reason)", "revision": "\(snapshot.revision)"])
            case .refused(let diagnostics):
                logger.warning(
                    "reload refused", metadata: ["reason": "\(reason)", "problems": "\(diagnostics.count)"])
            }
        }
    }

    /// Another listening channel of this process to close on shutdown (the desk page's).
    public func adopt(_ listener: Channel) {
        adopted.withLock { $0.append(listener) }
    }

    /// Stops accepting, lets written replies go out, closes every connection, then stops.
    public func shutdown() {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        logger.info("stopping")
        if let server = channel.withLock({ $0 }) { try? server.close().wait() }
        for other in adopted.withLock({ $0 }) { try? other.close().wait() }
        let open = children.withLock { Array($0.values) }
        for child in open {
            _ = child.eventLoop.submit { child.flush() }
            try? child.close().wait()
        }
        try? threadPool.syncShutdownGracefully()
        do {
            try queryLog?.flush()
        } catch {
            logger.warning("query log not written", metadata: ["error": "\(error)"])
        }
        configuration.events?.shutdown()
        try? group.syncShutdownGracefully()
        logger.info("stopped")
    }

    /// Blocks until SIGTERM or SIGINT (then shuts down gracefully); SIGHUP reloads.
    public func runUntilSignalled() {
        let done = DispatchSemaphore(value: 0)
        let queue = DispatchQueue(label: "kb.signals")
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler { [self] in
                if sig == SIGHUP {
                    self.reloadInBackground(reason: "SIGHUP")
                } else {
                    done.signal()
                }
            }
            source.resume()
            sources.append(source)
        }
        done.wait()
        shutdown()
        withExtendedLifetime(sources) {}
    }
}

/// Tells a connection over a limit why (`reply`, in the port's protocol), then closes it.
public final class RefusingHandler: ChannelInboundHandler {
    public typealias InboundIn = ByteBuffer
    public typealias OutboundOut = ByteBuffer
    let reply: String

    public init(reply: String) {
        self.reply = reply
    }

    public func channelActive(context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: reply.utf8.count)
        buffer.writeString(reply)
        context.writeAndFlush(wrapOutboundOut(buffer)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

@available(*, unavailable)
extension RefusingHandler: Sendable {}
