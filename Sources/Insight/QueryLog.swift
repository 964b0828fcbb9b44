import FileSupport
import KnowledgeBase
import Search
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One search as the query log keeps it.
public struct QueryEvent: Sendable, Equatable {
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64
    /// `contact-center`, `library`, `web`, or `unknown` when a server client said nothing.
    public var channel: String
    /// What was typed, personal data removed.
    public var query: String
    /// How many published articles matched.
    public var hits: Int
    /// The best hit's id; empty when nothing matched.
    public var topHit: String
    /// The best hit's score (0 when nothing matched).
    public var topScore: Float
    /// How sure the best hit was (`.none` when nothing matched); nil on lines written before the
    /// log kept it.
    public var confidence: Confidence?

    public init(
        time: Int64, channel: String, query: String, hits: Int, topHit: String, topScore: Float,
        confidence: Confidence? = nil
    ) {
        self.time = time
        self.channel = channel
        self.query = query
        self.hits = hits
        self.topHit = topHit
        self.topScore = topScore
        self.confidence = confidence
    }

    /// The UTC date the search was made.
    public var date: CivilDate { CivilDate(day: QueryLog.day(of: time)) }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var timestamp: String {
        var bytes: [UInt8] = []
        QueryLog.appendTimestamp(time, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The channels a search may come from, and their Swedish names.
public enum QueryChannel {
    /// The channels a caller may name, in the order reports list them.
    public static let known = ["contact-center", "library", "web"]
    /// What a server search without `CHANNEL` is logged as.
    public static let unknown = "unknown"

    public static func label(_ channel: String) -> String {
        switch channel {
        case "contact-center": "kontaktcenter"
        case "library": "bibliotek"
        case "web": "webb"
        case "unknown": "okänd"
        default: channel
        }
    }

    /// `known`, then `unknown`, then anything else alphabetically.
    public static func order(_ a: String, _ b: String) -> Bool {
        func rank(_ channel: String) -> Int {
            known.firstIndex(of: channel) ?? (channel == unknown ? known.count : known.count + 1)
        }
        return (rank(a), a) < (rank(b), b)
    }
}

/// The query log: every search, what it found, per UTC day in append-only files.
///
/// Exists so the city can learn what is asked and what the knowledge base does not answer
/// (`kb gaps`, `kb stats`, `kb report`). It sits on the query server's hot path, so recording is
/// cheap: the line is built (and redacted) outside any lock, then appended to an in-memory buffer
/// under a `Mutex`; the buffer goes to the file when it passes `bufferLimit` bytes or on `flush()`.
/// A query log is not acknowledged data: nothing is fsync'd per event, only on `flush()`, so a
/// crash may lose the last buffer.
///
/// A server gives a `writer` (a way to run work off its event loops): then recording never
/// touches a file. Lines only go into an incoming buffer; when it passes `bufferLimit` the
/// writer is asked, once, to write it, and file opening, writing, retention and fsync all happen
/// there (or in `flush()`). Should the writer fall behind by `incomingLimit` bytes, further
/// events are dropped and counted (reported by the next `flush()`), so memory stays bounded.
///
/// Files: `<directory>/queries-YYYY-MM-DD.tsv`, tab-separated with a header line: time (UTC,
/// `YYYY-MM-DDTHH:MM:SSZ`), channel, query, hits, top hit id, top score, and the top hit's
/// confidence (`strong`, `weak`, `none`; lines written before it was kept have six fields and
/// are read without it). Tabs and line breaks in text become spaces; queries are cut at `maxQueryBytes`. When a new day's file is opened, files
/// more than `retainDays` days older than that day are removed.
public final class QueryLog: Sendable {
    public let directory: String
    public let retainDays: Int
    /// Bytes buffered before they are written.
    public static let bufferLimit = 64 * 1024
    /// Longest query kept, in UTF-8 bytes (cut on a character boundary).
    public static let maxQueryBytes = 500
    /// With a writer, most bytes waiting to be written before events are dropped.
    public static let incomingLimit = 16 * bufferLimit
    static let header = "time\tchannel\tquery\thits\ttop_hit\ttop_score\tconfidence\n"

    /// Which files this log writes: the query log's own, or another log of the same store
    /// (`ClickLog`), which shares the buffering, the folder and the retention.
    struct Family: Sendable {
        var prefix: String
        var header: String
        static let queries = Family(prefix: "queries-", header: QueryLog.header)
    }

    let family: Family
    /// Where each recorded event goes besides the file (a shared database); nil: files only.
    public let sink: (any EventSink)?
    private let clock: @Sendable () -> Int64
    private let state = Mutex(State())
    /// Runs work off the recording thread; nil: recording writes when the buffer fills.
    private let writer: (@Sendable (@escaping @Sendable () -> Void) -> Void)?
    private let incoming = Mutex(Incoming())

    /// Lines recorded with a writer and not yet handed to the file: per day, in order.
    private struct Incoming {
        var chunks: [(day: Int, bytes: [UInt8], events: Int)] = []
        var bytes = 0
        var events: Int { chunks.reduce(0) { $0 + $1.events } }
        /// The writer was asked and has not taken the chunks yet.
        var requested = false
        var dropped = 0
    }

    private struct State {
        var buffer: [UInt8] = []
        /// Events in `buffer`.
        var pending = 0
        /// The day of the file being written (days since 1970-01-01), once one is chosen.
        var day: Int?
        var fd: Int32 = -1
        /// Whether something was written since the last fsync.
        var unsynced = false
        /// Events that could not be written (disk full, folder gone).
        var dropped = 0
        var lastError: String?
    }

    /// - Parameters:
    ///   - clock: the current time in seconds since 1970-01-01 UTC (injected by tests).
    ///   - events: where each event also goes, as the file holds it (redacted and cut).
    ///   - writer: runs work off the recording thread (a server's executor); with one, `record`
    ///     never writes a file.
    public convenience init(
        directory: String, retainDays: Int = 90, clock: @escaping @Sendable () -> Int64 = { QueryLog.now() },
        events: (any EventSink)? = nil, writer: (@Sendable (@escaping @Sendable () -> Void) -> Void)? = nil
    ) {
        self.init(
            directory: directory, retainDays: retainDays, family: .queries, clock: clock, events: events,
            writer: writer)
    }

    init(
        directory: String, retainDays: Int, family: Family, clock: @escaping @Sendable () -> Int64,
        events: (any EventSink)? = nil, writer: (@Sendable (@escaping @Sendable () -> Void) -> Void)? = nil
    ) {
        self.family = family
        sink = events
        self.writer = writer
        self.directory = directory
        self.retainDays = retainDays
        self.clock = clock
        state.withLock { $0.buffer.reserveCapacity(QueryLog.bufferLimit + 1024) }
    }

    deinit {
        takeIncoming()
        state.withLock { state in
            Self.writeBuffer(&state, directory: directory, retainDays: retainDays, family: family)
            if state.fd >= 0 { close(state.fd) }
        }
    }

    /// The real time, seconds since 1970-01-01 UTC.
    public static func now() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }

    /// Records one search: the query redacted, at `time` (default: the clock's now), with how
    /// sure its best hit was (left empty when the caller does not say); a channel that is not one
    /// of `QueryChannel.known` is recorded as `unknown`.
    public func record(
        channel: String, query: String, hits: Int, topHit: String, topScore: Float,
        confidence: Confidence? = nil, at time: Int64? = nil
    ) {
        let seconds = time ?? clock()
        let channel = QueryChannel.known.contains(channel) ? channel : QueryChannel.unknown
        let query = Self.redacted(query)
        func fields(_ line: inout [UInt8]) {
            Self.appendTimestamp(seconds, to: &line)
            line.append(0x09)
            Self.appendClean(channel, to: &line, max: 64)
            line.append(0x09)
            Self.appendClean(query, to: &line, max: Self.maxQueryBytes)
            line.append(0x09)
            Self.appendInteger(max(hits, 0), to: &line)
            line.append(0x09)
            Self.appendClean(topHit, to: &line, max: 256)
            line.append(0x09)
            Self.appendScore(topScore, to: &line)
            line.append(0x09)
            if let confidence { line.append(contentsOf: confidence.rawValue.utf8) }
        }
        if writer != nil, sink == nil {
            // A server's log: the line is written straight into the incoming buffer (no array
            // per search); the same bytes as below.
            appendIncoming(day: Self.day(of: seconds)) { line in
                fields(&line)
                line.append(0x0A)
            }
            return
        }
        var line: [UInt8] = []
        line.reserveCapacity(64 + min(query.utf8.count, Self.maxQueryBytes) + topHit.utf8.count)
        fields(&line)
        // The sink gets the event read back from the line: exactly what the file holds.
        if let sink, let event = Self.parse(line[...]) { sink.recorded(event) }
        line.append(0x0A)
        append(line, at: seconds)
    }

    /// With a writer: `write` appends one line to the incoming buffer of `day`, under its lock;
    /// past `incomingLimit` the line is taken back and counted as dropped. Asks the writer once
    /// the buffer passes `bufferLimit`.
    private func appendIncoming(day: Int, _ write: (inout [UInt8]) -> Void) {
        guard let writer else { return }
        let ask = incoming.withLock { incoming -> Bool in
            if incoming.chunks.last?.day != day { incoming.chunks.append((day, [], 0)) }
            let last = incoming.chunks.count - 1
            let start = incoming.chunks[last].bytes.count
            write(&incoming.chunks[last].bytes)
            let added = incoming.chunks[last].bytes.count - start
            guard incoming.bytes + added <= Self.incomingLimit else {
                incoming.chunks[last].bytes.removeSubrange(start...)
                if incoming.chunks[last].events == 0 { incoming.chunks.removeLast() }
                incoming.dropped += 1
                return false
            }
            incoming.chunks[last].events += 1
            incoming.bytes += added
            guard incoming.bytes >= Self.bufferLimit, !incoming.requested else { return false }
            incoming.requested = true
            return true
        }
        if ask { writer { [self] in self.takeIncoming() } }
    }

    /// Appends one finished line (ending in a newline) stamped `seconds` to the buffer.
    func append(_ line: [UInt8], at seconds: Int64) {
        let day = Self.day(of: seconds)
        if writer != nil {
            appendIncoming(day: day) { $0.append(contentsOf: line) }
            return
        }
        store(line, day: day)
    }

    /// Moves what was recorded with a writer into the file's buffer, writing as it goes (on the
    /// writer's thread, or in `flush()` and the readers).
    private func takeIncoming() {
        guard writer != nil else { return }
        let (chunks, dropped) = incoming.withLock { incoming in
            let taken = (incoming.chunks, incoming.dropped)
            incoming = Incoming()
            return taken
        }
        for chunk in chunks { store(chunk.bytes, day: chunk.day, events: chunk.events) }
        if dropped > 0 {
            state.withLock { state in
                state.dropped += dropped
                if state.lastError == nil { state.lastError = "the log's writer fell behind" }
            }
        }
    }

    /// Appends finished lines (`events` of them) of `day` to the file's buffer, writing it when
    /// it fills.
    private func store(_ line: [UInt8], day: Int, events: Int = 1) {
        state.withLock { state in
            if let current = state.day, day > current {
                // A new day: the old day's lines go to the old file first.
                Self.writeBuffer(&state, directory: directory, retainDays: retainDays, family: family)
                if state.fd >= 0 { close(state.fd) }
                state.fd = -1
                state.day = day
            } else if state.day == nil {
                state.day = day
            }
            // (A line stamped a moment before midnight that arrives after the switch stays in
            // the new day's file; readers go by each line's own time.)
            state.buffer.append(contentsOf: line)
            state.pending += events
            if state.buffer.count >= Self.bufferLimit {
                Self.writeBuffer(&state, directory: directory, retainDays: retainDays, family: family)
            }
        }
    }

    /// Records an event as given (its query is redacted all the same).
    public func record(_ event: QueryEvent) {
        record(
            channel: event.channel, query: event.query, hits: event.hits, topHit: event.topHit,
            topScore: event.topScore, confidence: event.confidence, at: event.time)
    }

    /// Writes the buffer and fsyncs the file. Throws when events could not be written since the
    /// last flush (they are lost; the log goes on). The fsync runs outside the lock, so searches
    /// recording meanwhile do not wait for the disk.
    public func flush() throws(InsightError) {
        takeIncoming()
        let (fd, failure): (Int32, InsightError?) = state.withLock { state in
            Self.writeBuffer(&state, directory: directory, retainDays: retainDays, family: family)
            var fd: Int32 = -1
            if state.unsynced, state.fd >= 0 {
                fd = dup(state.fd)  // the file may be switched while this one is synced
                state.unsynced = false
            }
            guard let message = state.lastError else { return (fd, nil) }
            let error = InsightError.logNotWritten(message: message, dropped: state.dropped)
            state.lastError = nil
            state.dropped = 0
            return (fd, error)
        }
        if fd >= 0 {
            let synced = fsync(fd) == 0
            let code = errno
            close(fd)
            if !synced, failure == nil {
                throw InsightError.logNotWritten(
                    message: "fsync: \(String(cString: strerror(code)))", dropped: 0)
            }
        }
        if let failure { throw failure }
    }

    /// Events buffered and not yet written.
    public var pendingEvents: Int { state.withLock { $0.pending } + incoming.withLock { $0.events } }

    /// The clock's current time.
    var now: Int64 { clock() }

    // MARK: Reading

    /// The logged events from `since` on (every day kept when nil), of one channel or all, oldest
    /// file first. Reads file by file in chunks; this instance's buffer is written first.
    public func events(since: CivilDate? = nil, channel: String? = nil) -> [QueryEvent] {
        var events: [QueryEvent] = []
        forEachEvent(since: since, channel: channel) { events.append($0) }
        return events
    }

    /// Calls `body` with each logged event from `since` on, of one channel or all, without
    /// holding more than one chunk of a file in memory. Unreadable lines are skipped.
    public func forEachEvent(
        since: CivilDate? = nil, channel: String? = nil, _ body: (QueryEvent) throws -> Void
    ) rethrows {
        try forEachLine(since: since) { line in
            guard let event = Self.parse(line) else { return }
            if let since, event.time < Int64(since.day) * 86_400 { return }
            if let channel, event.channel != channel { return }
            try body(event)
        }
    }

    /// Calls `body` with each line of the files that may hold lines from `since` on (this
    /// instance's buffer written first), oldest file first.
    func forEachLine(since: CivilDate?, _ body: (ArraySlice<UInt8>) throws -> Void) rethrows {
        takeIncoming()
        state.withLock { Self.writeBuffer(&$0, directory: directory, retainDays: retainDays, family: family) }
        for (day, name) in Self.files(in: directory, prefix: family.prefix) {
            if let since, day < since.day - 1 { continue }  // a line may sit in the next day's file
            try Self.readLines(directory + "/" + name, body)
        }
    }

    /// The log files in `directory` (`queries-YYYY-MM-DD.tsv`), oldest first, with their day.
    public static func files(in directory: String) -> [(day: Int, name: String)] {
        files(in: directory, prefix: Family.queries.prefix)
    }

    /// The files `<prefix>YYYY-MM-DD.tsv` in `directory`, oldest first, with their day.
    static func files(in directory: String, prefix: String) -> [(day: Int, name: String)] {
        let length = prefix.utf8.count
        return DurableFiles.list(directory).compactMap { name in
            guard name.hasPrefix(prefix), name.hasSuffix(".tsv"), name.utf8.count == length + 14,
                let date = CivilDate(String(name.dropFirst(length).prefix(10)))
            else { return nil }
            return (date.day, name)
        }.sorted { $0.day < $1.day }
    }

    public static func fileName(day: Int) -> String { fileName(day: day, prefix: Family.queries.prefix) }

    static func fileName(day: Int, prefix: String) -> String { "\(prefix)\(CivilDate(day: day)).tsv" }

    // MARK: Writing

    /// Writes the buffer to the current day's file (opening it, and removing expired files, first
    /// when needed). On failure the buffered events are dropped and counted.
    private static func writeBuffer(_ state: inout State, directory: String, retainDays: Int, family: Family)
    {
        guard !state.buffer.isEmpty, let day = state.day else { return }
        defer {
            state.buffer.removeAll(keepingCapacity: true)
            state.pending = 0
        }
        if state.fd < 0 {
            do {
                state.fd = try open(day: day, directory: directory, retainDays: retainDays, family: family)
            } catch {
                state.dropped += state.pending
                state.lastError = "\(error)"
                return
            }
        }
        var offset = 0
        let count = state.buffer.count
        let fd = state.fd
        while offset < count {
            let written = state.buffer.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + offset, count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                state.dropped += state.pending
                state.lastError =
                    "write \(fileName(day: day, prefix: family.prefix)): \(String(cString: strerror(errno)))"
                return
            }
            offset += written
        }
        state.unsynced = true
    }

    /// Opens `day`'s file for appending (with the header when it is new) and removes files more
    /// than `retainDays` days older than `day`.
    private static func open(day: Int, directory: String, retainDays: Int, family: Family)
        throws(FileSupportError) -> Int32
    {
        try DurableFiles.makeDirectory(directory)
        let path = directory + "/" + fileName(day: day, prefix: family.prefix)
        let fd = DurableFiles.openDescriptor(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileSupportError(.open, path: path, code: errno) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size == 0 {
            _ = family.header.utf8CString.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count - 1) }
        }
        for (old, name) in files(in: directory, prefix: family.prefix) where day - old > retainDays {
            unlink(directory + "/" + name)
        }
        return fd
    }

