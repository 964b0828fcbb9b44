import NIOCore
import NIOEmbedded
import Testing

@testable import RESP

@Suite struct RESPEncoderTests {
    func encoded(_ value: RESPValue) -> String {
        String(decoding: RESPEncoder.bytes(value), as: UTF8.self)
    }

    @Test func everyKind() {
        #expect(encoded(.simpleString("PONG")) == "+PONG\r\n")
        #expect(encoded(.error("ERR nope")) == "-ERR nope\r\n")
        #expect(encoded(.integer(-42)) == ":-42\r\n")
        #expect(encoded(.bulk("förskola")) == "$9\r\nförskola\r\n")  // bytes, not characters
        #expect(encoded(.null) == "$-1\r\n")
        #expect(encoded(.array([.bulk("a"), .integer(1), .array([])])) == "*3\r\n$1\r\na\r\n:1\r\n*0\r\n")
        #expect(encoded(.encoded(Array("+raw\r\n".utf8))) == "+raw\r\n")
    }

    @Test func errorTextCannotInjectAReply() {
        #expect(encoded(.error("ERR a\r\n+OK")) == "-ERR a  +OK\r\n")
        #expect(encoded(.simpleString("x\ny")) == "+x y\r\n")
    }

    @Test func throughAChannel() throws {
        let channel = EmbeddedChannel(handler: MessageToByteHandler(RESPEncoder()))
        try channel.writeOutbound(RESPValue.simpleString("OK"))
        let written = try channel.readOutbound(as: ByteBuffer.self)
        #expect(written.map { String(buffer: $0) } == "+OK\r\n")
        _ = try channel.finish()
    }
}
