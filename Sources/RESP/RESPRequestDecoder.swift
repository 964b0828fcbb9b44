import NIOCore

/// Decodes client requests: RESP2 arrays of bulk strings (`*2\r\n$4\r\nPING\r\n…`) and inline
/// commands (a plain text line), both on one connection, pipelined.
///
/// Exists to turn untrusted bytes into argument lists without unbounded buffering. The first
/// byte decides the form (`*` multibulk, anything else inline), as in Redis. State lives across
/// reads, so a request split over many packets is never re-parsed from its start, and no
/// declared count or length sizes an allocation before it is checked against `RESPLimits`.
/// An empty line is no command. Errors are `RESPProtocolError`s; the handler replies and closes.
public struct RESPRequestDecoder: ByteToMessageDecoder {
    public typealias InboundOut = [ByteBuffer]

    private let limits: RESPLimits
    /// Arguments of the multibulk request being read, and how many are still due.
    private var arguments: [ByteBuffer] = []
    private var remaining = 0
    /// The length of the bulk string whose header was read, when its data is still due.
    private var bulkLength: Int?
    /// How far a line has already been scanned for its newline.
    private var scanned = 0

    public init(limits: RESPLimits = .default) {
        self.limits = limits
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws
        -> DecodingState
    {
        guard let request = try next(&buffer) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(request))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool)
        throws
        -> DecodingState
    {
        while let request = try next(&buffer) {
            context.fireChannelRead(Self.wrapInboundOut(request))
        }
        return .needMoreData
    }

    /// The next complete request in `buffer`, consuming its bytes; nil when more are needed.
    /// Public for tests and fuzzing without a channel.
    public mutating func next(_ buffer: inout ByteBuffer) throws(RESPProtocolError) -> [ByteBuffer]? {
        var request: [ByteBuffer] = []
        return try next(&buffer, into: &request) ? request : nil
    }

    /// Decodes the next complete request in `buffer` into `request` (its previous contents
    /// dropped, its storage reused), consuming its bytes; false when more are needed (then
    /// `request` is empty).
    ///
    /// The server's path: one array serves every request of a connection, so a pipelined
    /// command costs no allocation, and the arguments are slices of `buffer`'s storage.
    public mutating func next(_ buffer: inout ByteBuffer, into request: inout [ByteBuffer])
        throws(RESPProtocolError) -> Bool
    {
        while true {
            if remaining == 0 {
                // Between requests: skip empty lines, then decide the form.
                guard let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else {
                    request.removeAll(keepingCapacity: true)
                    return false
                }
                if first == UInt8(ascii: "*") {
                    guard let count = try readNumberLine(&buffer, error: .tooBigCount) else {
                        request.removeAll(keepingCapacity: true)
                        return false
                    }
                    guard let count, count <= Int32.max else { throw .invalidMultibulkLength }
                    if count <= 0 { continue }  // an empty command, as Redis treats it
                    guard count <= limits.maxArguments else { throw .invalidMultibulkLength }
                    remaining = count
                    arguments.removeAll(keepingCapacity: true)
                    arguments.reserveCapacity(min(count, 16))
                    continue
                }
                guard let line = try readLine(&buffer, limit: limits.maxInlineLength, error: .tooBigInline)
                else {
                    request.removeAll(keepingCapacity: true)
                    return false
                }
                let words = try InlineSplitter.split(line)
                guard words.count <= limits.maxArguments else { throw .invalidMultibulkLength }
                if words.isEmpty { continue }
                request.removeAll(keepingCapacity: true)
                for word in words { request.append(ByteBuffer(bytes: word)) }
                return true
            }
            if let length = bulkLength {
                guard buffer.readableBytes >= length + 2 else {
                    request.removeAll(keepingCapacity: true)
                    return false
                }
                let data = buffer.readSlice(length: length)!
                guard buffer.readInteger(as: UInt16.self) == 0x0D0A else { throw .missingBulkTerminator }
                bulkLength = nil
                arguments.append(data)
                remaining -= 1
                if remaining == 0 {
                    // The finished request changes places with the caller's previous one, whose
                    // storage then gathers the next request's arguments.
                    swap(&arguments, &request)
                    arguments.removeAll(keepingCapacity: true)
                    return true
                }
                continue
            }
            guard let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else {
                request.removeAll(keepingCapacity: true)
                return false
            }
            guard first == UInt8(ascii: "$") else { throw .expectedDollar(first) }
            guard let length = try readNumberLine(&buffer, error: .tooBigBulkCount) else {
                request.removeAll(keepingCapacity: true)
                return false
            }
            guard let length, length >= 0, length <= limits.maxBulkLength else { throw .invalidBulkLength }
            bulkLength = length
        }
    }

    /// Reads a `*n` or `$n` header line: nil when it is not complete yet, `.some(nil)` when its
    /// number is not a number, else the number.
    private mutating func readNumberLine(_ buffer: inout ByteBuffer, error: RESPProtocolError)
        throws(RESPProtocolError) -> Int??
    {
        guard let (length, consumed) = try findLine(buffer, limit: limits.maxInlineLength, error: error)
        else {
            return nil
        }
        let number = buffer.withUnsafeReadableBytes { raw in
            Self.integer(UnsafeRawBufferPointer(rebasing: raw[1..<length]))
        }
        buffer.moveReaderIndex(forwardBy: consumed)
        return .some(number)
    }

    /// Reads a line ending in "\n" (an optional "\r" before it dropped), or nil when none is
    /// complete yet; throws when the line grows past `limit`.
    private mutating func readLine(_ buffer: inout ByteBuffer, limit: Int, error: RESPProtocolError)
        throws(RESPProtocolError) -> [UInt8]?
    {
        guard let (length, consumed) = try findLine(buffer, limit: limit, error: error) else { return nil }
        let line = buffer.getBytes(at: buffer.readerIndex, length: length)!
        buffer.moveReaderIndex(forwardBy: consumed)
        return line
    }

    /// The length of the line at the start of `buffer` (without its "\r\n" or "\n") and the
    /// bytes it takes with its ending, or nil when its newline has not arrived. Remembers how
    /// far it looked, so a line arriving in many reads is scanned once.
    private mutating func findLine(_ buffer: ByteBuffer, limit: Int, error: RESPProtocolError)
        throws(RESPProtocolError) -> (length: Int, consumed: Int)?
    {
        let found: (Int, Int)? = buffer.withUnsafeReadableBytes { raw in
            var index = min(scanned, raw.count)
            while index < raw.count, raw[index] != 0x0A { index += 1 }
            guard index < raw.count else { return nil }
            let end = index > 0 && raw[index - 1] == 0x0D ? index - 1 : index
            return (end, index + 1)
        }
        guard let found else {
            scanned = buffer.readableBytes
            if scanned > limit { throw error }
            return nil
        }
        scanned = 0
        guard found.0 <= limit else { throw error }
        return found
    }

    /// A decimal integer (optional leading '-'), or nil.
    static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        var value = 0
        var negative = false
        var digits = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? (negative ? -value : value) : nil
    }
}
