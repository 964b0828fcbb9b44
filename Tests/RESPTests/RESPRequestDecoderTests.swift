import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import RESP

/// Decodes all requests in `text`, in one piece.
func decodeAll(_ bytes: [UInt8], limits: RESPLimits = .default) throws -> [[String]] {
    var decoder = RESPRequestDecoder(limits: limits)
    var buffer = ByteBuffer(bytes: bytes)
    var out: [[String]] = []
    while let request = try decoder.next(&buffer) {
        out.append(request.map { String(buffer: $0) })
    }
    return out
}

func decodeAll(_ text: String, limits: RESPLimits = .default) throws -> [[String]] {
    try decodeAll(Array(text.utf8), limits: limits)
}

func protocolError(_ text: String, limits: RESPLimits = .default) -> String? {
    do {
        _ = try decodeAll(text, limits: limits)
        return nil
    } catch {
        return (error as? RESPProtocolError)?.message
    }
}

@Suite struct RESPRequestDecoderTests {
    @Test func multibulkInlineAndPipelining() throws {
        #expect(try decodeAll("*1\r\n$4\r\nPING\r\n") == [["PING"]])
        #expect(try decodeAll("PING\r\n") == [["PING"]])
        #expect(try decodeAll("PING\n") == [["PING"]])
        #expect(
            try decodeAll("*2\r\n$6\r\nSEARCH\r\n$5\r\ndagis\r\nSEARCH \"skriva ut\" kontoutdrag\r\nPING\r\n")
                == [["SEARCH", "dagis"], ["SEARCH", "skriva ut", "kontoutdrag"], ["PING"]])
        // Binary-safe bulk strings: CR LF inside are data.
        #expect(try decodeAll("*2\r\n$4\r\nECHO\r\n$4\r\na\r\nb\r\n") == [["ECHO", "a\r\nb"]])
        #expect(try decodeAll("*2\r\n$4\r\nECHO\r\n$0\r\n\r\n") == [["ECHO", ""]])
    }

    @Test func emptyLinesAndEmptyMultibulkAreNoCommand() throws {
        #expect(try decodeAll("\r\n\r\n   \r\nPING\r\n") == [["PING"]])
        #expect(try decodeAll("*0\r\n*-10\r\nPING\r\n") == [["PING"]])
    }

    @Test func incompleteInputWaits() throws {
        var decoder = RESPRequestDecoder()
        var buffer = ByteBuffer(string: "*2\r\n$4\r\nECHO\r\n$5\r\nhej")
        #expect(try decoder.next(&buffer) == nil)
        buffer.writeString("sa\r\n")
        #expect(try decoder.next(&buffer).map { $0.map { String(buffer: $0) } } == ["ECHO", "hejsa"])
    }

    @Test func verifierAgreesOnEverySplit() throws {
        // NIO's verifier feeds the input byte by byte, whole and in batches.
        let requests: [(String, [ByteBuffer])] = [
            ("*1\r\n$4\r\nPING\r\n", ["PING"].map { ByteBuffer(string: $0) }),
            ("SEARCH dagis ko\r\n", ["SEARCH", "dagis", "ko"].map { ByteBuffer(string: $0) }),
            (
                "*3\r\n$6\r\nSEARCH\r\n$5\r\nLIMIT\r\n$1\r\n3\r\n",
                ["SEARCH", "LIMIT", "3"].map { ByteBuffer(string: $0) }
            ),
            ("GET 'forskola-ansokan'\r\n", ["GET", "forskola-ansokan"].map { ByteBuffer(string: $0) }),
        ]
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: requests.map { (ByteBuffer(string: $0.0), [$0.1]) },
            decoderFactory: { RESPRequestDecoder() })
    }

    // The negative cases of Redis's tests/unit/protocol.tcl, with our limits.
    @Test func redisProtocolNegativeCases() {
        // Out of range: we cap at 1,024 arguments.
        #expect(protocolError("*20000000\r\n") == "invalid multibulk length")
        #expect(protocolError("*blabla\r\n") == "invalid multibulk length")
        #expect(protocolError("*3\r\n$3\r\nSET\r\n$1\r\nx\r\nfooz\r\n") == "expected '$', got 'f'")
        #expect(protocolError("*3\r\n$3\r\nSET\r\n$-10\r\n") == "invalid bulk length")
        #expect(protocolError("*3\r\n$3\r\nSET\r\n$2000000000\r\n") == "invalid bulk length")
        #expect(protocolError("*3\r\n$3\r\nSET\r\n$blabla\r\n") == "invalid bulk length")
        #expect(protocolError("set \"\"\"test-key\"\"\" test-value\r\n") == "unbalanced quotes in request")
        #expect(protocolError("SEARCH \"skriva ut\r\n") == "unbalanced quotes in request")
        #expect(protocolError("*1\r\n$1\r\n\u{0}") == nil)  // incomplete: waits
        #expect(protocolError("*1\r\n$1\r\n\u{0}\u{0}\u{0}") == "bulk string not followed by CRLF")
    }

    @Test func limitsAreEnforced() {
        let small = RESPLimits(maxInlineLength: 100, maxBulkLength: 10, maxArguments: 3)
        #expect(protocolError(String(repeating: "a", count: 101), limits: small) == "too big inline request")
        #expect(
            protocolError(String(repeating: "a ", count: 40) + "\r\n", limits: small)
                == "invalid multibulk length")
        #expect(protocolError("*4\r\n", limits: small) == "invalid multibulk length")
        #expect(protocolError("*1\r\n$11\r\n", limits: small) == "invalid bulk length")
        #expect(
            protocolError("*1" + String(repeating: "1", count: 101), limits: small)
                == "too big mbulk count string")
        #expect(
            protocolError("*1\r\n$" + String(repeating: "1", count: 101), limits: small)
                == "too big bulk count string")
        // At the limit is fine.
        #expect(protocolError("*1\r\n$10\r\n0123456789\r\n", limits: small) == nil)
        #expect(protocolError(String(repeating: "a", count: 100) + "\n", limits: small) == nil)
    }

    @Test func reusedArgumentArrayAgreesAtEverySplit() throws {
        // The server's path: one argument array for every request, input split at any offset.
        let wire = Array(
            ("*1\r\n$4\r\nPING\r\nPING x\r\n\r\n*0\r\n*3\r\n$6\r\nSEARCH\r\n$5\r\ndagis\r\n$2\r\nko\r\n"
                + "*2\r\n$4\r\nECHO\r\n$4\r\na\r\nb\r\nSEARCH \"skriva ut\" LIMIT 3\n*1\r\n$0\r\n\r\n").utf8)
        let expected = [
            ["PING"], ["PING", "x"], ["SEARCH", "dagis", "ko"], ["ECHO", "a\r\nb"],
            ["SEARCH", "skriva ut", "LIMIT", "3"],
            [""],
        ]
        for split in 0...wire.count {
            for pieces in [[wire[..<split], wire[split...]], wire.indices.map { wire[$0...$0] }] {
                var decoder = RESPRequestDecoder()
                var buffer = ByteBuffer()
                var request: [ByteBuffer] = []
                var out: [[String]] = []
                for piece in pieces {
                    buffer.writeBytes(piece)
                    while try decoder.next(&buffer, into: &request) {
                        out.append(request.map { String(buffer: $0) })
                    }
                    #expect(request.isEmpty)
                }
                #expect(out == expected, "split at \(split)")
                #expect(buffer.readableBytes == 0)
            }
        }
    }

    @Test func aLongPartialLineIsNotRescannedFromItsStart() throws {
        // Feed a 60 KiB line in 1-byte reads: linear time thanks to the remembered scan offset.
        var decoder = RESPRequestDecoder()
        var buffer = ByteBuffer()
        for _ in 0..<(60 * 1024) {
            buffer.writeInteger(UInt8(ascii: "a"))
            #expect(try decoder.next(&buffer) == nil)
        }
        buffer.writeString("\r\n")
        #expect(try decoder.next(&buffer)?.first?.readableBytes == 60 * 1024)
    }
}

extension String {
    init(buffer: ByteBuffer) {
        self = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? ""
    }
}
