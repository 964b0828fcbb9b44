/// Splits UTF-8 text into words and numbers, the first step of every analysis.
///
/// A token is a maximal run of letters and digits. Letters are ASCII a–z and
/// A–Z and the letters of Latin-1 and Latin Extended-A (U+00C0–U+017F, but
/// not × and ÷): enough for Swedish and for the names and loan words of the
/// people Malmö serves ("Łukasz", "Šárka", "café"). Everything else splits:
/// whitespace, punctuation, hyphens, slashes, other scripts, symbols and
/// invalid bytes. So "skol-skjuts" gives "skol" and "skjuts", "p-bot" gives
/// "p" and "bot", and "040-34 10 00" gives four numbers.
///
/// A run of only digits is a `.number`; a run with any letter is a `.word`
/// ("mp3"). Letters keep their case; lowercasing is the next filter's job.
///
/// Decomposed text (NFD, as some Mac and web sources write it: "o" followed
/// by U+0308 for "ö") is recomposed while the term is copied, so the rest of
/// the chain sees one spelling of each letter. A combining mark that does not
/// compose with the letter before it is left out of the term but stays inside
/// the token's offsets.
///
/// Terms longer than `maxTokenBytes` are dropped, though they still take a
/// position, and at most `maxTokens` tokens are produced per text. Work is
/// linear in the text's length, and a term is always valid UTF-8, whatever
/// bytes came in.
public struct Tokenizer: Sendable {
    /// Longest term kept, in bytes.
    public let maxTokenBytes: Int

    public init(maxTokenBytes: Int = AnalysisLimits.maxTokenBytes) {
        precondition(maxTokenBytes > 0, "maxTokenBytes must be positive, got \(maxTokenBytes)")
        self.maxTokenBytes = maxTokenBytes
    }

