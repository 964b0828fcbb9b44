/// Writing HTML safely: every value that goes into a page goes through `escape`.
///
/// Exists because report pages show text from outside the code — what callers typed, titles
/// and names from deliveries — and none of it may become markup.
public enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references: safe in element content
    /// and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and line breaks are not allowed in HTML.
                if character.value < 0x20 && character != "\t" && character != "\n" && character != "\r" {
                    out += " "
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }

    /// `12 345`: Swedish digit grouping (from five digits) with no-break spaces.
    public static func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = value < 0 ? "−" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, digits.count > 4, (digits.count - index) % 3 == 0 { out += "\u{A0}" }
            out.append(digit)
        }
        return out
    }
}
