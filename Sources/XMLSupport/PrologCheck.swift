#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Looks at a document's prolog, before libxml2 parses anything: its encoding and any DOCTYPE.
///
/// Exists because a DOCTYPE is how XXE ("read /etc/passwd") and entity-expansion ("billion
/// laughs") attacks arrive, and Vägvisare's formats need none: refusing it before parsing means
/// no entity is ever declared, let alone expanded. The check reads bytes, so it only holds for
/// one encoding: documents must be UTF-8 (a UTF-16 or UTF-32 byte order, or an XML declaration
/// naming another encoding, is refused), and the reader then tells libxml2 to read UTF-8 whatever
/// the document says. Processing instructions end at `?>` and comments at `-->`, whatever `>`
/// they hold.
///
/// After the prolog it reads on through the document once, counting attributes per start tag:
/// libxml2 2.9 spends time quadratic in the number of attributes of one element (its duplicate
/// check and the schema validator), so an element with 100,000 attributes would hold a worker
/// for many seconds; one with more than `maxAttributes` is refused before libxml2 sees it.
struct PrologCheck {
    /// The document's file, or nil when it is read from `memory`.
    let path: String?
    /// The document's bytes when it is in memory; the caller keeps them alive while `refusal`
    /// runs.
    let memory: UnsafeBufferPointer<UInt8>?

    init(path: String) {
        self.path = path
        memory = nil
    }

    /// Checks the document `memory` (valid until `refusal()` returns).
    init(memory: UnsafeBufferPointer<UInt8>) {
        path = nil
        self.memory = memory
    }
    /// Most attributes (namespace declarations included) on one element; Vägvisare's formats
    /// use a handful.
    static let maxAttributes = 64

    /// Why the document is refused, and where; nil when its prolog is acceptable (or so broken
    /// that the parser will say what is wrong).
    func refusal() -> (line: Int, column: Int, message: String)? {
        var scanner: Scanner
        if let memory {
            scanner = Scanner(memory: memory)
        } else {
            guard let path, let file = fopen(path, "rb") else { return nil }
            scanner = Scanner(file: file)
        }
        defer { scanner.close() }
        if let encoding = scanner.byteOrderEncoding() {
            return (1, 1, "the document is \(encoding); only UTF-8 documents are accepted")
        }
        while let byte = scanner.next() {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            guard byte == UInt8(ascii: "<") else { return nil }  // text before the root: the parser says so
            let start = (scanner.line, scanner.column)
            guard let second = scanner.next() else { return nil }
            switch second {
            case UInt8(ascii: "?"):
                let instruction = scanner.skip(past: Array("?>".utf8), keeping: 256)
                if start == (1, 1), !Self.declaresUTF8(instruction),
                    let encoding = Self.declaredEncoding(instruction), encoding.lowercased() != "utf-8"
                {
                    return (
                        1, 1,
                        "the XML declaration names encoding '\(encoding)'; only UTF-8 documents are accepted"
                    )
                }
            case UInt8(ascii: "!"):
                let rest = scanner.peek(7)
                if rest.elementsEqual("DOCTYPE".utf8) { return (start.0, start.1, XMLReader.doctypeRefusal) }
                if rest.starts(with: "--".utf8) {
                    _ = scanner.skip(past: Array("-->".utf8), keeping: 0)
                } else {
                    return nil  // not allowed in a prolog: the parser says so
                }
            default:
                // The root element: the prolog is over; the rest is only counted.
                return scanner.crowdedElement(from: start, limit: Self.maxAttributes).map {
                    ($0.line, $0.column, "this element has more than \(Self.maxAttributes) attributes")
                }
            }
        }
        return nil
    }

