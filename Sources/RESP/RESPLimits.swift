/// The caps the request decoder enforces, stricter than Redis's own.
///
/// Exists so that no client can make the server buffer or allocate without bound: every length
/// and count read from the wire is checked against these before anything is reserved.
public struct RESPLimits: Sendable {
    /// Longest inline command line, and longest `*n` / `$n` header line (Redis: 64 KiB).
    public var maxInlineLength: Int
    /// Largest bulk string (Redis allows 512 MB; a query never needs more than a little).
    public var maxBulkLength: Int
    /// Most arguments in one command.
    public var maxArguments: Int

    public init(maxInlineLength: Int = 64 * 1024, maxBulkLength: Int = 1024 * 1024, maxArguments: Int = 1024)
    {
        self.maxInlineLength = maxInlineLength
        self.maxBulkLength = maxBulkLength
        self.maxArguments = maxArguments
    }

    public static let `default` = RESPLimits()
}
