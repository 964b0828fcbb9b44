/// Control characters in text that came from outside: removed before it is stored, made
/// visible before it is shown.
///
/// Exists because a feedback comment or a query may carry NUL, ESC sequences (which recolour or
/// rewrite a terminal when `kb get` prints them), vertical tabs, form feeds, NEL, line and
/// paragraph separators (which break a line where the file format has none), or bidirectional
/// overrides (which make text read differently from what it is). Covered: C0 and C1 controls,
/// DEL, U+2028/2029 and the bidirectional embeddings, overrides and isolates (U+202A–202E,
/// U+2066–2069).
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// For storing: those that break lines or space text (tab, line feed, carriage return, VT,
    /// FF, NEL, U+2028/2029) become a space; every other one is removed.
    public static func strip(_ text: String) -> String {
        guard mayHoldControls(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029: out.append(" ")
            default: break
            }
        }
        return String(out)
    }

    /// For showing on a terminal: each one except line feed and tab becomes U+FFFD, so that
    /// nothing stored can move the cursor or change the colours.
    public static func visible(_ text: String) -> String {
        guard mayHoldControls(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), scalar != "\n", scalar != "\t" {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// False when no UTF-8 byte can start one (most text): ASCII controls, DEL, C2 (C1
    /// controls) and E2 (the separators and bidirectional controls).
    private static func mayHoldControls(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
}
