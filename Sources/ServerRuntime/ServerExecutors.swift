import NIOCore
import NIOPosix
import Synchronization

/// The threads a server's blocking work runs on, one per kind of work.
///
/// Exists because an event loop must never wait for a disk or a long computation, and because
/// kinds of blocking work must not wait for each other either: a city report that takes seconds
/// must not hold up a feedback acknowledgement (an fsync of a few milliseconds), and a publish
/// must not hold up the query log's writes. Each kind has its own single thread, so work of one
/// kind runs in order (two reloads never race) while kinds run side by side.
public final class ServerExecutors: Sendable {
    /// Reloads of the knowledge folder (RELOAD, SIGHUP, the folder watcher) and a replica's fetches.
    public let reloads: NIOThreadPool
    /// PUBLISH: validating a sent document, writing it into the folder and serving it.
    public let publishes: NIOThreadPool
    /// Pages and reports computed from the logs (the city report, the owner dashboard).
    public let reports: NIOThreadPool
    /// Feedback appends, each fsync'd before it is acknowledged.
    public let feedback: NIOThreadPool
    /// The query and click logs' writes, file switches, retention and fsyncs.
    public let logs: NIOThreadPool
    /// Quick reads of one article's file (GET, the desk's article pages): two threads, never
    /// queued behind a reload, since the server holds outlines, not whole articles.
    public let reads: NIOThreadPool

    /// The kinds of blocking work, one executor each.
    public enum Kind: Sendable, CaseIterable {
        case reloads, publishes, reports, feedback, logs, reads
    }

    /// Called on the executor's thread before each unit of work `run` starts: lets a test hold
    /// work of one kind (to show that nothing else waits for it). Nil in service.
    private let beforeWork = Mutex<(@Sendable (Kind) -> Void)?>(nil)

    public init() {
        reloads = NIOThreadPool(numberOfThreads: 1)
        publishes = NIOThreadPool(numberOfThreads: 1)
        reports = NIOThreadPool(numberOfThreads: 1)
        feedback = NIOThreadPool(numberOfThreads: 1)
        logs = NIOThreadPool(numberOfThreads: 1)
        reads = NIOThreadPool(numberOfThreads: 2)
    }

    var all: [NIOThreadPool] { Kind.allCases.map(pool) }

    public func pool(_ kind: Kind) -> NIOThreadPool {
        switch kind {
        case .reloads: reloads
        case .publishes: publishes
        case .reports: reports
        case .feedback: feedback
        case .logs: logs
        case .reads: reads
        }
    }

    /// Runs `work` on `kind`'s executor; its result arrives on `eventLoop` (failed when the
    /// executors are stopping).
    public func run<Value: Sendable>(
        _ kind: Kind, eventLoop: EventLoop, _ work: @escaping @Sendable () throws -> Value
    ) -> EventLoopFuture<Value> {
        let hook = beforeWork.withLock { $0 }
        return pool(kind).runIfActive(eventLoop: eventLoop) {
            hook?(kind)
            return try work()
        }
    }

    /// Runs `work` on `kind`'s executor and awaits its result (for async callers, such as the
    /// desk page's routes); throws when the executors are stopping.
    public func run<Value: Sendable>(_ kind: Kind, _ work: @escaping @Sendable () throws -> Value)
        async throws -> Value
    {
        let hook = beforeWork.withLock { $0 }
        return try await pool(kind).runIfActive {
            hook?(kind)
            return try work()
        }
    }

    /// Sets (or with nil removes) a function called before each unit of work `run` starts.
    public func setBeforeWork(_ hook: (@Sendable (Kind) -> Void)?) {
        beforeWork.withLock { $0 = hook }
    }

    public func start() {
        for pool in all { pool.start() }
    }

    /// Waits for the work under way on every executor, then stops them; work not yet started is
    /// dropped (its futures fail).
    public func shutdown() {
        for pool in all { try? pool.syncShutdownGracefully() }
    }

    /// A function that runs work on `pool` while it is active (dropped once it is stopping): for
    /// code that must hand work off the event loops without knowing NIO (the query log).
    public static func submitter(_ pool: NIOThreadPool) -> @Sendable (@escaping @Sendable () -> Void) -> Void
    {
        { work in
            pool.submit { state in
                if state == .active { work() }
            }
        }
    }
}
