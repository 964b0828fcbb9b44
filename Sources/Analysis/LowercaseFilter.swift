/// Lowercases a term's UTF-8 bytes in place, so "Förskola", "FÖRSKOLA" and
/// "förskola" become one term, and so the stemmer, which expects lowercase,
/// gets it.
///
/// It covers exactly the letters the `Tokenizer` lets through: ASCII A–Z
/// (the fast path, one byte each), the Latin-1 capitals À–Þ (C3 80–C3 9E,
/// except C3 97 ×), which lowercase by adding 0x20 to their second byte, and
/// the Latin Extended-A capitals (Ā–Ž, Ÿ), which stay two bytes. The one
/// exception is İ (U+0130), which becomes a plain "i" and so shortens the
/// term by a byte; Unicode's "i̇" would lengthen it. Other bytes, including
/// invalid ones, are left as they are.
///
/// ```swift
/// LowercaseFilter().lowercase("ÅÄÖ Łódź")  // "åäö łódź"
/// ```
public struct LowercaseFilter: Sendable {
    public init() {}

    /// Lowercases `term` in place. It never grows.
    public func lowercase(_ term: inout [UInt8]) {
        let newCount = term.withUnsafeMutableBufferPointer { Self.lowercase($0) }
        if newCount < term.count {
            term.removeLast(term.count - newCount)
        }
    }

    /// Lowercases a string; see `lowercase(_:)` on bytes.
    public func lowercase(_ text: String) -> String {
        var bytes = Array(text.utf8)
        lowercase(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercases `w` in place and returns its new length, which is shorter
    /// than `w.count` only if it held an İ.
    static func lowercase(_ w: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = w.count
        var i = 0
        var out = 0  // == i until an İ has been shortened
        while i < n {
            let b = w[i]
            if b < 0x80 {
                w[out] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                i += 1
                out += 1
                continue
            }
            guard b >= 0xC3, b <= 0xC5, i + 1 < n, w[i + 1] & 0xC0 == 0x80 else {
                w[out] = b
                i += 1
                out += 1
                continue
            }
            let scalar = UInt16(b & 0x1F) << 6 | UInt16(w[i + 1] & 0x3F)
            if scalar == 0x130 {
                w[out] = 0x69  // İ → i
                out += 1
            } else {
                let lower = lowercase(scalar)
                w[out] = 0xC0 | UInt8(lower >> 6)
                w[out + 1] = 0x80 | UInt8(lower & 0x3F)
                out += 2
            }
            i += 2
        }
        return out
    }

    /// The lowercase of a letter in U+00C0–U+017F, or the letter itself.
    /// Latin Extended-A pairs each capital with the scalar after it, on even
    /// scalars in most blocks and on odd ones in Ĺ–Ň and Ź–Ž.
    @inline(__always)
    private static func lowercase(_ s: UInt16) -> UInt16 {
        switch s {
        case 0xC0...0xDE where s != 0xD7:  // À–Þ, not ×
            return s + 0x20
        case 0x100...0x137, 0x14A...0x177:  // Ā–ķ, Ŋ–ŷ
            return s | 1
        case 0x139...0x148, 0x179...0x17E:  // Ĺ–ň, Ź–ž
            return s & 1 == 1 ? s + 1 : s
        case 0x178:  // Ÿ → ÿ
            return 0xFF
        default:
            return s
        }
    }
}
