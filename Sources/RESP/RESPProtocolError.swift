/// A request that breaks the protocol or a limit. The connection replies
/// `-ERR Protocol error: <message>` and closes, as Redis does.
///
/// Exists as one type so the decoder, the error handler and the tests share the exact wording,
/// which follows Redis's where Redis has one.
public struct RESPProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "Protocol error: \(message)" }

    static let tooBigInline = RESPProtocolError("too big inline request")
    static let tooBigCount = RESPProtocolError("too big mbulk count string")
    static let tooBigBulkCount = RESPProtocolError("too big bulk count string")
    static let invalidMultibulkLength = RESPProtocolError("invalid multibulk length")
    static let invalidBulkLength = RESPProtocolError("invalid bulk length")
    static let unbalancedQuotes = RESPProtocolError("unbalanced quotes in request")
    static let missingBulkTerminator = RESPProtocolError("bulk string not followed by CRLF")
    static func expectedDollar(_ byte: UInt8) -> RESPProtocolError {
        let shown =
            byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
        return RESPProtocolError("expected '$', got '\(shown)'")
    }
}
