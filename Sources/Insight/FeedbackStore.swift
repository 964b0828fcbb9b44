import FileSupport
import Foundation
import KnowledgeBase

/// What a guide or librarian thought of an article.
public enum FeedbackKind: String, Sendable, CaseIterable {
    case helpful, wrong, outdated, unclear

    /// Swedish, for people.
    public var label: String {
        switch self {
        case .helpful: "hjälpsam"
        case .wrong: "fel"
        case .outdated: "inaktuell"
        case .unclear: "otydlig"
        }
    }
}

/// One piece of feedback from the desk.
public struct FeedbackEvent: Sendable, Equatable {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var time: String
    public var article: String
    public var kind: FeedbackKind
    /// Where it came from: one of `FeedbackStore.channels`, else `unknown`.
    public var channel: String
    /// Free text, with personal data removed.
    public var comment: String

    public init(time: String, article: String, kind: FeedbackKind, channel: String, comment: String) {
        self.time = time
        self.article = article
        self.kind = kind
        self.channel = channel
        self.comment = comment
    }

    /// The date part of `time`.
    public var date: CivilDate? { CivilDate(String(time.prefix(10))) }

    /// Whether it still asks the owner for something: criticism newer than the article's last review.
    public func isOpen(reviewed: String?) -> Bool {
        guard kind != .helpful else { return false }
        guard let reviewed, let at = CivilDate(reviewed), let date else { return true }
        return date >= at
    }
}

/// Feedback, stored durably: one append-only file of tab-separated lines, each fsync'd before the
/// caller is told it was recorded.
///
/// Exists because feedback is acknowledged to a person at the desk ("tack, det är noterat"), and
/// nothing acknowledged may be lost, even on a crash or power cut.
public final class FeedbackStore: Sendable {
    public let path: String
    private let lock = NSLock()

    /// Longest comment kept, in characters.
    public static let maxComment = 2_000

    /// The channels feedback may name; any other is stored as `unknown` (a channel is a word
    /// from a fixed list, never free text that could carry personal data).
    public static let channels = QueryChannel.known + ["cli", "server"]

    public init(directory: String) {
        path = directory + "/feedback.tsv"
    }

    /// Appends `event` (comment redacted, stripped of control characters and cut; channel one of
    /// `channels`), fsync'd before returning.
    public func append(_ event: FeedbackEvent) throws(InsightError) {
        var event = event
        event.comment = Self.clean(Redaction.redact(String(event.comment.prefix(Self.maxComment))))
        if !Self.channels.contains(event.channel) { event.channel = QueryChannel.unknown }
        let line =
            [event.time, event.article, event.kind.rawValue, event.channel, event.comment]
            .joined(separator: "\t") + "\n"
        let path = path
        let appended: Result<Void, FileSupportError> = lock.withLock {
            Result { () throws(FileSupportError) in
                try DurableFiles.makeDirectory((path as NSString).deletingLastPathComponent)
                try DurableFiles.append(Array(line.utf8), to: path)
            }
        }
        try onFiles(appended.get())
    }

    /// Every event recorded, oldest first; unreadable lines are skipped.
    public func all() -> [FeedbackEvent] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap(Self.parse)
    }

    /// The event one line of the file holds (without its newline); nil when it does not read.
    public static func parse(_ line: Substring) -> FeedbackEvent? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 5, let kind = FeedbackKind(rawValue: fields[2]) else { return nil }
        return FeedbackEvent(
            time: fields[0], article: fields[1], kind: kind, channel: fields[3], comment: fields[4])
    }

    /// The current time as the store writes it.
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// Control characters out (tabs and line breaks, which would break the file's lines and
    /// fields, become spaces).
    private static func clean(_ text: String) -> String {
        ControlCharacters.strip(text)
    }
}