    /// The tokens of `text`, at most `maxTokens` of them.
    public func tokenize(_ text: String, maxTokens: Int = AnalysisLimits.maxTokensPerField) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0, maxTokens: maxTokens) }
    }

    /// The tokens of UTF-8 `text`, at most `maxTokens` of them.
    public func tokenize(
        _ text: UnsafeBufferPointer<UInt8>, maxTokens: Int = AnalysisLimits.maxTokensPerField
    ) -> [Token] {
        var tokens: [Token] = []
        forEachToken(in: text, maxTokens: maxTokens) { tokens.append($0.detached()) }
        return tokens
    }

    /// Calls `body` with each token of UTF-8 `text` in order, at most
    /// `maxTokens` times: the streaming form that analyzers build on.
    ///
    /// `body` may rewrite the token's term in place. The token is one scratch
    /// value whose term buffer is reused for the next token, so nothing is
    /// allocated for tokens that are not kept. Storing it is safe (copy on
    /// write), but a term copied to its exact size keeps less memory.
    public func forEachToken(
        in text: UnsafeBufferPointer<UInt8>, maxTokens: Int, _ body: (inout Token) throws -> Void
    ) rethrows {
        let n = text.count
        var token = Token(term: [], start: 0, end: 0, position: 0)
        token.term.reserveCapacity(maxTokenBytes)
        var position = 0
        var emitted = 0
        var i = 0
        while i < n, emitted < maxTokens {
            // Separators, stray marks and the bytes of other scripts are
            // skipped a byte at a time; no continuation byte can be taken for
            // the lead byte of a letter.
            guard Self.startsToken(text, at: i) else {
                i += 1
                continue
            }
            token.term.removeAll(keepingCapacity: true)
            let start = i
            var tooLong = false

            let isNumber = Self.walkToken(
                text, from: &i,
                segment: { append(text, $0..<$1, to: &token.term, tooLong: &tooLong) },
                mark: { markByte in
                    guard !tooLong else { return }
                    Self.compose(markByte, into: &token.term)
                    tooLong = token.term.count > maxTokenBytes
                })

            if !tooLong {
                token.start = start
                token.end = i
                token.position = position
                token.kind = isNumber ? .number : .word
                token.isKeyword = false
                try body(&token)
                emitted += 1
            }
            position += 1
        }
    }

    /// Walks the token that starts at `i` (a letter or digit) to its end, leaving `i` there, and
    /// returns whether it is all digits. The term is handed over in pieces: `segment` with each
    /// run of bytes copied as they stand, and `mark` with the second byte of each combining mark
    /// between them (to recompose with the letter before it).
    @inline(__always)
    static func walkToken(
        _ text: UnsafeBufferPointer<UInt8>, from i: inout Int, segment: (Int, Int) -> Void,
        mark: (UInt8) -> Void
    ) -> Bool {
        let n = text.count
        var isNumber = true
        var segmentStart = i  // bytes not yet handed over
        scan: while i < n {
            switch text[i] {
            case 0x30...0x39:
                i += 1
            case 0x41...0x5A, 0x61...0x7A:
                isNumber = false
                i += 1
            case 0xC3, 0xC4, 0xC5:
                guard isTwoByteLetter(text, at: i) else { break scan }
                isNumber = false
                i += 2
            case 0xCC, 0xCD:
                guard isCombiningMark(text, at: i) else { break scan }
                segment(segmentStart, i)
                mark(text[i + 1])
                i += 2
                segmentStart = i
            default:
                break scan
            }
        }
        segment(segmentStart, i)
        return isNumber
    }

    /// Copies `text[range]` onto the end of `term`, unless that would make the
    /// term too long: then the term is marked and no longer grows.
    @inline(__always)
    private func append(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to term: inout [UInt8], tooLong: inout Bool
    ) {
        guard !tooLong, !range.isEmpty else { return }
        if term.count + range.count > maxTokenBytes {
            tooLong = true
        } else {
            term.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
        }
    }

    // MARK: - Byte classes

    /// Whether a letter or a digit starts at `i`.
    @inline(__always)
    static func startsToken(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch text[i] {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            return true
        case 0xC3, 0xC4, 0xC5:
            return isTwoByteLetter(text, at: i)
        default:
            return false
        }
    }

    /// Whether `text[i]` (C3, C4 or C5) and the next byte encode a letter in
    /// U+00C0–U+017F: C3 80–BF except C3 97 (×) and C3 B7 (÷), and C4/C5 80–BF.
    @inline(__always)
    static func isTwoByteLetter(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < text.count else { return false }
        let next = text[i + 1]
        guard next & 0xC0 == 0x80 else { return false }
        return text[i] != 0xC3 || (next != 0x97 && next != 0xB7)
    }

    /// Whether `text[i]` and the next byte encode a combining diacritical
    /// mark, U+0300–U+036F (CC 80–CC BF, CD 80–CD AF).
    @inline(__always)
    static func isCombiningMark(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < text.count else { return false }
        let next = text[i + 1]
        return text[i] == 0xCC ? next & 0xC0 == 0x80 : next >= 0x80 && next <= 0xAF
    }

    // MARK: - Recomposing decomposed letters

    /// Replaces the ASCII letter at the end of `term` with its composition
    /// with the mark U+0300 + (`markByte` − 0x80), if Latin-1 or Latin
    /// Extended-A has one; otherwise leaves the term as it is, so the mark
    /// is dropped. Only marks in CC 80–CC BF compose.
    private static func compose(_ markByte: UInt8, into term: inout [UInt8]) {
        guard let base = term.last, base < 0x80 else { return }
        guard let scalar = compositions[UInt16(markByte) << 8 | UInt16(base)] else { return }
        term[term.count - 1] = UInt8(0xC0 | scalar >> 6)
        term.append(UInt8(0x80 | scalar & 0x3F))
    }

    /// (Second byte of the mark << 8 | ASCII base letter) → composed scalar,
    /// for every composition that lands in U+00C0–U+017F.
    static let compositions: [UInt16: UInt16] = {
        // Each row: the mark's second byte (after CC), base letters, and the
        // composed letters in the same order.
        let rows: [(UInt8, String, String)] = [
            (0x80, "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),  // grave
            (0x81, "ACEILNORSUYZaceilnorsuyz", "ÁĆÉÍĹŃÓŔŚÚÝŹáćéíĺńóŕśúýź"),  // acute
            (0x82, "ACEGHIJOSUWYaceghijosuwy", "ÂĈÊĜĤÎĴÔŜÛŴŶâĉêĝĥîĵôŝûŵŷ"),  // circumflex
            (0x83, "AINOUainou", "ÃĨÑÕŨãĩñõũ"),  // tilde
            (0x84, "AEIOUaeiou", "ĀĒĪŌŪāēīōū"),  // macron
            (0x86, "AEGIOUaegiou", "ĂĔĞĬŎŬăĕğĭŏŭ"),  // breve
            (0x87, "CEGIZcegz", "ĊĖĠİŻċėġż"),  // dot above
            (0x88, "AEIOUYaeiouy", "ÄËÏÖÜŸäëïöüÿ"),  // diaeresis
            (0x8A, "AUau", "ÅŮåů"),  // ring above
            (0x8B, "OUou", "ŐŰőű"),  // double acute
            (0x8C, "CDELNRSTZcdelnrstz", "ČĎĚĽŇŘŠŤŽčďěľňřšťž"),  // caron
            (0xA7, "CGKLNRSTcgklnrst", "ÇĢĶĻŅŖŞŢçģķļņŗşţ"),  // cedilla
            (0xA8, "AEIUaeiu", "ĄĘĮŲąęįų"),  // ogonek
        ]
        var table: [UInt16: UInt16] = [:]
        for (mark, bases, composed) in rows {
            precondition(bases.utf8.count == composed.unicodeScalars.count)
            for (base, scalar) in zip(bases.utf8, composed.unicodeScalars) {
                table[UInt16(mark) << 8 | UInt16(base)] = UInt16(scalar.value)
            }
        }
        return table
    }()
}
