#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the column of an element's tag on a given line of a file, for diagnostics.
///
/// Exists because libxml2 reports only a line for schema errors. Errors are rare, so nothing is
/// done on the normal path; but a hostile document can cause thousands of them, so the work is
/// bounded: the file is mapped once, every 64th line's start is noted in one pass, and each line
/// asked about is indexed once (every tag name on it → its first column). A lookup after that
/// costs a dictionary probe, and the whole document costs one pass however many errors it has.
public final class SourceLocator {
    public let path: String
    private var mapping: UnsafeRawBufferPointer?
    private var opened = false
    /// The byte offset where line `64·k + 1` starts, for each k.
    private var checkpoints: [Int] = []
    private var lines: [Int: LineIndex] = [:]
    /// How many times the file was read (1 at most); for tests that guard against re-reading.
    public private(set) var fileReads = 0

    /// The tags on one line: each name's first start tag and first end tag, as columns.
    private struct LineIndex {
        var firstTag: Int?
        var starts: [String: Int] = [:]
        var ends: [String: Int] = [:]
    }

    private static let stride = 64

    /// The document's bytes when it is read from memory (then `path` only names it).
    private let owned: UnsafeMutableRawBufferPointer?

    public init(path: String) {
        self.path = path
        owned = nil
    }

    /// Locates tags in `bytes` (a document read from memory); `name` is how it is called.
    public init(bytes: [UInt8], name: String) {
        path = name
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        owned = UnsafeMutableRawBufferPointer(rebasing: copy[0..<bytes.count])
        if bytes.isEmpty { copy.deallocate() }
    }

    deinit {
        if let owned {
            if owned.count > 0 { owned.deallocate() }
        } else if let mapping, let base = mapping.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), mapping.count)
        }
    }

    /// The 1-based character column of `<name` on `line` (a prefixed `<p:name` too), else of
    /// `</name`, else of the first `<` on the line, else 1.
    public func column(ofElement name: String?, line: Int) -> Int {
        guard line > 0, let index = index(line) else { return 1 }
        if let name {
            if let column = index.starts[name] ?? index.ends[name] { return column }
        }
        return index.firstTag ?? 1
    }

    private func index(_ line: Int) -> LineIndex? {
        if let known = lines[line] { return known }
        guard let bytes = load(), let range = range(ofLine: line, in: bytes) else { return nil }
        let index = Self.scan(UnsafeRawBufferPointer(rebasing: bytes[range]))
        lines[line] = index
        return index
    }

    /// Maps the file and notes the checkpoints, once.
    private func load() -> UnsafeRawBufferPointer? {
        if opened { return mapping }
        opened = true
        fileReads += 1
        if let owned {
            guard owned.count > 0 else { return nil }
            note(UnsafeRawBufferPointer(owned))
            return mapping
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            return nil
        }
        note(UnsafeRawBufferPointer(start: base, count: size))
        return mapping
    }

    /// Keeps `bytes` as the document and notes where every 64th line starts.
    private func note(_ bytes: UnsafeRawBufferPointer) {
        let base = bytes.baseAddress!
        let size = bytes.count
        mapping = bytes
        checkpoints = [0]
        var line = 1
        var offset = 0
        while offset < size, let found = memchr(base + offset, 0x0A, size - offset) {
            offset = base.distance(to: found) + 1
            line += 1
            if (line - 1) % Self.stride == 0 { checkpoints.append(offset) }
        }
    }

    /// The bytes of `line` (without its line feed), reading forward from the nearest checkpoint.
    private func range(ofLine line: Int, in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        let checkpoint = (line - 1) / Self.stride
        guard checkpoint < checkpoints.count else { return nil }
        var start = checkpoints[checkpoint]
        var current = checkpoint * Self.stride + 1
        let base = bytes.baseAddress!
        while current < line {
            guard start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) else {
                return nil
            }
            start = base.distance(to: found) + 1
            current += 1
        }
        guard start <= bytes.count else { return nil }
        var end = bytes.count
        if start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            end = base.distance(to: found)
        }
        return start..<end
    }

    /// Every tag on a line, in one pass; columns count characters (UTF-8 lead bytes).
    private static func scan(_ line: UnsafeRawBufferPointer) -> LineIndex {
        var index = LineIndex()
        var column = 0
        var position = 0
        while position < line.count {
            let byte = line[position]
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == UInt8(ascii: "<") {
                if index.firstTag == nil { index.firstTag = column }
                var nameStart = position + 1
                let closing = nameStart < line.count && line[nameStart] == UInt8(ascii: "/")
                if closing { nameStart += 1 }
                var nameEnd = nameStart
                var local = nameStart
                while nameEnd < line.count, isNameByte(line[nameEnd]) {
                    if line[nameEnd] == UInt8(ascii: ":") { local = nameEnd + 1 }
                    nameEnd += 1
                }
                if local < nameEnd {
                    let name = String(
                        decoding: UnsafeRawBufferPointer(rebasing: line[local..<nameEnd]), as: UTF8.self)
                    if closing {
                        if index.ends[name] == nil { index.ends[name] = column }
                    } else if index.starts[name] == nil {
                        index.starts[name] = column
                    }
                }
            }
            position += 1
        }
        return index
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D, 0x20, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"),
            UInt8(ascii: "="),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "!"), UInt8(ascii: "?"):
            false
        default: true
        }
    }
}
