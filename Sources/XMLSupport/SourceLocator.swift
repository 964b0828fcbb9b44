/// Finds the column of an element's start tag on a given line of a file.
///
/// Exists because libxml2 reports only a line for schema errors. Errors are rare, so the file is
/// read again only when a diagnostic needs a column, never on the normal path.
struct SourceLocator {
    let path: String

    /// The 1-based character column of `<name` on `line`, or of the first `<` on it, or 1.
    func column(ofElement name: String?, line: Int) -> Int {
        guard line > 0, let text = lineText(line) else { return 1 }
        let bytes = Array(text.utf8)
        if let name {
            let needle = Array("<\(name)".utf8)
            if let index = firstIndex(of: needle, in: bytes) { return characterColumn(bytes, index) }
            // A prefixed name (`<a:name`) or a closing tag.
            let closing = Array("</\(name)".utf8)
            if let index = firstIndex(of: closing, in: bytes) { return characterColumn(bytes, index) }
        }
        if let index = bytes.firstIndex(of: UInt8(ascii: "<")) { return characterColumn(bytes, index) }
        return 1
    }

    private func lineText(_ wanted: Int) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var current = 1
        var line: [UInt8] = []
        while true {
            let c = getc(file)
            if c == EOF { break }
            if c == 10 {
                if current == wanted { break }
                current += 1
                continue
            }
            if current == wanted { line.append(UInt8(truncatingIfNeeded: c)) }
        }
        return current == wanted ? String(decoding: line, as: UTF8.self) : nil
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        outer: for start in 0...(haystack.count - needle.count) {
            for offset in 0..<needle.count where haystack[start + offset] != needle[offset] {
                continue outer
            }
            return start
        }
        return nil
    }

    private func characterColumn(_ bytes: [UInt8], _ index: Int) -> Int {
        // Count UTF-8 lead bytes before `index`.
        var column = 1
        for byte in bytes[..<index] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