    /// `text` with personal data and control characters removed.
    static func redacted(_ text: String) -> String {
        ControlCharacters.strip(Redaction.redact(text))
    }

    static func day(of seconds: Int64) -> Int {
        Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func appendTimestamp(_ seconds: Int64, to bytes: inout [UInt8]) {
        let day = day(of: seconds)
        let second = Int(seconds - Int64(day) * 86_400)
        let date = CivilDate(day: day)
        let (year, month, dayOfMonth) = date.parts
        if (1000...9999).contains(year) {
            // Digits straight from the numbers: this runs for every logged search.
            appendTwoDigits(year / 100, to: &bytes)
            appendTwoDigits(year % 100, to: &bytes)
            bytes.append(UInt8(ascii: "-"))
            appendTwoDigits(month, to: &bytes)
            bytes.append(UInt8(ascii: "-"))
            appendTwoDigits(dayOfMonth, to: &bytes)
        } else {
            bytes.append(contentsOf: date.description.utf8)
        }
        bytes.append(UInt8(ascii: "T"))
        appendTwoDigits(second / 3600, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(second / 60 % 60, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(second % 60, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    private static func appendTwoDigits(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(0x30 + UInt8(value / 10))
        bytes.append(0x30 + UInt8(value % 10))
    }

    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendInteger(value / 10, to: &bytes) }
        bytes.append(0x30 + UInt8(value % 10))
    }

    /// Three decimals, as the server shows scores.
    private static func appendScore(_ score: Float, to bytes: inout [UInt8]) {
        let thousandths = score.isFinite && score > 0 ? Int((Double(score) * 1000).rounded()) : 0
        appendInteger(thousandths / 1000, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        let fraction = thousandths % 1000
        bytes.append(0x30 + UInt8(fraction / 100))
        bytes.append(0x30 + UInt8(fraction / 10 % 10))
        bytes.append(0x30 + UInt8(fraction % 10))
    }

    /// `text`'s UTF-8 with tabs and line breaks as spaces, cut to `max` bytes on a character
    /// boundary.
    static func appendClean(_ text: String, to bytes: inout [UInt8], max: Int) {
        let start = bytes.count
        for byte in text.utf8 {
            bytes.append(byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte)
        }
        if bytes.count - start > max {
            var end = start + max
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
            bytes.removeSubrange(end...)
        }
    }

    // MARK: Parsing

    /// Calls `body` with each line of the file (without its newline), reading 1 MiB at a time.
    private static func readLines(_ path: String, _ body: (ArraySlice<UInt8>) throws -> Void) rethrows {
        let fd = DurableFiles.openDescriptor(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let chunk = 1 << 20
        var buffer: [UInt8] = []
        var chunkBytes = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = chunkBytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, chunk) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            buffer.append(contentsOf: chunkBytes[0..<count])
            var lineStart = 0
            for index in 0..<buffer.count where buffer[index] == 0x0A {
                try body(buffer[lineStart..<index])
                lineStart = index + 1
            }
            buffer.removeSubrange(0..<lineStart)
        }
        if !buffer.isEmpty { try body(buffer[...]) }
    }

    /// An event from one line; nil for the header and for lines that do not read.
    static func parse(_ line: ArraySlice<UInt8>) -> QueryEvent? {
        let fields = fields(line)
        guard fields.count == 6 || fields.count == 7, let time = parseTimestamp(line[fields[0]]),
            let hits = parseInteger(line[fields[3]])
        else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: line[range], as: UTF8.self) }
        return QueryEvent(
            time: time, channel: text(fields[1]), query: text(fields[2]), hits: hits, topHit: text(fields[4]),
            topScore: Float(text(fields[5])) ?? 0,
            confidence: fields.count == 7 ? Confidence(rawValue: text(fields[6])) : nil)
    }

    /// The ranges of a line's tab-separated fields.
    static func fields(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(6)
        var start = line.startIndex
        for index in line.indices where line[index] == 0x09 {
            fields.append(start..<index)
            start = index + 1
        }
        fields.append(start..<line.endIndex)
        return fields
    }

    static func parseInteger(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` to seconds since 1970.
    static func parseTimestamp(_ text: ArraySlice<UInt8>) -> Int64? {
        guard text.count == 20 else { return nil }
        let s = text.startIndex
        guard text[s + 4] == 0x2D, text[s + 7] == 0x2D, text[s + 10] == 0x54, text[s + 13] == 0x3A,
            text[s + 16] == 0x3A, text[s + 19] == 0x5A,
            let year = parseInteger(text[s..<s + 4]), let month = parseInteger(text[s + 5..<s + 7]),
            let day = parseInteger(text[s + 8..<s + 10]), let hour = parseInteger(text[s + 11..<s + 13]),
            let minute = parseInteger(text[s + 14..<s + 16]),
            let second = parseInteger(text[s + 17..<s + 19]),
            hour < 24, minute < 60, second < 61, let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        return Int64(date.day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
