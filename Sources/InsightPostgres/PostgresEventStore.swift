import FileSupport
import Foundation
import Insight
import KnowledgeBase
import Logging
import PostgresNIO
import Synchronization

/// The event store in PostgreSQL: searches, clicks and feedback from every `kb serve` that is
/// given the same `--events` address, in one database that reports read.
///
/// Exists so a förvaltning's feedback reaches its owner view whichever machine the desk page
/// talked to, and so gaps and statistics count the whole city's searches. It never stands in
/// the way of searching or of the promise made to the desk:
/// - feedback is acknowledged when it is fsync'd in the local `feedback.tsv` (as without a
///   database); a forwarder ships it from the file and notes durably how far it got
///   (`FeedbackTail`), so feedback acknowledged while the database was down is shipped when it
///   is back, also after a restart;
/// - searches and clicks are handed over by the logs on the event loops and only buffered
///   (`ForwardingBuffer`, bounded: when full the oldest go, counted as lost);
/// - the forwarder is a task of its own, off the server's event loops, that ships batches
///   (up to `batchSize` rows, one `INSERT … SELECT FROM unnest(…)` each) and, while the
///   database is away, retries with a backoff doubling from 0.1 s to 2 s;
/// - every row has an id (this machine's node id, then the byte offset of a feedback line, or
///   the process's run id and the event's sequence number), inserted with
///   `ON CONFLICT DO NOTHING`, so a batch shipped twice is stored once.
public final class PostgresEventStore: EventSink {
    public let url: EventDatabaseURL
    /// This machine's id in the store (kept in `events-node` in the log folder).
    public let node: String
    /// This process's id: query and click ids are `node:run:sequence`.
    let run: String
    /// Rows per INSERT.
    public static let batchSize = 1000
    /// Searches and clicks held while they wait.
    public static let defaultCapacity = 100_000

    enum Pending: Sendable {
        case query(QueryEvent)
        case click(ClickEvent)
    }

    let buffer: ForwardingBuffer<Pending>
    private let tail: FeedbackTail
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let figures = Mutex(Figures())

    private struct Figures {
        var sent = 0
        var feedbackWaiting = 0
        var connected = false
        var lastError: String?
    }

    /// Prepares forwarding from `logDirectory` (its `feedback.tsv`) to `url`; call `start()`.
    public init(
        url: EventDatabaseURL, logDirectory: String, capacity: Int = PostgresEventStore.defaultCapacity,
        logger: Logger
    ) throws {
        self.url = url
        self.logger = logger
        node = try Self.nodeID(in: logDirectory)
        run = String(UUID().uuidString.prefix(8)).lowercased()
        buffer = ForwardingBuffer(capacity: capacity)
        tail = FeedbackTail(directory: logDirectory)
    }

    /// Starts the forwarder.
    public func start() {
        Task.detached { [self] in
            await self.forward()
            self.finished.signal()
        }
    }

    public func recorded(_ event: QueryEvent) { buffer.append(.query(event)) }

    public func recorded(_ event: ClickEvent) { buffer.append(.click(event)) }

    public var status: EventSinkStatus {
        figures.withLock { figures in
            EventSinkStatus(
                backend: "postgres", target: url.description, pending: figures.feedbackWaiting + buffer.count,
                sent: figures.sent, lost: buffer.dropped, connected: figures.connected,
                lastError: figures.lastError)
        }
    }

    public func load(since: CivilDate?) throws -> RecordedEvents {
        let url = self.url
        let logger = self.logger
        return try Blocking.run { try await EventReader.load(url: url, since: since, logger: logger) }
    }

    /// Stops forwarding after one last attempt to ship what waits (at most `seconds`); feedback
    /// not shipped stays in the file for the next start, searches and clicks still buffered are lost.
    public func shutdown() {
        shutdown(within: 3)
    }

