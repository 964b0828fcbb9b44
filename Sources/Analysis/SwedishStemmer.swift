/// Reduces a Swedish word to its stem, so that inflected forms of one word
/// ("jaktkarlarne", "jaktkarlar", "jaktkarl") become the same index term and a
/// query in one form finds an article written in another.
///
/// This is the Snowball Swedish algorithm **as released in Snowball 2.2** (the
/// classic `swedish.sbl`), pinned because stems are stored in the index and
/// must not shift under it. Later Snowball versions remove -et ("huset" → "hus")
/// and widen -löst to -öst ("barnröst" → "barnrös"); this port does neither, and
/// it keeps 2.2's test of the letter before a deleted -s, which may lie outside R1.
/// The test vocabulary in `Tests/AnalysisTests/Resources/snowball-swedish/`
/// pins the behaviour word by word.
///
/// It works on UTF-8 bytes in place: no `Character` iteration, no allocation.
///
/// Precondition: the word is already lowercased and still spelled with å, ä
/// and ö. Those letters are vowels here, so folding them to a/a/o must happen
/// *after* stemming. Uppercase letters are treated as consonants, and invalid
/// UTF-8 is stemmed as best it can be but never traps.
///
/// ```swift
/// let stemmer = SwedishStemmer()
/// stemmer.stem("jaktkarlarne")  // "jaktkarl"
/// stemmer.stem("huset")         // "huset"
/// ```
public struct SwedishStemmer: Sendable {
    public init() {}

    /// Stems `word`, lowercased UTF-8, in place. Stemming only ever removes
    /// trailing bytes, so the buffer is shortened, never reallocated.
    public func stem(_ word: inout [UInt8]) {
        let newCount = word.withUnsafeBufferPointer { Self.stemmedCount($0) }
        if newCount < word.count {
            word.removeLast(word.count - newCount)
        }
    }

    /// Stems a lowercased word; see `stem(_:)` on a byte buffer.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - The algorithm

    /// Runs the three steps and returns how many bytes of `w` form the stem.
    /// Each step looks at the word as the previous step left it, and every
    /// suffix must start in R1, which is measured once on the whole word.
    static func stemmedCount(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        let r1 = r1Start(w)
        var end = w.count
        end = mainSuffix(w, end: end, r1: r1)
        end = consonantPair(w, end: end, r1: r1)
        end = otherSuffix(w, end: end, r1: r1)
        return end
    }

    /// Byte offset where R1 begins: after the first non-vowel that follows a
    /// vowel, but at least three *letters* (not bytes) in; empty (== count)
    /// for a word shorter than three letters or with no such non-vowel.
    private static func r1Start(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        // Most words' R1 is found among ASCII bytes, each a letter of its own.
        if let start = asciiR1Start(w) { return start }
        let n = w.count
        // Three letters in, on a character boundary.
        var minimum = 0
        for _ in 0..<3 {
            if minimum >= n { return n }
            minimum += characterLength(w, at: minimum)
        }
        // Go past a vowel, then past a non-vowel.
        var i = 0
        while true {
            if i >= n { return n }
            let vowel = isVowel(w, at: i)
            i += characterLength(w, at: i)
            if vowel { break }
        }
        while true {
            if i >= n { return n }
            let vowel = isVowel(w, at: i)
            i += characterLength(w, at: i)
            if !vowel { break }
        }
        return max(i, minimum)
    }

    /// `r1Start` when the bytes it has to look at are ASCII: nil as soon as it meets another
    /// byte (the general walk then decides).
    @inline(__always)
    private static func asciiR1Start(_ w: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = w.count
        var i = 0
        while i < n, !isASCIIVowel(w[i]) {
            if w[i] >= 0x80 { return nil }
            i += 1
        }
        guard i < n else { return n }
        i += 1
        while i < n, isASCIIVowel(w[i]) { i += 1 }
        guard i < n else { return n }
        guard w[i] < 0x80 else { return nil }
        i += 1
        // Three letters in: the bytes before `i` are ASCII letters, one byte each.
        return i >= 3 ? i : nil
    }

