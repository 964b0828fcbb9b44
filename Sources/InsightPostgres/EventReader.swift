import Insight
import KnowledgeBase
import Logging
import PostgresNIO
import Search

/// Reads the event store back: what `kb gaps`, `kb stats`, `kb report` and the owner view show
/// when given `--events`, merged from every machine, oldest first.
///
/// Exists as the one place that turns the tables' rows into the values the file logs give, so
/// the computations after it cannot tell the two stores apart.
public enum EventReader {
    /// Searches and clicks from `since` on (all when nil) and all feedback. Migrates first, so a
    /// new database reads as empty.
    public static func load(url: EventDatabaseURL, since: CivilDate?, logger: Logger) async throws
        -> RecordedEvents
    {
        let connection = try await PostgresConnection.connect(
            configuration: url.configuration, id: 1, logger: logger)
        do {
            let events = try await read(connection, since: since, logger: logger)
            try? await connection.close()
            return events
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// `load`, for synchronous callers (a command; never an event loop).
    public static func loadBlocking(url: EventDatabaseURL, since: CivilDate?, logger: Logger) throws
        -> RecordedEvents
    {
        try Blocking.run { try await load(url: url, since: since, logger: logger) }
    }

    /// Brings the database's schema to the newest version; returns the versions before and after.
    public static func migrateBlocking(url: EventDatabaseURL, logger: Logger) throws -> (from: Int, to: Int) {
        try Blocking.run {
            let connection = try await PostgresConnection.connect(
                configuration: url.configuration, id: 1, logger: logger)
            do {
                let found = try await EventSchema.migrate(connection, logger: logger)
                try? await connection.close()
                return (found, EventSchema.current)
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    static func read(_ connection: PostgresConnection, since: CivilDate?, logger: Logger) async throws
        -> RecordedEvents
    {
        try await EventSchema.migrate(connection, logger: logger)
        let from = Int64(since?.day ?? 0) * 86_400
        var queries: [QueryEvent] = []
        let queryRows = try await connection.query(
            """
            SELECT extract(epoch FROM time)::int8, channel, query, hits::int8, top_hit, top_score,
                   coalesce(confidence, '')
            FROM kb_queries WHERE time >= to_timestamp(\(from)) ORDER BY time, id
            """, logger: logger)
        for try await (time, channel, query, hits, top, score, confidence) in queryRows.decode(
            (Int64, String, String, Int64, String, Float, String).self)
        {
            queries.append(
                QueryEvent(
                    time: time, channel: channel, query: query, hits: Int(hits), topHit: top, topScore: score,
                    confidence: Confidence(rawValue: confidence)))
        }
        var clicks: [ClickEvent] = []
        let clickRows = try await connection.query(
            """
            SELECT extract(epoch FROM time)::int8, kind, channel, query, rank::int8, article
            FROM kb_clicks WHERE time >= to_timestamp(\(from)) ORDER BY time, id
            """, logger: logger)
        for try await (time, kind, channel, query, rank, article) in clickRows.decode(
            (Int64, String, String, String, Int64, String).self)
        {
            guard let kind = ClickKind(rawValue: kind) else { continue }
            clicks.append(
                ClickEvent(
                    time: time, kind: kind, channel: channel, query: query, rank: Int(rank), article: article)
            )
        }
        var feedback: [FeedbackEvent] = []
        let feedbackRows = try await connection.query(
            """
            SELECT to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), article, kind, channel, comment
            FROM kb_feedback ORDER BY time, id
            """, logger: logger)
        for try await (time, article, kind, channel, comment) in feedbackRows.decode(
            (String, String, String, String, String).self)
        {
            guard let kind = FeedbackKind(rawValue: kind) else { continue }
            feedback.append(
                FeedbackEvent(time: time, article: article, kind: kind, channel: channel, comment: comment))
        }
        return RecordedEvents(queries: queries, clicks: clicks, feedback: feedback)
    }
}