    /// Whether the XML declaration `instruction` names UTF-8 (in any case) as its encoding: the
    /// common case, decided on the bytes without making a `String`. False means only "not
    /// decided here": `declaredEncoding` then reads it as before.
    static func declaresUTF8(_ instruction: [UInt8]) -> Bool {
        let key = encodingKey
        guard instruction.starts(with: "xml".utf8), instruction.count > key.count else { return false }
        // Just after the first place `encoding` is written (the end when it is not: false below).
        var index = instruction.withUnsafeBufferPointer { Scanner.end(of: key, in: $0, from: 0) }
        while index < instruction.count,
            instruction[index] == 0x20 || instruction[index] == 0x3D || instruction[index] == 0x09
        {
            index += 1
        }
        guard index < instruction.count, instruction[index] == 0x22 || instruction[index] == 0x27 else {
            return false
        }
        let quote = instruction[index]
        let value = instruction[(index + 1)...].prefix { $0 != quote }
        guard value.endIndex < instruction.count else { return false }  // the value is closed
        return value.count == 5
            && zip(value, "utf-8".utf8).allSatisfy { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) == $1 }
    }

    private static let encodingKey = Array("encoding".utf8)

    /// The `encoding` pseudo-attribute of an XML declaration (`xml version="1.0" encoding="…"`).
    static func declaredEncoding(_ instruction: [UInt8]) -> String? {
        let text = String(decoding: instruction, as: UTF8.self)
        guard text.hasPrefix("xml"), let range = text.firstRange(of: "encoding") else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
    }

    /// Bytes of the file (read in blocks) or of a buffer one at a time, with the 1-based line and
    /// character column of the last.
    private struct Scanner {
        let file: UnsafeMutablePointer<FILE>?
        var line = 1
        var column = 0
        private var pushedBack: [UInt8] = []
        private var block: [UInt8]
        /// The whole document, when it is in memory (then `block` is unused).
        private let memory: UnsafeBufferPointer<UInt8>?
        private var position = 0
        private var available = 0

        init(file: UnsafeMutablePointer<FILE>) {
            self.file = file
            block = [UInt8](repeating: 0, count: 64 * 1024)
            memory = nil
        }

        /// Scans a document held in memory: nothing is copied, and `peek` looks ahead in place.
        init(memory: UnsafeBufferPointer<UInt8>) {
            file = nil
            block = []
            self.memory = memory
            available = memory.count
        }

        func close() {
            if let file { fclose(file) }
        }

        mutating func next() -> UInt8? {
            let byte: UInt8
            if let memory {
                guard position < available else { return nil }
                byte = memory[position]
                position += 1
            } else if !pushedBack.isEmpty {
                byte = pushedBack.removeLast()
            } else {
                if position == available {
                    guard let file else { return nil }
                    available = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                    position = 0
                    if available == 0 { return nil }
                }
                byte = block[position]
                position += 1
            }
            if byte == 0x0A {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            return byte
        }

        /// The next `count` bytes, left unread.
        mutating func peek(_ count: Int) -> [UInt8] {
            if let memory {
                return Array(memory[position..<min(available, position + count)])
            }
            var bytes: [UInt8] = []
            let (savedLine, savedColumn) = (line, column)
            while bytes.count < count, let byte = next() { bytes.append(byte) }
            pushedBack.append(contentsOf: bytes.reversed())
            (line, column) = (savedLine, savedColumn)
            return bytes
        }

        /// Reads up to and including `end`; returns the first `keeping` bytes read before it.
        mutating func skip(past end: [UInt8], keeping: Int) -> [UInt8] {
            if let memory {
                // In place: the end found in the buffer, and the line and column counted over the
                // bytes passed, as `next()` would have.
                let stop = Self.end(of: end, in: memory, from: position)
                let kept = Array(memory[position..<min(stop, position + keeping)])
                for byte in memory[position..<stop] {
                    if byte == 0x0A {
                        line += 1
                        column = 0
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                }
                position = stop
                return kept
            }
            var kept: [UInt8] = []
            var window: [UInt8] = []
            while let byte = next() {
                if kept.count < keeping { kept.append(byte) }
                window.append(byte)
                if window.count > end.count { window.removeFirst() }
                if window == end { break }
            }
            return kept
        }

        /// Reads the document from just inside the root's start tag (which began at `root`) to
        /// its end; returns where the first start tag with more than `limit` attributes begins.
        /// Attributes are counted by their `=` outside quoted values; comments, processing
        /// instructions and CDATA sections are skipped whole.
        mutating func crowdedElement(from root: (Int, Int), limit: Int) -> (line: Int, column: Int)? {
            if let memory { return crowdedElement(in: memory, from: root, limit: limit) }
            var tag = TagCount()
            var tagStart = root
            while let byte = next() {
                if tag.isOpen {
                    if tag.take(byte, limit: limit) { return tagStart }
                } else if byte == UInt8(ascii: "<") {
                    let start = (line, column)
                    switch peek(1).first {
                    case UInt8(ascii: "?"): _ = skip(past: Array("?>".utf8), keeping: 0)
                    case UInt8(ascii: "!"):
                        if peek(3).elementsEqual("!--".utf8) {
                            _ = skip(past: Array("-->".utf8), keeping: 0)
                        } else if peek(8).elementsEqual("![CDATA[".utf8) {
                            _ = skip(past: Array("]]>".utf8), keeping: 0)
                        } else {
                            return nil  // not well-formed here: the parser says so
                        }
                    default:
                        tag = TagCount()
                        tagStart = start
                    }
                }
            }
            return nil
        }

        /// `crowdedElement` over a document in memory: the same count, without tracking lines and
        /// columns byte by byte (they are worked out only for the element refused).
        private func crowdedElement(in bytes: UnsafeBufferPointer<UInt8>, from root: (Int, Int), limit: Int)
            -> (line: Int, column: Int)?
        {
            let count = bytes.count
            var index = position
            var tag = TagCount()
            var tagStart = -1  // the root's `<`, whose place is `root`
            while index < count {
                if !tag.isOpen {
                    // Outside a tag only a `<` matters: found with memchr, not a byte at a time.
                    guard
                        let found = memchr(
                            bytes.baseAddress! + index, Int32(UInt8(ascii: "<")), count - index)
                    else { return nil }
                    index = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
                }
                let byte = bytes[index]
                index += 1
                if tag.isOpen {
                    if tag.take(byte, limit: limit) {
                        return tagStart < 0 ? root : place(of: tagStart, in: bytes)
                    }
                } else if byte == UInt8(ascii: "<") {
                    let next = index < count ? bytes[index] : 0
                    if next == UInt8(ascii: "?") {
                        index = Self.end(of: Self.instructionEnd, in: bytes, from: index)
                    } else if next == UInt8(ascii: "!") {
                        if Self.bytes(bytes, at: index, equal: Self.commentStart) {
                            index = Self.end(of: Self.commentEnd, in: bytes, from: index)
                        } else if Self.bytes(bytes, at: index, equal: Self.cdataStart) {
                            index = Self.end(of: Self.cdataEnd, in: bytes, from: index)
                        } else {
                            return nil  // not well-formed here: the parser says so
                        }
                    } else {
                        tag = TagCount()
                        tagStart = index - 1
                    }
                }
            }
            return nil
        }

        private static let instructionEnd = Array("?>".utf8)
        private static let commentStart = Array("!--".utf8)
        private static let commentEnd = Array("-->".utf8)
        private static let cdataStart = Array("![CDATA[".utf8)
        private static let cdataEnd = Array("]]>".utf8)

        /// The line and character column of byte `offset` (after the scanner's position), counted
        /// as `next()` counts them.
        private func place(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
            var (line, column) = (self.line, self.column)
            for index in position...offset {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 0
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }

        /// Whether `bytes` hold `expected` at `index`.
        private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, equal expected: [UInt8])
            -> Bool
        {
            guard index + expected.count <= bytes.count else { return false }
            for (offset, byte) in expected.enumerated() where bytes[index + offset] != byte { return false }
            return true
        }

        /// The index just past the first `end` that starts at or after `index` (the document's
        /// end when there is none): what `skip(past:keeping:)` leaves.
        static func end(of end: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
            var start = index
            let first = end[0]
            while start + end.count <= bytes.count {
                if bytes[start] == first, Self.bytes(bytes, at: start, equal: end) {
                    return start + end.count
                }
                start += 1
            }
            return bytes.count
        }

        /// The encoding the first bytes announce when it is not UTF-8 (a byte order mark or the
        /// zero bytes of `<` in UTF-16 or UTF-32), else nil. A UTF-8 byte order mark is skipped.
        mutating func byteOrderEncoding() -> String? {
            let first = peek(4)
            switch first.count >= 2 ? (first[0], first[1]) : (0xFF, 0xFF) {
            case (0xFE, 0xFF), (0x00, 0x3C): return "UTF-16 (big-endian)"
            case (0xFF, 0xFE), (0x3C, 0x00):
                return first.count == 4 && first[2] == 0 && first[3] == 0
                    ? "UTF-32" : "UTF-16 (little-endian)"
            case (0x00, 0x00): return "UTF-32"
            case (0x4C, 0x6F) where first.count == 4 && first[2] == 0xA7: return "EBCDIC"
            default: break
            }
            if first.count >= 3, first[0] == 0xEF, first[1] == 0xBB, first[2] == 0xBF {
                _ = (next(), next(), next())
                column = 0
            }
            return nil
        }
    }
}

/// Counts one start tag's attributes, a byte at a time, from just after its name to its `>`:
/// by their `=` outside quoted values.
private struct TagCount {
    private var attributes = 0
    private var quote: UInt8 = 0
    private var closed = false

    /// Whether the tag's `>` is still to come.
    var isOpen: Bool { !closed }

    /// Takes the next byte of the tag; true when it now has more than `limit` attributes.
    mutating func take(_ byte: UInt8, limit: Int) -> Bool {
        if quote != 0 {
            if byte == quote { quote = 0 }
            return false
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
        case UInt8(ascii: "="):
            attributes += 1
            return attributes > limit
        case UInt8(ascii: ">"): closed = true
        default: break
        }
        return false
    }
}
