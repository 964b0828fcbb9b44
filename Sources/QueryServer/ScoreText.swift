import NIOCore

/// A hit's score as SEARCH shows it: rounded to thousandths, written as Swift writes that
/// `Float` (`String((score * 1000).rounded() / 1000)`: "12.345", "3.5", "7.0").
///
/// Exists because that `String` cost more than the rest of a hit's encoding (a float-to-text
/// conversion and a string per hit). For a rounded score from 0.001 to under 1,000, the
/// `Float` nearest k/1000 is closer to k/1000 than to any other number of three decimals or
/// fewer (the gap between neighbouring `Float`s there is under a 16,000th), so Swift's
/// shortest round-tripping text is k/1000's digits with trailing zeros dropped (keeping one).
/// Those digits are written straight from the integer k; any other score (zero, negative, large,
/// not finite) goes through `String` as before.
enum ScoreText {
    /// Writes the score as a RESP bulk string (`$6\r\n12.345\r\n`).
    static func writeBulk(_ score: Float, to output: inout ByteBuffer) {
        let scaled = (score * 1000).rounded()
        guard scaled >= 1, scaled < 1_000_000 else {
            let text = String(scaled / 1000)
            output.writeStaticString("$")
            output.writeString(String(text.utf8.count))
            output.writeStaticString("\r\n")
            output.writeString(text)
            output.writeStaticString("\r\n")
            return
        }
        // Digits of the whole part (at most 3), '.', then 1 to 3 decimals.
        let thousandths = Int(scaled)
        let whole = thousandths / 1000
        var fraction = thousandths % 1000
        var decimals = 3
        while decimals > 1, fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        let wholeDigits = whole >= 100 ? 3 : whole >= 10 ? 2 : 1
        // `$7\r\n123.456\r\n` at most: 15 bytes.
        var bytes: (UInt64, UInt64) = (0, 0)
        let length = wholeDigits + 1 + decimals
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw[0] = UInt8(ascii: "$")
            raw[1] = 0x30 + UInt8(length)
            raw[2] = UInt8(ascii: "\r")
            raw[3] = UInt8(ascii: "\n")
            var at = 4 + wholeDigits
            var value = whole
            for _ in 0..<wholeDigits {
                at -= 1
                raw[at] = 0x30 + UInt8(value % 10)
                value /= 10
            }
            at = 4 + wholeDigits
            raw[at] = UInt8(ascii: ".")
            at += decimals
            value = fraction
            for _ in 0..<decimals {
                raw[at] = 0x30 + UInt8(value % 10)
                value /= 10
                at -= 1
            }
            at = 4 + length
            raw[at] = UInt8(ascii: "\r")
            raw[at + 1] = UInt8(ascii: "\n")
            output.writeBytes(UnsafeRawBufferPointer(rebasing: raw[0..<(at + 2)]))
        }
    }
}
