#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Looks at a document's prolog, before libxml2 parses anything, for a DOCTYPE.
///
/// Exists because a DOCTYPE is how XXE ("read /etc/passwd") and entity-expansion ("billion
/// laughs") attacks arrive, and Vägvisare's formats need none: refusing it before parsing means
/// no entity is ever declared, let alone expanded. Reads only up to the root start tag.
struct PrologCheck {
    let path: String

    /// The 1-based line and column of `<!DOCTYPE`, or nil when the prolog has none.
    func doctypeLocation() -> (line: Int, column: Int)? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var line = 1
        var column = 0
        var window: [UInt8] = []  // the bytes since the last '<'
        var inMarkup = false
        var inComment = false
        var start = (line: 1, column: 1)
        while true {
            let c = getc(file)
            if c == EOF { return nil }
            let byte = UInt8(truncatingIfNeeded: c)
            if byte == 0x0A {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            if inComment {
                window.append(byte)
                if window.count >= 3, window.suffix(3).elementsEqual("-->".utf8) {
                    inComment = false
                    window.removeAll()
                }
                continue
            }
            if !inMarkup {
                if byte == UInt8(ascii: "<") {
                    inMarkup = true
                    window = [byte]
                    start = (line, column)
                }
                continue
            }
            window.append(byte)
            if window.count == 2, byte != UInt8(ascii: "?"), byte != UInt8(ascii: "!") {
                return nil  // the root element: the prolog is over
            }
            if window.count == 4, window.elementsEqual("<!--".utf8) {
                inComment = true
                window.removeAll()
                inMarkup = false
                continue
            }
            if window.count == 9 {
                if window.elementsEqual("<!DOCTYPE".utf8) { return start }
            }
            if byte == UInt8(ascii: ">") {
                inMarkup = false
                window.removeAll()
            }
        }
    }
}
