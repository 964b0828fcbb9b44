import KnowledgeBase

/// What a person at the desk did with a search's hits.
public enum ClickKind: String, Sendable, CaseIterable {
    /// Opened the hit's article from the hit list.
    case open
    /// Marked the article opened for the query as helpful.
    case helpful
}

/// One hit opened (or marked helpful) for a query, as the click log keeps it.
public struct ClickEvent: Sendable, Equatable {
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64
    public var kind: ClickKind
    /// One of `QueryChannel.known`.
    public var channel: String
    /// The query the hit list answered, personal data removed.
    public var query: String
    /// The hit's place in the list, from 1.
    public var rank: Int
    /// The opened article's id.
    public var article: String

    public init(time: Int64, kind: ClickKind, channel: String, query: String, rank: Int, article: String) {
        self.time = time
        self.kind = kind
        self.channel = channel
        self.query = query
        self.rank = rank
        self.article = article
    }

    /// The UTC date of the event.
    public var date: CivilDate { CivilDate(day: QueryLog.day(of: time)) }
}

/// Why a click was not recorded.
public enum ClickRefusal: Sendable, Equatable, CustomStringConvertible {
    case unknownChannel(String)
    case badRank
    case emptyQuery
    case noArticle(String)

    public var description: String {
        switch self {
        case .unknownChannel(let channel):
            "unknown channel '\(channel)' (contact-center, library or web)"
        case .badRank: "rank must be 1 to \(ClickLog.maxRank)"
        case .emptyQuery: "no query"
        case .noArticle(let id): "no published article '\(id)'"
        }
    }
}

/// The click log: which hit a person opened for a query, and which they marked helpful, in the
/// same log folder as the query log.
///
/// Exists so the desk's own use can be measured (click-through rate and mean rank in `kb
/// stats`) and can teach the ranking (`LearnedAssociations`). It is a second family of files of
/// the query log's store, `clicks-YYYY-MM-DD.tsv`, with the same buffering (cheap to record on a
/// server's event loop, written when the buffer fills or on `flush()`), the same retention and
/// the same redaction of the query. A line holds no person: time, kind, channel, query, rank and
/// article id, each cut to a bounded length.
public final class ClickLog: Sendable {
    /// Longest hit list a rank may come from.
    public static let maxRank = 100
    static let header = "time\tkind\tchannel\tquery\trank\tarticle\n"
    static let prefix = "clicks-"

    let log: QueryLog

    /// - Parameters:
    ///   - clock: the current time in seconds since 1970-01-01 UTC (injected by tests).
    ///   - events: where each event also goes, as the file holds it (redacted and cut).
    ///   - writer: runs work off the recording thread, as for `QueryLog`.
    public init(
        directory: String, retainDays: Int = 90, clock: @escaping @Sendable () -> Int64 = { QueryLog.now() },
        events: (any EventSink)? = nil, writer: (@Sendable (@escaping @Sendable () -> Void) -> Void)? = nil
    ) {
        log = QueryLog(
            directory: directory, retainDays: retainDays,
            family: QueryLog.Family(prefix: Self.prefix, header: Self.header), clock: clock, events: events,
            writer: writer)
    }

    public var directory: String { log.directory }

    /// Checks an event the desk reports: a known channel, a rank in the list, a query, and an
    /// article that is published in `knowledge`.
    public static func check(
        channel: String, query: String, rank: Int, article: String, knowledge: Knowledge
    ) -> ClickRefusal? {
        guard QueryChannel.known.contains(channel) else { return .unknownChannel(channel) }
        guard (1...maxRank).contains(rank) else { return .badRank }
        guard query.contains(where: { !$0.isWhitespace }) else { return .emptyQuery }
        guard let found = knowledge.outline(article), found.status == .published else {
            return .noArticle(article)
        }
        return nil
    }

    /// Records one event (the query redacted and cut as the query log cuts it), at `time`
    /// (default: now). Callers check it first with `check`.
    public func record(
        _ kind: ClickKind, channel: String, query: String, rank: Int, article: String, at time: Int64? = nil
    ) {
        let seconds = time ?? log.now
        var line: [UInt8] = []
        line.reserveCapacity(64 + min(query.utf8.count, QueryLog.maxQueryBytes) + article.utf8.count)
        QueryLog.appendTimestamp(seconds, to: &line)
        line.append(0x09)
        line.append(contentsOf: kind.rawValue.utf8)
        line.append(0x09)
        QueryLog.appendClean(channel, to: &line, max: 64)
        line.append(0x09)
        QueryLog.appendClean(QueryLog.redacted(query), to: &line, max: QueryLog.maxQueryBytes)
        line.append(0x09)
        QueryLog.appendInteger(min(max(rank, 0), Self.maxRank), to: &line)
        line.append(0x09)
        QueryLog.appendClean(article, to: &line, max: 256)
        if let sink = log.sink, let event = Self.parse(line[...]) { sink.recorded(event) }
        line.append(0x0A)
        log.append(line, at: seconds)
    }

    /// Writes the buffer and fsyncs (see `QueryLog.flush`).
    public func flush() throws(InsightError) { try log.flush() }

    /// Calls `body` with each logged event from `since` on (every day kept when nil), oldest
    /// file first; unreadable lines are skipped.
    public func forEachEvent(since: CivilDate? = nil, _ body: (ClickEvent) throws -> Void) rethrows {
        try log.forEachLine(since: since) { line in
            guard let event = Self.parse(line) else { return }
            if let since, event.time < Int64(since.day) * 86_400 { return }
            try body(event)
        }
    }

    /// Every logged event from `since` on.
    public func events(since: CivilDate? = nil) -> [ClickEvent] {
        var events: [ClickEvent] = []
        forEachEvent(since: since) { events.append($0) }
        return events
    }

    /// An event from one line; nil for the header and for lines that do not read.
    static func parse(_ line: ArraySlice<UInt8>) -> ClickEvent? {
        let fields = QueryLog.fields(line)
        func text(_ range: Range<Int>) -> String { String(decoding: line[range], as: UTF8.self) }
        guard fields.count == 6, let time = QueryLog.parseTimestamp(line[fields[0]]),
            let kind = ClickKind(rawValue: text(fields[1])),
            let rank = QueryLog.parseInteger(line[fields[4]]),
            rank >= 1, !fields[5].isEmpty
        else { return nil }
        return ClickEvent(
            time: time, kind: kind, channel: text(fields[2]), query: text(fields[3]), rank: rank,
            article: text(fields[5]))
    }
}
