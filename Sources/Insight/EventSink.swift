import KnowledgeBase
import Search

/// A second home for the insight events, beside the files in the log folder: a shared database
/// that several `kb serve` machines write to and that reports read from.
///
/// Exists so the query server and the desk page can forward events and show how forwarding goes
/// without knowing which database is behind it (the PostgreSQL backend lives in its own module,
/// so nothing below the front end pulls in a database driver). The files stay the record of
/// this machine: feedback is acknowledged once it is durable in `feedback.tsv`, and a sink ships
/// it from there; searches and clicks are handed over after they are written to the log's
/// buffer, in the form the file holds them (redacted and cut).
public protocol EventSink: AnyObject, Sendable {
    /// A search, as the query log keeps it. Called on the recording thread (an event loop): it
    /// must only buffer.
    func recorded(_ event: QueryEvent)
    /// A click, as the click log keeps it. Called on an event loop: it must only buffer.
    func recorded(_ event: ClickEvent)
    /// How forwarding goes, for INFO's `# Events` section.
    var status: EventSinkStatus { get }
    /// The searches and clicks from `since` on (all kept when nil) and all feedback, from every
    /// machine that writes to the store. Blocks: never call it on an event loop.
    func load(since: CivilDate?) throws -> RecordedEvents
    /// Ships what it can within a short time, then stops forwarding.
    func shutdown()
}

/// A sink's figures, shown by INFO.
public struct EventSinkStatus: Sendable, Equatable {
    /// `postgres`, or `files` when events stay in the log folder only.
    public var backend: String
    /// Where the events go, without a password.
    public var target: String
    /// Events waiting to be shipped: unshipped feedback lines and buffered searches and clicks.
    public var pending: Int
    /// Events the store has acknowledged since the process started.
    public var sent: Int
    /// Searches and clicks dropped because the buffer was full.
    public var lost: Int
    /// Whether the last attempt reached the store.
    public var connected: Bool
    /// The last failure, on one line; nil once none happened.
    public var lastError: String?

    public init(
        backend: String, target: String, pending: Int, sent: Int, lost: Int, connected: Bool,
        lastError: String?
    ) {
        self.backend = backend
        self.target = target
        self.pending = pending
        self.sent = sent
        self.lost = lost
        self.connected = connected
        self.lastError = lastError
    }

    /// `name:value` lines for INFO (after its `# Events` heading).
    public var infoLines: [String] {
        [
            "events_backend:\(backend)",
            "events_target:\(target)",
            "events_connected:\(connected ? 1 : 0)",
            "events_pending:\(pending)",
            "events_sent:\(sent)",
            "events_lost:\(lost)",
            "events_last_error:\(lastError.map(Self.oneLine) ?? "none")",
        ]
    }

    static func oneLine(_ text: String) -> String {
        String(
            String(text.map { $0 == "\r" || $0 == "\n" ? " " : $0 }).prefix(300))
    }
}

/// Something that yields query events oldest first: the query log's files, or events loaded from
/// a shared store.
///
/// Exists so gaps, statistics, the report and the owner view are computed the same way
/// whichever store the events come from.
public protocol QueryEventSource {
    /// Calls `body` with each event from `since` on, of one channel or all, oldest first.
    func forEachEvent(since: CivilDate?, channel: String?, _ body: (QueryEvent) throws -> Void) rethrows
}

extension QueryLog: QueryEventSource {}

/// Events read from a shared store, held in memory: searches and clicks oldest first, and
/// feedback oldest first.
///
/// Exists as the one value a database backend hands to the code that reads the log folder's
/// files otherwise (`kb gaps`, `kb stats`, `kb report`, the owner view).
public struct RecordedEvents: Sendable, QueryEventSource {
    public var queries: [QueryEvent]
    public var clicks: [ClickEvent]
    public var feedback: [FeedbackEvent]

    public init(queries: [QueryEvent], clicks: [ClickEvent], feedback: [FeedbackEvent]) {
        self.queries = queries
        self.clicks = clicks
        self.feedback = feedback
    }

    public func forEachEvent(
        since: CivilDate? = nil, channel: String? = nil, _ body: (QueryEvent) throws -> Void
    ) rethrows {
        for event in queries {
            if let since, event.time < Int64(since.day) * 86_400 { continue }
            if let channel, event.channel != channel { continue }
            try body(event)
        }
    }

    /// The clicks from `since` on.
    public func clicks(since: CivilDate?) -> [ClickEvent] {
        guard let since else { return clicks }
        return clicks.filter { $0.time >= Int64(since.day) * 86_400 }
    }
}
