/// A RESP2 reply.
///
/// Exists as the one type commands return and the encoder writes. It has exactly one null
/// (`$-1`), unlike clients that keep a second "empty" nothing.
public enum RESPValue: Sendable, Equatable {
    case simpleString(String)
    case error(String)
    case integer(Int)
    case bulkString([UInt8])
    case null
    case array([RESPValue])
    /// Bytes already in RESP form (a cached fragment of a reply), written as they are.
    case encoded([UInt8])

    public static func bulk(_ text: String) -> RESPValue { .bulkString(Array(text.utf8)) }
    public static let ok = RESPValue.simpleString("OK")
}
