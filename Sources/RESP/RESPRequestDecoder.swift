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
        while true {
            if remaining == 0 {
                // Between requests: skip empty lines, then decide the form.
                guard let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else {
                    return nil
                }
                if first == UInt8(ascii: "*") {
                    guard let line = try readLine(&buffer, limit: limits.maxInlineLength, error: .tooBigCount)
                    else {
                        return nil
                    }
                    guard let count = Self.integer(line.dropFirst()), count <= Int32.max else {
                        throw .invalidMultibulkLength
                    }
                    if count <= 0 { continue }  // an empty command, as Redis treats it
                    guard count <= limits.maxArguments else { throw .invalidMultibulkLength }
                    remaining = count
                    arguments = []
                    arguments.reserveCapacity(min(count, 16))
                    continue
                }
                guard let line = try readLine(&buffer, limit: limits.maxInlineLength, error: .tooBigInline)
                else {
                    return nil
                }
                let words = try InlineSplitter.split(Array(line))
                guard words.count <= limits.maxArguments else { throw .invalidMultibulkLength }
                if words.isEmpty { continue }
                return words.map { ByteBuffer(bytes: $0) }
            }
            if let length = bulkLength {
                guard buffer.readableBytes >= length + 2 else { return nil }
                let data = buffer.readSlice(length: length)!
                guard buffer.readInteger(as: UInt8.self) == 0x0D, buffer.readInteger(as: UInt8.self) == 0x0A
                else {
                    throw .missingBulkTerminator
                }
                bulkLength = nil
                arguments.append(data)
                remaining -= 1
                if remaining == 0 {
                    defer { arguments = [] }
                    return arguments
                }
                continue
            }
            guard let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else { return nil }
            guard first == UInt8(ascii: "$") else { throw .expectedDollar(first) }
            guard let line = try readLine(&buffer, limit: limits.maxInlineLength, error: .tooBigBulkCount)
            else {
                return nil
            }
            guard let length = Self.integer(line.dropFirst()), length >= 0, length <= limits.maxBulkLength
            else {
                throw .invalidBulkLength
            }
            bulkLength = length
        }
    }

    /// Reads a line ending in "\n" (an optional "\r" before it dropped), or nil when none is
    /// complete yet; throws when the line grows past `limit`.
    private mutating func readLine(_ buffer: inout ByteBuffer, limit: Int, error: RESPProtocolError)
        throws(RESPProtocolError) -> ByteBufferView?
    {
        let view = buffer.readableBytesView
        let start = view.startIndex
        var index = start + min(scanned, view.count)
        while index < view.endIndex, view[index] != 0x0A { index += 1 }
        guard index < view.endIndex else {
            scanned = view.count
            if view.count > limit { throw error }
            return nil
        }
        scanned = 0
        var end = index
        if end > start, view[end - 1] == 0x0D { end -= 1 }
        guard end - start <= limit else { throw error }
        let line = view[start..<end]  // a view of the same storage: nothing copied
        buffer.moveReaderIndex(forwardBy: index - start + 1)
        return line
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
