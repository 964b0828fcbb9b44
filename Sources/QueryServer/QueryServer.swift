import Dispatch
import Foundation
import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import NIOPosix
import RESP
import ServerRuntime
import Synchronization

/// `kb serve`: the knowledge base over TCP, speaking RESP2 (and inline commands).
///
/// Exists to let guides' desktops and library desks query one running service. It creates the
/// `ServerRuntime` (event loops, executors, tokens, query log) that the desk page shares, and
/// owns the folder watcher and the signal handling; each connection gets an idle timer and a
/// `RequestHandler` (which decodes, runs and encodes).
public final class QueryServer: Sendable {
    public let configuration: ServerConfiguration
    /// What this port shares with the desk page.
    public let runtime: ServerRuntime
    public let statistics = ServerStatistics()
    private let logger: Logger
    private let channel: Mutex<Channel?> = Mutex(nil)
    private let children = Mutex<[ObjectIdentifier: Channel]>([:])
    private let nextClientID = Atomic<Int>(0)
    /// Each event loop's cache of encoded hits (see `HitFragments`).
    private let fragments: [ObjectIdentifier: LoopFragments]
    /// This port's connections, in all and per address.
    public let connections: ConnectionLimiter
    private let refusals = LogThrottle()
    /// A replica's link to its primary; nil on a primary.
    public let follower: ReplicaFollower?

    public var store: KnowledgeStore { runtime.store }
    /// The event loops, shared with the desk page.
    public var group: MultiThreadedEventLoopGroup { runtime.group }
    public var authLimiter: AuthLimiter { runtime.authLimiter }
    /// Where searches are recorded (written off the event loops, flushed every second and at
    /// shutdown); nil when off.
    public var queryLog: QueryLog? { runtime.queryLog }
    private var stopping: Bool { runtime.isStopping }

    public init(configuration: ServerConfiguration, store: KnowledgeStore, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        runtime = ServerRuntime(
            store: store, eventLoopThreads: configuration.eventLoopThreads, tokens: configuration.tokens,
            logDirectory: configuration.logDirectory, logQueries: configuration.logQueries,
            retainDays: configuration.retainDays, events: configuration.events, logger: logger)
        var fragments: [ObjectIdentifier: LoopFragments] = [:]
        for loop in runtime.group.makeIterator() {
            fragments[ObjectIdentifier(loop)] = LoopFragments(
                loop, searchCacheEntries: configuration.searchCacheEntries)
        }
        self.fragments = fragments
        connections = ConnectionLimiter(
            maxConnections: configuration.maxConnections,
            maxPerAddress: configuration.maxConnectionsPerAddress)
        follower = configuration.follow.map {
            ReplicaFollower(configuration: $0, store: store, logger: logger)
        }
    }

    /// Binds and starts serving; returns the port actually bound (useful with port 0).
    @discardableResult
    public func start() throws -> Int {
        runtime.start()
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
        runtime.adopt(bound)
        let port = bound.localAddress?.port ?? configuration.port
        logger.info(
            "listening",
            metadata: [
                "address": "\(configuration.host):\(port)",
                "articles": "\(store.snapshot.knowledge.count)",
            ])
        if follower == nil { scheduleWatch() } else { scheduleFollow() }
        return port
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
            host: channel.remoteAddress?.ipAddress ?? "?", serverPort: channel.localAddress?.port)
        let loopState = fragments[ObjectIdentifier(channel.eventLoop)]!
        let context = CommandContext(
            store: store, statistics: statistics, configuration: configuration, logger: logger,
            fragments: loopState.on(channel.eventLoop),
            authLimiter: authLimiter, queryLog: queryLog,
            executors: runtime.executors, follower: follower, session: session,
            replies: loopState.replies(on: channel.eventLoop))
        let limits = configuration.limits
        let idle = TimeAmount.seconds(configuration.idleTimeoutSeconds)
        let executors = runtime.executors
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
            try channel.pipeline.syncOperations.addHandler(
                RequestHandler(
                    table: .standard, context: context, executors: executors, limits: limits,
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
            guard !self.stopping, self.store.folderChanged() else { return }
            self.reloadInBackground(reason: "folder changed")
        }
    }

    /// A replica fetches from its primary at once and then now and then, off the event loops.
    private func scheduleFollow() {
        guard let follower else { return }
        // A queue of its own: a fetch stalled on the network never holds up an executor.
        let queue = DispatchQueue(label: "kb.follow")
        let submit: @Sendable (@escaping @Sendable () -> Void) -> Void = { work in
            queue.async { [self] in if !self.stopping { work() } }
        }
        follower.stepSoon(on: submit)
        guard let interval = configuration.follow?.intervalMilliseconds, interval > 0 else { return }
        group.next().scheduleRepeatedTask(
            initialDelay: .milliseconds(interval), delay: .milliseconds(interval)
        ) {
            [self] _ in
            guard !self.stopping else { return }
            follower.stepSoon(on: submit)
        }
    }

    /// Reloads on the reloads executor (folder changes, SIGHUP).
    public func reloadInBackground(reason: String) {
        let store = self.store
        let logger = self.logger
        _ = runtime.executors.run(.reloads, eventLoop: group.next()) {
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
        runtime.adopt(listener)
    }

    /// Stops accepting (on both ports), lets written replies go out, closes every connection,
    /// lets the executors' work under way finish, then stops.
    public func shutdown() {
        guard runtime.stopListening() else { return }
        logger.info("stopping")
        let open = children.withLock { Array($0.values) }
        for child in open {
            _ = child.eventLoop.submit { child.flush() }
            try? child.close().wait()
        }
        runtime.finishShutdown()
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
