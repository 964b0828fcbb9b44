/// What can go wrong with the shared event store: the module's one error type.
///
/// Exists so a front end can tell a refused `--events` address (a usage error) from a database
/// that is too new for this program or one that failed, and say each on one line without ever
/// repeating a password.
public enum EventStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--events` address is not one kb can use (wrong scheme, no database, a bad port…).
    /// The address itself is not kept: it may hold a password.
    case invalidAddress(reason: String)
    /// The database's schema has a version newer than this program knows: it is left alone.
    case schemaTooNew(found: Int)
    /// The database failed or did not answer: the driver's or the server's message, on one line.
    case database(String)

    public var description: String {
        switch self {
        case .invalidAddress(let reason): "--events: \(reason): postgres://…"
        case .schemaTooNew(let found):
            "the event database has schema version \(found); this kb knows up to \(EventSchema.current)"
        case .database(let message): message
        }
    }
}