    /// Whether `byte` is a, e, i, o, u or y.
    @inline(__always)
    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        // Bit k of the mask is set for the letter 0x60 + k.
        byte &- 0x60 < 32 && (0x0220_8222 as UInt32) >> UInt32(byte &- 0x60) & 1 != 0
    }

    /// Step 1: delete the longest suffix in R1 from `mainSuffixes`; a bare -s
    /// only after a letter in `isValidSEnding` (that letter may precede R1).
    private static func mainSuffix(_ w: UnsafeBufferPointer<UInt8>, end: Int, r1: Int) -> Int {
        guard let rule = mainSuffixes.longestMatch(in: w, end: end, r1: r1) else { return end }
        let start = end - rule.length
        if rule.needsSEnding {
            guard start > 0, isValidSEnding(w[start - 1]) else { return end }
        }
        return start + rule.keep
    }

    /// Step 2: if the word ends in one of `consonantPairs` inside R1, drop its
    /// last letter ("bekänn" → "bekän").
    private static func consonantPair(_ w: UnsafeBufferPointer<UInt8>, end: Int, r1: Int) -> Int {
        guard end - 2 >= r1 else { return end }
        let first = w[end - 2]
        let last = w[end - 1]
        return consonantPairs.contains { $0.0 == first && $0.1 == last } ? end - 1 : end
    }

    /// Step 3: -lig, -ig, -els are deleted; -löst and -fullt lose their t.
    private static func otherSuffix(_ w: UnsafeBufferPointer<UInt8>, end: Int, r1: Int) -> Int {
        guard let rule = otherSuffixes.longestMatch(in: w, end: end, r1: r1) else { return end }
        return end - rule.length + rule.keep
    }

    // MARK: - Tables

    /// One suffix rule: the suffix's UTF-8 bytes, how many of its leading bytes
    /// survive (0 = delete it), and whether the -s test applies.
    private struct SuffixRule: Sendable {
        let suffix: [UInt8]
        let keep: Int
        let needsSEnding: Bool

        init(_ suffix: String, keep: Int = 0, needsSEnding: Bool = false) {
            self.suffix = Array(suffix.utf8)
            self.keep = keep
            self.needsSEnding = needsSEnding
        }
    }

    /// A longest-first suffix list, regrouped once by final byte so that a
    /// lookup tries only the few suffixes ending in the word's last byte.
    /// Within a group the list's order, longest first, is kept. The suffixes'
    /// bytes are packed into one buffer and their other fields kept as plain values, so a
    /// lookup touches no array per rule and a match copies none.
    private struct SuffixTable: Sendable {
        /// What a match says: how long the suffix is, and the rule's `keep` and `needsSEnding`.
        struct Match {
            let length: Int
            let keep: Int
            let needsSEnding: Bool
        }

        private let groupStart: [Int]  // rules groupStart[b]..<groupStart[b + 1] end in byte b
        /// Rule k's `keep` and `needsSEnding`.
        private let keeps: [Int]
        private let needsSEnding: [Bool]
        /// Rule k's suffix is `bytes[byteStart[k]..<byteStart[k + 1]]`.
        private let bytes: [UInt8]
        private let byteStart: [Int]

        init(longestFirst list: [SuffixRule]) {
            var rules: [SuffixRule] = []
            var groupStart: [Int] = []
            for byte in 0...255 {
                groupStart.append(rules.count)
                rules += list.filter { $0.suffix.last == UInt8(byte) }
            }
            groupStart.append(rules.count)
            keeps = rules.map(\.keep)
            needsSEnding = rules.map(\.needsSEnding)
            self.groupStart = groupStart
            bytes = rules.flatMap(\.suffix)
            byteStart = rules.reduce(into: [0]) { $0.append($0.last! + $1.suffix.count) }
        }

        /// The longest rule whose suffix ends `w[..<end]` and starts at or
        /// after `r1`. Every suffix begins with an ASCII letter, so a match
        /// always starts on a character boundary.
        func longestMatch(in w: UnsafeBufferPointer<UInt8>, end: Int, r1: Int) -> Match? {
            guard end > r1 else { return nil }
            let last = Int(w[end - 1])
            let found: Int? = bytes.withUnsafeBufferPointer { bytes in
                byteStart.withUnsafeBufferPointer { byteStart in
                    for k in groupStart[last]..<groupStart[last + 1] {
                        let length = byteStart[k + 1] - byteStart[k]
                        let start = end - length
                        guard start >= r1 else { continue }
                        let s = byteStart[k]
                        var j = length - 2  // the last byte already matched
                        while j >= 0, w[start + j] == bytes[s + j] { j -= 1 }
                        if j < 0 { return k }
                    }
                    return nil
                }
            }
            return found.map {
                Match(
                    length: byteStart[$0 + 1] - byteStart[$0], keep: keeps[$0], needsSEnding: needsSEnding[$0]
                )
            }
        }
    }

    /// Step 1 suffixes, longest first.
    private static let mainSuffixes = SuffixTable(longestFirst: [
        SuffixRule("heterna"),
        SuffixRule("hetens"),
        SuffixRule("anden"), SuffixRule("andes"), SuffixRule("andet"), SuffixRule("arens"),
        SuffixRule("arnas"), SuffixRule("ernas"), SuffixRule("heten"), SuffixRule("heter"),
        SuffixRule("ornas"),
        SuffixRule("ades"), SuffixRule("ande"), SuffixRule("aren"), SuffixRule("arna"),
        SuffixRule("arne"), SuffixRule("aste"), SuffixRule("erna"), SuffixRule("erns"),
        SuffixRule("orna"),
        SuffixRule("ade"), SuffixRule("are"), SuffixRule("ast"), SuffixRule("ens"),
        SuffixRule("ern"), SuffixRule("het"),
        SuffixRule("ad"), SuffixRule("ar"), SuffixRule("as"), SuffixRule("at"),
        SuffixRule("en"), SuffixRule("er"), SuffixRule("es"), SuffixRule("or"),
        SuffixRule("a"), SuffixRule("e"), SuffixRule("s", needsSEnding: true),
    ])

    /// Step 2 pairs; only the second letter is removed.
    private static let consonantPairs: [(UInt8, UInt8)] = [
        (0x64, 0x64), (0x67, 0x64), (0x6E, 0x6E), (0x64, 0x74),  // dd gd nn dt
        (0x67, 0x74), (0x6B, 0x74), (0x74, 0x74),  // gt kt tt
    ]

    /// Step 3 suffixes, longest first (in letters; "löst" is 5 bytes).
    private static let otherSuffixes = SuffixTable(longestFirst: [
        SuffixRule("fullt", keep: 4),  // → full
        SuffixRule("löst", keep: 4),  // → lös (l, C3 B6, s)
        SuffixRule("lig"), SuffixRule("els"),
        SuffixRule("ig"),
    ])

    // MARK: - Byte helpers

    /// Bytes in the character that starts at `i`, judged by its lead byte and
    /// clamped to the buffer, so malformed input still advances safely.
    @inline(__always)
    private static func characterLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = w[i]
        let length: Int
        if b < 0xC0 {
            length = 1  // ASCII, or a stray continuation byte
        } else if b < 0xE0 {
            length = 2
        } else if b < 0xF0 {
            length = 3
        } else {
            length = 4
        }
        return min(length, w.count - i)
    }

    /// Vowels are a e i o u y å ä ö; å, ä, ö are C3 A5, C3 A4, C3 B6.
    @inline(__always)
    private static func isVowel(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch w[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79:  // a e i o u y
            return true
        case 0xC3 where i + 1 < w.count:
            let next = w[i + 1]
            return next == 0xA4 || next == 0xA5 || next == 0xB6
        default:
            return false
        }
    }

    /// Letters after which a final -s is deleted: b c d f g h j k l m n o p r t v y.
    @inline(__always)
    private static func isValidSEnding(_ b: UInt8) -> Bool {
        switch b {
        case 0x62, 0x63, 0x64, 0x66, 0x67, 0x68, 0x6A, 0x6B, 0x6C, 0x6D,
            0x6E, 0x6F, 0x70, 0x72, 0x74, 0x76, 0x79:
            return true
        default:
            return false
        }
    }
}
