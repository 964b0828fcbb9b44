import NIOCore
import TestSupport
import Testing

@testable import RESP

/// Property-based fuzzing of the decoder: random requests round-trip through any chunking, and
/// random bytes never crash it or make it buffer past its limits.
@Suite struct RESPFuzzTests {
    /// Feeds `bytes` in random chunks; returns the requests, or the error.
    func feed(_ bytes: [UInt8], _ random: inout SeededGenerator, limits: RESPLimits = .default) -> Result<
        [[[UInt8]]], RESPProtocolError
    > {
        var decoder = RESPRequestDecoder(limits: limits)
        var buffer = ByteBuffer()
        var out: [[[UInt8]]] = []
        var offset = 0
        do {
            while offset < bytes.count {
                let size = Int.random(in: 1...max(1, min(64, bytes.count - offset)), using: &random)
                buffer.writeBytes(bytes[offset..<(offset + size)])
                offset += size
                while let request = try decoder.next(&buffer) {
                    out.append(request.map { $0.getBytes(at: $0.readerIndex, length: $0.readableBytes)! })
                }
                // Never holds more than a request's worth of bytes.
                #expect(buffer.readableBytes <= limits.maxBulkLength + 2 * limits.maxInlineLength + 64)
            }
        } catch {
            return .failure(error)
        }
        return .success(out)
    }

    @Test func randomRequestsRoundTripThroughAnyChunking() {
        var random = SeededGenerator(state: 2026)
        var inputs = 0
        for _ in 0..<3_000 {
            var expected: [[[UInt8]]] = []
            var wire: [UInt8] = []
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let arguments = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                    (0..<Int.random(in: 0...40, using: &random)).map { _ in
                        UInt8.random(in: 0...255, using: &random)
                    }
                }
                expected.append(arguments)
                wire += RESPEncoder.bytes(.array(arguments.map { .bulkString($0) }))
            }
            #expect((try? feed(wire, &random).get()) == expected)
            inputs += 1
        }
        print("round-trip inputs decoded: \(inputs)")
    }

    @Test func randomBytesNeverCrash() {
        var random = SeededGenerator(state: 7)
        let alphabet: [UInt8] = Array("*$\r\n0123456789- \"'\\xabPINGSEARCH".utf8) + [0, 255]
        let limits = RESPLimits(maxInlineLength: 256, maxBulkLength: 512, maxArguments: 16)
        var survived = 0
        var errors = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in
                alphabet.randomElement(using: &random)!
            }
            if case .failure = feed(bytes, &random, limits: limits) { errors += 1 }
            survived += 1
        }
        print("random inputs survived: \(survived) (\(errors) rejected as protocol errors)")
        #expect(survived == 20_000)
        #expect(errors > 0)
    }
}