    public func shutdown(within seconds: Double) {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            logger.warning(
                "event store: stopped before everything was shipped",
                metadata: ["pending": "\(status.pending)"])
        }
    }

    // MARK: The forwarder

    private func forward() async {
        var connection: PostgresConnection?
        var backoff = 0.1
        var id = 0
        while true {
            let stopping = self.stopping.load(ordering: .relaxed)
            do {
                if connection == nil {
                    id += 1
                    let opened = try await PostgresConnection.connect(
                        configuration: url.configuration, id: id, logger: logger)
                    connection = opened
                    try await EventSchema.migrate(opened, logger: logger)
                    figures.withLock { $0.connected = true }
                    logger.info("event store connected", metadata: ["events": "\(url)"])
                }
                let shipped = try await shipWithin(Self.shipTimeout, connection!)
                backoff = 0.1
                if stopping && shipped == 0 { break }
                if shipped == 0 { await pause(0.2) }
            } catch {
                let text = Self.describe(error)
                let first = figures.withLock { figures in
                    let first = figures.connected || figures.lastError == nil
                    figures.connected = false
                    figures.lastError = text
                    return first
                }
                if first {
                    logger.warning("event store unreachable; retrying", metadata: ["error": "\(text)"])
                }
                let waiting = tail.waiting()
                figures.withLock { $0.feedbackWaiting = waiting }
                if let open = connection { try? await open.close() }
                connection = nil
                if stopping { break }
                await pause(backoff)
                backoff = min(backoff * 2, 2)
            }
        }
        if let connection { try? await connection.close() }
    }

    /// Sleeps `seconds`, waking early when stopping.
    private func pause(_ seconds: Double) async {
        var left = seconds
        while left > 0, !stopping.load(ordering: .relaxed) {
            try? await Task.sleep(for: .milliseconds(50))
            left -= 0.05
        }
    }

    /// Seconds a batch may take before the connection is given up (a database that went away
    /// mid-batch must not hold the forwarder).
    static let shipTimeout = 5.0

    /// A database that stopped while the connection was idle can leave a query waiting for an
    /// answer that never comes: `shipOnce` runs against a deadline, and when the deadline passes
    /// the connection is closed, which fails the query, and the forwarder reconnects.
    private func shipWithin(_ seconds: Double, _ connection: PostgresConnection) async throws -> Int {
        guard !connection.isClosed else { throw EventStoreError.database("the connection was closed") }
        return try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask { try await self.shipOnce(connection) }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                return nil
            }
            defer { group.cancelAll() }
            if let first = try await group.next(), let shipped = first { return shipped }
            let closing: EventLoopFuture<Void> = connection.close()
            closing.whenComplete { _ in }
            throw EventStoreError.database("no answer from the database within \(Int(seconds)) s")
        }
    }

    /// Ships one batch of feedback and one of searches and clicks; returns the rows shipped.
    func shipOnce(_ connection: PostgresConnection) async throws -> Int {
        var shipped = 0
        let batch = try tail.next(limit: Self.batchSize)
        figures.withLock { $0.feedbackWaiting = batch?.waiting ?? 0 }
        if let batch {
            if !batch.lines.isEmpty { try await insertFeedback(batch.lines, connection) }
            try tail.markShipped(through: batch.end)
            shipped += batch.lines.count
            figures.withLock {
                $0.sent += batch.lines.count
                $0.feedbackWaiting -= min($0.feedbackWaiting, batch.lines.count)
            }
        }
        let events = buffer.peek(Self.batchSize)
        if let last = events.last {
            try await insert(events, connection)
            buffer.remove(before: last.sequence + 1)
            shipped += events.count
            figures.withLock { $0.sent += events.count }
        }
        return shipped
    }

    private func insertFeedback(_ lines: [FeedbackTail.Line], _ connection: PostgresConnection) async throws {
        let ids = lines.map { "\(node):f:\($0.offset)" }
        let times = lines.map(\.event.time)
        let articles = lines.map(\.event.article)
        let kinds = lines.map(\.event.kind.rawValue)
        let channels = lines.map(\.event.channel)
        let comments = lines.map(\.event.comment)
        try await connection.query(
            """
            INSERT INTO kb_feedback (id, node, time, article, kind, channel, comment)
            SELECT t.id, \(node), t.time::timestamptz, t.article, t.kind, t.channel, t.comment
            FROM unnest(\(ids)::text[], \(times)::text[], \(articles)::text[], \(kinds)::text[],
                        \(channels)::text[], \(comments)::text[])
                 AS t(id, time, article, kind, channel, comment)
            ON CONFLICT (id) DO NOTHING
            """, logger: logger)
    }

    private func insert(_ events: [(sequence: UInt64, element: Pending)], _ connection: PostgresConnection)
        async throws
    {
        var queries: [(UInt64, QueryEvent)] = []
        var clicks: [(UInt64, ClickEvent)] = []
        for (sequence, element) in events {
            switch element {
            case .query(let event): queries.append((sequence, event))
            case .click(let event): clicks.append((sequence, event))
            }
        }
        if !queries.isEmpty {
            let ids = queries.map { "\(node):\(run):\($0.0)" }
            let times = queries.map(\.1.time)
            let channels = queries.map(\.1.channel)
            let texts = queries.map(\.1.query)
            let hits = queries.map { Int64($0.1.hits) }
            let tops = queries.map(\.1.topHit)
            let scores = queries.map(\.1.topScore)
            let confidences = queries.map { $0.1.confidence?.rawValue ?? "" }
            try await connection.query(
                """
                INSERT INTO kb_queries (id, node, time, channel, query, hits, top_hit, top_score, confidence)
                SELECT t.id, \(node), to_timestamp(t.time), t.channel, t.query, t.hits, t.top_hit, t.top_score,
                       NULLIF(t.confidence, '')
                FROM unnest(\(ids)::text[], \(times)::int8[], \(channels)::text[], \(texts)::text[],
                            \(hits)::int8[], \(tops)::text[], \(scores)::float4[], \(confidences)::text[])
                     AS t(id, time, channel, query, hits, top_hit, top_score, confidence)
                ON CONFLICT (id) DO NOTHING
                """, logger: logger)
        }
        if !clicks.isEmpty {
            let ids = clicks.map { "\(node):\(run):\($0.0)" }
            let times = clicks.map(\.1.time)
            let kinds = clicks.map(\.1.kind.rawValue)
            let channels = clicks.map(\.1.channel)
            let texts = clicks.map(\.1.query)
            let ranks = clicks.map { Int64($0.1.rank) }
            let articles = clicks.map(\.1.article)
            try await connection.query(
                """
                INSERT INTO kb_clicks (id, node, time, kind, channel, query, rank, article)
                SELECT t.id, \(node), to_timestamp(t.time), t.kind, t.channel, t.query, t.rank, t.article
                FROM unnest(\(ids)::text[], \(times)::int8[], \(kinds)::text[], \(channels)::text[],
                            \(texts)::text[], \(ranks)::int8[], \(articles)::text[])
                     AS t(id, time, kind, channel, query, rank, article)
                ON CONFLICT (id) DO NOTHING
                """, logger: logger)
        }
    }

    // MARK: Helpers

    /// This machine's node id, made (random, durable) the first time.
    static func nodeID(in directory: String) throws -> String {
        let path = directory + "/events-node"
        if DurableFiles.exists(path) {
            let text = String(decoding: try DurableFiles.read(path), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { return text }
        }
        try DurableFiles.makeDirectory(directory)
        let id = String(UUID().uuidString.prefix(13)).lowercased()
        try DurableFiles.write(Array((id + "\n").utf8), to: path)
        return id
    }

    /// A failure on one line, with the server's message when there is one (postgres-nio's own
    /// description hides everything).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        var parts = ["\(error.code)"]
        if let message = error.serverInfo?[.message] { parts.append(message) }
        if let underlying = error.underlying { parts.append("\(underlying)") }
        return parts.joined(separator: ": ")
    }
}

/// Runs async work to its end from synchronous code (a command, or the server's thread pool).
enum Blocking {
    /// Failures come back described (`EventStoreError.database`), the server's message included.
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                let value = try await work()
                outcome.result.withLock { $0 = .success(value) }
            } catch {
                let failure = EventStoreError.database(PostgresEventStore.describe(error))
                outcome.result.withLock { $0 = .failure(failure) }
            }
            done.signal()
        }
        done.wait()
        return try outcome.result.withLock { $0! }.get()
    }

    private final class Outcome<T: Sendable>: Sendable {
        let result = Mutex<Result<T, any Error>?>(nil)
    }
}

