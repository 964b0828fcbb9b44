import NIOCore

/// Writes `RESPValue` replies in RESP2.
///
/// Exists as one function per value kind. Error and simple-string text has CR and LF replaced by
/// spaces, so echoed input can never inject a second reply.
public struct RESPEncoder: MessageToByteEncoder {
    public typealias OutboundIn = RESPValue

    public init() {}

    public func encode(data: RESPValue, out: inout ByteBuffer) {
        RESPEncoder.write(data, to: &out)
    }

    /// The RESP bytes of `value`.
    public static func bytes(_ value: RESPValue) -> [UInt8] {
        var buffer = ByteBufferAllocator().buffer(capacity: 64)
        write(value, to: &buffer)
        return Array(buffer: buffer)
    }

    public static func write(_ value: RESPValue, to out: inout ByteBuffer) {
        switch value {
        case .simpleString(let text):
            out.writeInteger(UInt8(ascii: "+"))
            writeLine(text, to: &out)
        case .error(let text):
            out.writeInteger(UInt8(ascii: "-"))
            writeLine(text, to: &out)
        case .integer(let number):
            out.writeInteger(UInt8(ascii: ":"))
            out.writeString(String(number))
            out.writeStaticString("\r\n")
        case .bulkString(let bytes):
            out.writeInteger(UInt8(ascii: "$"))
            out.writeString(String(bytes.count))
            out.writeStaticString("\r\n")
            out.writeBytes(bytes)
            out.writeStaticString("\r\n")
        case .null:
            out.writeStaticString("$-1\r\n")
        case .array(let values):
            out.writeInteger(UInt8(ascii: "*"))
            out.writeString(String(values.count))
            out.writeStaticString("\r\n")
            for value in values { write(value, to: &out) }
        case .encoded(let bytes):
            out.writeBytes(bytes)
        }
    }

    private static func writeLine(_ text: String, to out: inout ByteBuffer) {
        for byte in text.utf8 {
            out.writeInteger(byte == 0x0D || byte == 0x0A ? UInt8(ascii: " ") : byte)
        }
        out.writeStaticString("\r\n")
    }
}

extension Array where Element == UInt8 {
    init(buffer: ByteBuffer) {
        self = buffer.getBytes(at: buffer.readerIndex, length: buffer.readableBytes) ?? []
    }
}
