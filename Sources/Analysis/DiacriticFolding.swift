/// Folds letters with diacritics to their base letters in place: å and ä to a,
/// ö and ø to o, é to e, æ to ae, and so on through Latin-1 and Latin
/// Extended-A.
///
/// Callers and guides often type without å, ä and ö ("forskola", "hemtjanst"),
/// so the index and every query fold the same way and "förskola" meets
/// "forskola". Folding runs *after* stemming: the Swedish stemmer counts å, ä
/// and ö as vowels, so folding first would change its regions and stems.
///
/// Each letter in U+00C0–U+017F that has a base letter maps, through one
/// table, to one or two ASCII letters; case is kept. Combining marks
/// (U+0300–U+036F) are removed. Each of these is two bytes, so no
/// replacement is longer than what it replaces, and the term is rewritten in
/// place and never grows. Other bytes,
/// including invalid ones, are left as they are.
///
/// ```swift
/// DiacriticFolding().fold("åäö")     // "aao"
/// DiacriticFolding().fold("smörgås") // "smorgas"
/// ```
public struct DiacriticFolding: Sendable {
    public init() {}

    /// Folds `term` in place. It never grows.
    public func fold(_ term: inout [UInt8]) {
        let newCount = term.withUnsafeMutableBufferPointer { Self.fold($0) }
        if newCount < term.count {
            term.removeLast(term.count - newCount)
        }
    }

    /// Folds a string; see `fold(_:)` on bytes.
    public func fold(_ text: String) -> String {
        var bytes = Array(text.utf8)
        fold(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds `w` in place and returns its new length.
    static func fold(_ w: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = w.count
        // Fast path: pure ASCII, the common case for numbers and for queries
        // typed without å, ä and ö, is already folded.
        var i = 0
        while i < n, w[i] < 0x80 { i += 1 }
        if i == n { return n }

        return table.withUnsafeBufferPointer { table in
            var out = i
            while i < n {
                let b = w[i]
                let hasContinuation = i + 1 < n && w[i + 1] & 0xC0 == 0x80
                if b >= 0xC3, b <= 0xC5, hasContinuation {
                    let entry = table[Int(b - 0xC3) << 6 | Int(w[i + 1] & 0x3F)]
                    if entry == 0 {  // × and ÷: kept as they are
                        w[out] = b
                        w[out + 1] = w[i + 1]
                        out += 2
                    } else {
                        w[out] = UInt8(entry & 0xFF)
                        out += 1
                        if entry > 0xFF {
                            w[out] = UInt8(entry >> 8)
                            out += 1
                        }
                    }
                    i += 2
                } else if hasContinuation, b == 0xCC || (b == 0xCD && w[i + 1] <= 0xAF) {
                    i += 2  // a combining mark: dropped
                } else {
                    w[out] = b
                    out += 1
                    i += 1
                }
            }
            return out
        }
    }

    /// For each scalar U+00C0–U+017F, at index scalar − 0xC0: the ASCII
    /// replacement, first byte in the low 8 bits and an optional second byte
    /// in the high 8 bits; 0 means no replacement.
    private static let table: [UInt16] = {
        // Each row: letters, and the base each folds to.
        let rows: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("Æ", "AE"), ("æ", "ae"),
            ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ÐĎĐ", "D"), ("ðďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"),
            ("ĤĦ", "H"), ("ĥħ", "h"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"),
            ("Ĳ", "IJ"), ("ĳ", "ij"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇŊ", "N"), ("ñńņňŉŋ", "n"),
            ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"), ("Œ", "OE"), ("œ", "oe"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşšſ", "s"), ("ß", "ss"),
            ("ŢŤŦ", "T"), ("ţťŧ", "t"), ("Þ", "TH"), ("þ", "th"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"),
            ("ÝŶŸ", "Y"), ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        var table = [UInt16](repeating: 0, count: 0x180 - 0xC0)
        for (letters, base) in rows {
            let bytes = Array(base.utf8)
            precondition(bytes.count <= 2 && bytes.allSatisfy { $0 < 0x80 })
            let entry = UInt16(bytes[0]) | (bytes.count == 2 ? UInt16(bytes[1]) << 8 : 0)
            for scalar in letters.unicodeScalars {
                precondition((0xC0..<0x180).contains(scalar.value) && table[Int(scalar.value) - 0xC0] == 0)
                table[Int(scalar.value) - 0xC0] = entry
            }
        }
        return table
    }()
}
