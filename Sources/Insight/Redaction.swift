/// Removes personal data from text a caller typed before it is logged or stored.
///
/// Exists because guides sometimes type a caller's personnummer, phone number or e-mail address
/// into the search box or a feedback comment, and nothing a caller types may be stored with
/// those in it. One pass over the text's Unicode scalars, no regular expressions:
///
/// - **Numbers**: digits of any script (ASCII, full-width `８`, Arabic-Indic `٨` …) joined by up
///   to three separators (spaces of any kind, hyphens and dashes, `+`, brackets, `.`, `/`) form one number;
///   six digits or more are removed: `[telefon]` when it starts `0`, `+46` or `0046` and has 7 to
///   13 digits, `[personnummer]` for 10 digits or 12 starting 19 or 20, else `[siffror]`. A number
///   joined by `.` or `/` counts whole only as a personnummer (`85.03.12-1234`, `850312/1234`);
///   otherwise its parts count on their own, so times (`08.00-17.00`) and amounts (`1.250.000`)
///   stay.
/// - **E-mail addresses**, written out or spelled: a local part of letters of any script,
///   digits and `._%+-'`, an at (`@`, `＠`, `(at)`, `[at]`, ` at `, ` snabel-a `) and a domain
///   whose parts are joined by `.`, `(punkt)`, ` punkt `, ` dot `… become `[e-post]`. A spelled
///   at needs a dotted domain ending in letters, so "möte at home" stays.
///
/// It costs a quarter of a microsecond for an ordinary query and about two for one holding
/// personal data (`kb-bench --redaction`, release), so it runs on every stored text.
public enum Redaction {
    public static func redact(_ text: String) -> String {
        guard mayHoldPersonalData(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var spans: [Span] = []
        findEmails(scalars, into: &spans)
        findNumbers(scalars, into: &spans)
        guard !spans.isEmpty else { return text }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = String.UnicodeScalarView()
        var position = 0
        for span in spans where span.range.lowerBound >= position {
            out.append(contentsOf: scalars[position..<span.range.lowerBound])
            out.append(contentsOf: span.label.unicodeScalars)
            position = span.range.upperBound
        }
        out.append(contentsOf: scalars[position...])
        return String(out)
    }

    private struct Span {
        var range: Range<Int>
        var label: String
    }

    /// False when the text has no digit, no at sign and no ASCII "at" or "snabel": nothing to
    /// remove. Looks at UTF-8 bytes; only non-ASCII scalars are decoded and asked about.
    static func mayHoldPersonalData(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value) | 0x20  // lower-cased letters
                switch UInt8(value) {
                case 0x30...0x39, UInt8(ascii: "@"): return true
                default: break
                }
                if byte == UInt8(ascii: "t"), previous == UInt8(ascii: "a") { return true }
                if byte == UInt8(ascii: "n"), previous == UInt8(ascii: "s") { return true }  // snabel
                previous = byte
            } else {
                if isAt(scalar) || digitValue(scalar) != nil { return true }
                previous = 0
            }
        }
        return false
    }

    // MARK: Numbers

    private static func findNumbers(_ scalars: [Unicode.Scalar], into spans: inout [Span]) {
        let covered = coverage(spans, count: scalars.count)
        var index = 0
        while index < scalars.count {
            guard digitValue(scalars[index]) != nil, !covered[index] else {
                index += 1
                continue
            }
            // A run: digits, each gap of at most three separators.
            var digits: [(position: Int, value: UInt8)] = []
            var weakGaps: [Int] = []  // indexes into `digits` of digits after a '.' or '/' gap
            var end = index
            var cursor = index
            while cursor < scalars.count, !covered[cursor], let value = digitValue(scalars[cursor]) {
                digits.append((cursor, value))
                end = cursor + 1
                var gap = end
                var weak = false
                while gap < scalars.count, gap - end < 3, let kind = separator(scalars[gap]) {
                    if kind == .weak { weak = true }
                    gap += 1
                }
                guard gap < scalars.count, !covered[gap], digitValue(scalars[gap]) != nil else { break }
                if gap == end { weak = false }
                if weak { weakGaps.append(digits.count) }
                cursor = gap
            }
            let plus = index > 0 && (scalars[index - 1] == "+" || scalars[index - 1] == "\u{FF0B}")
            if weakGaps.isEmpty || isPersonnummer(digits.lazy.map(\.value)) {
                add(digits, plus: plus, end: end, to: &spans)
            } else {
                // Joined by '.' or '/' and no personnummer: each part on its own.
                var first = 0
                for cut in weakGaps + [digits.count] {
                    let part = Array(digits[first..<cut])
                    let partEnd = cut == digits.count ? end : part.last!.position + 1
                    add(part, plus: first == 0 && plus, end: partEnd, to: &spans)
                    first = cut
                }
            }
            index = end
        }
    }

    private static func add(
        _ digits: [(position: Int, value: UInt8)], plus: Bool, end: Int, to spans: inout [Span]
    ) {
        guard digits.count >= 6, let first = digits.first else { return }
        let values = digits.lazy.map(\.value)
        let label: String
        if (plus && values.starts(with: [4, 6])) || values.starts(with: [0, 0, 4, 6])
            || (first.value == 0 && (7...13).contains(digits.count))
        {
            label = "[telefon]"
        } else if isPersonnummer(values) {
            label = "[personnummer]"
        } else {
            label = "[siffror]"
        }
        spans.append(Span(range: (plus ? first.position - 1 : first.position)..<end, label: label))
    }

    private static func isPersonnummer(_ values: some Collection<UInt8>) -> Bool {
        values.count == 10
            || (values.count == 12 && (values.starts(with: [1, 9]) || values.starts(with: [2, 0])))
    }

    private enum Separator { case strong, weak }

    /// What may stand between the digits of one number: white space, hyphens and dashes and
    /// plus (strong), full stops and slashes (weak); full-width forms too.
    private static func separator(_ scalar: Unicode.Scalar) -> Separator? {
        switch scalar.value {
        case 0x20, 0x09, 0x28, 0x29, 0x2D, 0x2B, 0xA0, 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0B, 0xFF0D:
            .strong
        case 0x2E, 0x2F, 0xFF0E, 0xFF0F: .weak
        case 0..<0x80: nil
        default: scalar.properties.isWhitespace ? .strong : nil
        }
    }

    /// The value of a decimal digit of any script, else nil.
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 ? UInt8(value - 0x30) : nil }
        guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue else {
            return nil
        }
        return UInt8(number)
    }

    // MARK: E-mail addresses

    private static func isAt(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "@" || scalar == "\u{FF20}" || scalar == "\u{FE6B}"
    }

    /// Spelled ats, lower case: bracketed ones may touch the words beside them, bare words need
    /// white space on both sides.
    private static let bracketedAts = ["(at)", "[at]", "{at}", "<at>", "(snabel-a)", "[snabel-a]"]
    private static let wordAts = ["at", "snabel-a", "snabela"]
    private static let bracketedDots = ["(punkt)", "[punkt]", "{punkt}", "(dot)", "[dot]", "{dot}"]
    private static let wordDots = ["punkt", "dot"]

    private static func findEmails(_ scalars: [Unicode.Scalar], into spans: inout [Span]) {
        var index = 0
        while index < scalars.count {
            guard let (atEnd, spelled) = at(scalars, index) else {
                index += 1
                continue
            }
            // The local part, before the at (and up to two spaces).
            var start = index
            var spaces = 0
            while start > 0, scalars[start - 1] == " ", spaces < 2 {
                start -= 1
                spaces += 1
            }
            let localEnd = start
            while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
            if let lastSpan = spans.last, start < lastSpan.range.upperBound {
                start = lastSpan.range.upperBound
            }
            guard start < localEnd, let end = domainEnd(scalars, from: atEnd, spelled: spelled) else {
                index += 1
                continue
            }
            spans.append(Span(range: start..<end, label: "[e-post]"))
            index = end
        }
    }

    /// When an at stands at `index`: where it ends, and whether it was spelled out.
    private static func at(_ scalars: [Unicode.Scalar], _ index: Int) -> (Int, Bool)? {
        switch scalars[index] {
        case "@", "\u{FF20}", "\u{FE6B}": return (index + 1, false)
        case "(", "[", "{", "<", "a", "A", "s", "S": break
        default: return nil  // the common case: no at can start here
        }
        for word in bracketedAts where matches(scalars, index, word) {
            return (index + word.utf8.count, true)
        }
        guard index > 0, scalars[index - 1] == " " else { return nil }
        for word in wordAts where matches(scalars, index, word) {
            let end = index + word.utf8.count
            if end < scalars.count, scalars[end] == " " { return (end, true) }
        }
        return nil
    }

    /// The end of a domain starting at `from` (after up to two spaces): labels joined by dots,
    /// written or spelled. A spelled address needs a dot and a last label of letters.
    private static func domainEnd(_ scalars: [Unicode.Scalar], from: Int, spelled: Bool) -> Int? {
        var cursor = from
        var spaces = 0
        while cursor < scalars.count, scalars[cursor] == " ", spaces < 2 {
            cursor += 1
            spaces += 1
        }
        var end: Int?
        var dots = 0
        var lastLabelIsLetters = false
        while true {
            let labelStart = cursor
            while cursor < scalars.count, isDomain(scalars[cursor]) { cursor += 1 }
            guard cursor > labelStart else { break }
            end = cursor
            lastLabelIsLetters = scalars[labelStart..<cursor].allSatisfy { $0.properties.isAlphabetic }
            guard let next = dot(scalars, cursor), next < scalars.count, isDomain(scalars[next]) else {
                break
            }
            dots += 1
            cursor = next
        }
        guard let end else { return nil }
        if spelled && (dots == 0 || !lastLabelIsLetters) { return nil }
        return end
    }

    /// When a dot stands at `index`: where the next label starts.
    private static func dot(_ scalars: [Unicode.Scalar], _ index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        if scalars[index] == "." || scalars[index] == "\u{FF0E}" { return index + 1 }
        var cursor = index
        let spaced = scalars[cursor] == " "
        if spaced { cursor += 1 }
        for word in bracketedDots where matches(scalars, cursor, word) {
            let end = cursor + word.utf8.count
            return end < scalars.count && scalars[end] == " " ? end + 1 : end
        }
        guard spaced else { return nil }
        for word in wordDots where matches(scalars, cursor, word) {
            let end = cursor + word.utf8.count
            if end < scalars.count, scalars[end] == " " { return end + 1 }
        }
        return nil
    }

    /// Whether the ASCII `word` (lower case) stands at `index`, in any case.
    private static func matches(_ scalars: [Unicode.Scalar], _ index: Int, _ word: String) -> Bool {
        var position = index
        for byte in word.utf8 {
            guard position < scalars.count else { return false }
            let value = scalars[position].value
            guard value < 0x80, UInt8(value) | (byte >= 0x61 && byte <= 0x7A ? 0x20 : 0) == byte else {
                return false
            }
            position += 1
        }
        return true
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "_", "%", "+", "-", "'": true
        default: isDomain(scalar)
        }
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.numericType == .decimal
    }

    private static func coverage(_ spans: [Span], count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for span in spans { for index in span.range { covered[index] = true } }
        return covered
    }
}
