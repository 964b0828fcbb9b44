import Foundation
import Insight
import InsightPostgres
import Logging
import TestSupport
import Testing

/// The event store against a private PostgreSQL: the schema, and events recorded through the
/// logs arriving in the tables, redacted.
@Suite(.serialized, .enabled(if: PostgresCluster.available, "\(PostgresCluster.unavailableReason)"))
struct EventStoreTests {
    static var logger: Logger {
        var logger = Logger(label: "test.events")
        logger.logLevel = .critical
        return logger
    }

    @Test func migrationCreatesTheTablesOnceAndRefusesANewerSchema() throws {
        let cluster = try PostgresCluster()
        let url = try EventDatabaseURL(cluster.url)
        let first = try EventReader.migrateBlocking(url: url, logger: Self.logger)
        #expect(first.from == 0 && first.to == 1)
        #expect(try cluster.query("SELECT version FROM kb_schema") == "1")
        #expect(
            try cluster.query(
                "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE tablename LIKE 'kb_%'"
            )
                == "kb_clicks,kb_feedback,kb_queries,kb_schema")
        let again = try EventReader.migrateBlocking(url: url, logger: Self.logger)
        #expect(again.from == 1 && again.to == 1)
        #expect(try cluster.query("SELECT count(*) FROM kb_schema") == "1")

        try cluster.query("INSERT INTO kb_schema (version) VALUES (99)")
        #expect {
            try EventReader.migrateBlocking(url: url, logger: Self.logger)
        } throws: { "\($0)".contains("schema version 99") }
    }

    /// Searches, clicks and feedback recorded through the logs reach the tables with personal
    /// data removed (the same text as the files hold), and read back as the files do.
    @Test func eventsRecordedThroughTheLogsReachTheDatabaseRedacted() throws {
        let cluster = try PostgresCluster()
        let logs = TemporaryFolder.make("events") + "/Logs"
        let store = try PostgresEventStore(
            url: try EventDatabaseURL(cluster.url), logDirectory: logs, logger: Self.logger)
        store.start()
        defer { store.shutdown() }
        let queries = QueryLog(directory: logs, events: store)
        let clicks = ClickLog(directory: logs, events: store)
        let now = QueryLog.now()
        queries.record(
            channel: "contact-center", query: "bygglov för 19850101-1234", hits: 3, topHit: "bygglov",
            topScore: 2.5, confidence: .strong, at: now)
        queries.record(channel: "library", query: "simhall", hits: 0, topHit: "", topScore: 0, at: now + 1)
        clicks.record(
            .open, channel: "library", query: "ring 040-34 10 00", rank: 2, article: "bygglov", at: now + 2)
        try FeedbackStore(directory: logs).append(
            FeedbackEvent(
                time: FeedbackStore.now(), article: "bygglov", kind: .wrong, channel: "server",
                comment: "mejla anna.svensson@example.se"))

        #expect(
            eventually {
                (try? cluster.query(
                    "SELECT (SELECT count(*) FROM kb_queries)::text || (SELECT count(*) FROM kb_clicks) || (SELECT count(*) FROM kb_feedback)"
                )) == "211"
            })
        let allText = try cluster.query(
            "SELECT string_agg(query, '|') FROM (SELECT query FROM kb_queries UNION ALL SELECT query FROM kb_clicks UNION ALL SELECT comment FROM kb_feedback) t"
        )
        #expect(
            !allText.contains("19850101") && !allText.contains("anna.svensson")
                && !allText.contains("34 10 00"))
        #expect(allText.contains("bygglov för [personnummer]"))
        #expect(
            try cluster.query("SELECT comment FROM kb_feedback")
                == FeedbackStore(directory: logs).all().first?.comment)

        let recorded = try store.load(since: nil)
        try queries.flush()
        #expect(recorded.queries == queries.events())
        #expect(recorded.clicks == clicks.events())
        #expect(recorded.feedback == FeedbackStore(directory: logs).all())
        #expect(store.status.sent == 4 && store.status.pending == 0 && store.status.lost == 0)
        #expect(store.status.connected)
    }

    /// Feedback shipped and then shipped again (the note of how far shipping got lost, as after a
    /// crash between the insert and the note) is stored once.
    @Test func feedbackShippedTwiceIsStoredOnce() throws {
        let cluster = try PostgresCluster()
        let logs = TemporaryFolder.make("events") + "/Logs"
        let feedback = FeedbackStore(directory: logs)
        for kind in [FeedbackKind.wrong, .unclear, .helpful] {
            try feedback.append(
                FeedbackEvent(
                    time: FeedbackStore.now(), article: "bygglov", kind: kind, channel: "cli", comment: ""))
        }
        let url = try EventDatabaseURL(cluster.url)
        let first = try PostgresEventStore(url: url, logDirectory: logs, logger: Self.logger)
        first.start()
        #expect(eventually { (try? cluster.query("SELECT count(*) FROM kb_feedback")) == "3" })
        first.shutdown()
        try FileManager.default.removeItem(atPath: logs + "/events-feedback.offset")
        let second = try PostgresEventStore(url: url, logDirectory: logs, logger: Self.logger)
        #expect(second.node == first.node)
        second.start()
        #expect(eventually { second.status.sent == 3 })
        second.shutdown()
        #expect(try cluster.query("SELECT count(*) FROM kb_feedback") == "3")
    }

    /// With the database gone, searches keep being buffered up to the bound; the rest are counted
    /// as lost, and what is held is shipped once the database is back.
    @Test func aFullBufferCountsLostSearchesWhileTheDatabaseIsDown() throws {
        let cluster = try PostgresCluster()
        try cluster.stop()
        let logs = TemporaryFolder.make("events") + "/Logs"
        let store = try PostgresEventStore(
            url: try EventDatabaseURL(cluster.url), logDirectory: logs, capacity: 10, logger: Self.logger)
        store.start()
        defer { store.shutdown() }
        let queries = QueryLog(directory: logs, events: store)
        for index in 0..<25 {
            queries.record(channel: "web", query: "fråga \(index)", hits: 1, topHit: "bygglov", topScore: 1)
        }
        #expect(store.status.lost == 15)
        #expect(store.status.pending == 10)
        #expect(eventually { store.status.lastError != nil && !store.status.connected })
        try cluster.start()
        #expect(eventually { store.status.pending == 0 })
        #expect(try cluster.query("SELECT min(query) || ',' || count(*) FROM kb_queries") == "fråga 15,10")
        #expect(store.status.sent == 10 && store.status.lost == 15)
    }
}
