import Logging
import PostgresNIO

/// The event store's tables, and the steps that bring a database to the newest version.
///
/// Exists so every `kb serve` that connects (and `kb events migrate`) leaves the database at
/// the version it writes, whatever version it found: `kb_schema` records each step applied, the
/// steps run in one transaction under an advisory lock (two servers starting at once do not
/// both migrate), and a database newer than this program is refused rather than written to.
public enum EventSchema {
    /// Each version's statements; version N is `steps[N - 1]`.
    static let steps: [[String]] = [
        [
            """
            CREATE TABLE kb_feedback (
                id text PRIMARY KEY, node text NOT NULL, time timestamptz NOT NULL,
                article text NOT NULL, kind text NOT NULL, channel text NOT NULL, comment text NOT NULL,
                received timestamptz NOT NULL DEFAULT now())
            """,
            "CREATE INDEX kb_feedback_time ON kb_feedback (time)",
            """
            CREATE TABLE kb_queries (
                id text PRIMARY KEY, node text NOT NULL, time timestamptz NOT NULL, channel text NOT NULL,
                query text NOT NULL, hits integer NOT NULL, top_hit text NOT NULL, top_score real NOT NULL,
                confidence text)
            """,
            "CREATE INDEX kb_queries_time ON kb_queries (time)",
            """
            CREATE TABLE kb_clicks (
                id text PRIMARY KEY, node text NOT NULL, time timestamptz NOT NULL, kind text NOT NULL,
                channel text NOT NULL, query text NOT NULL, rank integer NOT NULL, article text NOT NULL)
            """,
            "CREATE INDEX kb_clicks_time ON kb_clicks (time)",
        ]
    ]

    /// The version this program writes.
    public static var current: Int { steps.count }

    /// Brings the database to `current`; returns the version found before.
    @discardableResult
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.query("BEGIN", logger: logger)
        do {
            // One migrating connection at a time (the key is arbitrary but fixed: "kb events").
            try await connection.query("SELECT pg_advisory_xact_lock(7379014)", logger: logger)
            // Created only when missing, so a role without CREATE can use a current database.
            var exists = false
            for try await name in try await connection.query(
                "SELECT coalesce(to_regclass('kb_schema')::text, '')", logger: logger
            ).decode(String.self) {
                exists = !name.isEmpty
            }
            if !exists {
                try await connection.query(
                    """
                    CREATE TABLE kb_schema (
                        version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
            }
            var found = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0)::int8 FROM kb_schema", logger: logger
            ).decode(Int64.self) {
                found = Int(version)
            }
            guard found <= current else { throw EventStoreError.schemaTooNew(found: found) }
            for version in (found + 1)...max(found + 1, current) where version <= current {
                for statement in steps[version - 1] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO kb_schema (version) VALUES (\(version))", logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
            return found
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
