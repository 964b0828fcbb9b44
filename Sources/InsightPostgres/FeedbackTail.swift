import FileSupport
import Foundation
import Insight
import Synchronization

/// The part of `feedback.tsv` not yet shipped to the event store, and the durable note of how
/// far shipping got.
///
/// Exists because feedback is acknowledged to the desk once it is fsync'd in the file: the file
/// is the queue. Shipping reads the lines after the offset kept in `events-feedback.offset`
/// (beside the file), and the offset moves on, durably, only after the database confirmed the
/// batch. A line's id is the node and its byte offset, so a batch shipped again after a crash
/// between the two steps is inserted once.
final class FeedbackTail: Sendable {
    let feedbackPath: String
    let offsetPath: String
    /// The shipped offset once read or written (the file is read only at the start).
    private let known = Mutex<Int?>(nil)

    init(directory: String) {
        feedbackPath = FeedbackStore(directory: directory).path
        offsetPath = directory + "/events-feedback.offset"
    }

    /// One shipped-or-not line: where it starts in the file, and the event it holds.
    struct Line: Sendable {
        var offset: Int
        var event: FeedbackEvent
    }

    /// The next batch after the shipped offset: up to `limit` complete lines (unreadable ones
    /// skipped but passed over), the offset after them, and how many complete lines wait in all.
    func next(limit: Int) throws -> (lines: [Line], end: Int, waiting: Int)? {
        let start = try shippedOffset()
        guard let handle = FileHandle(forReadingAtPath: feedbackPath) else { return nil }
        defer { try? handle.close() }
        let size = Int(try handle.seekToEnd())
        guard size > start else { return nil }
        try handle.seek(toOffset: UInt64(start))
        let bytes = [UInt8](try handle.readToEnd() ?? Data())
        var lines: [Line] = []
        var lineStart = 0
        var end = start
        var taken = 0
        var waiting = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            waiting += 1
            if taken < limit {
                taken += 1
                let text = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                if let event = FeedbackStore.parse(Substring(text)) {
                    lines.append(Line(offset: start + lineStart, event: event))
                }
                end = start + index + 1
            }
            lineStart = index + 1
        }
        return end > start ? (lines, end, waiting) : nil
    }

    /// How many complete lines wait after the shipped offset (0 when that cannot be read).
    func waiting() -> Int {
        guard let start = try? shippedOffset(), let handle = FileHandle(forReadingAtPath: feedbackPath) else {
            return 0
        }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), Int(size) > start else { return 0 }
        try? handle.seek(toOffset: UInt64(start))
        return (try? handle.readToEnd())?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
    }

    /// The offset up to which lines were shipped (0 when nothing was).
    func shippedOffset() throws -> Int {
        if let offset = known.withLock({ $0 }) { return offset }
        guard DurableFiles.exists(offsetPath) else { return 0 }
        let text = String(decoding: try DurableFiles.read(offsetPath), as: UTF8.self)
        guard let offset = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), offset >= 0 else {
            throw FileSupportError(.read, path: offsetPath, code: EINVAL)
        }
        known.withLock { $0 = offset }
        return offset
    }

    /// Records, durably, that the lines before `offset` are in the database.
    func markShipped(through offset: Int) throws {
        try DurableFiles.write(Array("\(offset)\n".utf8), to: offsetPath)
        known.withLock { $0 = offset }
    }
}
