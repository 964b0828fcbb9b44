import NIOCore
import Testing

@testable import QueryServer

/// SEARCH's score bytes written from integers are exactly what `String(Float)` gave before.
@Suite struct ScoreTextTests {
    /// What SEARCH wrote for a score before `ScoreText`: the bulk string of Swift's text.
    static func expected(_ score: Float) -> [UInt8] {
        let text = String((score * 1000).rounded() / 1000)
        return Array("$\(text.utf8.count)\r\n\(text)\r\n".utf8)
    }

    static func written(_ score: Float) -> [UInt8] {
        var buffer = ByteBuffer()
        ScoreText.writeBulk(score, to: &buffer)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }

    @Test func everyThousandthUpToAThousandIsWrittenAsSwiftWritesIt() {
        var mismatches: [Float] = []
        // Every rounded value the fast path takes (0.001 to 999.999), and the edges around it.
        for thousandths in 0...1_000_100 {
            let score = Float(thousandths) / 1000
            if Self.written(score) != Self.expected(score) { mismatches.append(score) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    @Test func unroundedAndOutOfRangeScoresAreWrittenAsSwiftWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var scores: [Float] = [
            0, -0.0, 0.0004, 0.0005, 0.0015, 9.9995, 99.9995, 999.9994, 999.9996, 1000, 12_345.678,
            1e9, 3e20, -1.5, -0.0004, .infinity, -.infinity, .greatestFiniteMagnitude,
            .leastNonzeroMagnitude,
        ]
        for _ in 0..<100_000 { scores.append(Float.random(in: 0..<60, using: &generator)) }
        for _ in 0..<10_000 { scores.append(Float.random(in: 0..<2000, using: &generator)) }
        for score in scores {
            #expect(Self.written(score) == Self.expected(score), "score \(score)")
        }
    }

    @Test func notANumberIsWrittenAsSwiftWritesIt() {
        #expect(Self.written(.nan) == Self.expected(.nan))
    }
}
