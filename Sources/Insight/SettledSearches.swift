import Foundation
import KnowledgeBase

/// Leaves out of the query log's events the keystrokes of a question being typed.
///
/// Exists because logs written before the desk page logged only settled searches (and clients
/// that log every as-you-type search) hold "h", "he", "hem" … before "hemtjänst": counted as
/// questions, they fill the gaps with prefixes and tilt the topics. An event is a keystroke when
/// the next event of the same channel follows within `window` seconds and one query begins with
/// the other (a letter typed or taken back); the last of such a run is the question. A pause of
/// `window` seconds or more settles a query, as on the desk page (1.5 s).
public struct KeystrokeFilter {
    /// Seconds within which the next event makes the previous a keystroke.
    public static let window: Int64 = 2

    private var pending: [String: QueryEvent] = [:]
    /// Events left out as keystrokes.
    public private(set) var keystrokes = 0

    public init() {}

    /// Takes the next event (events come oldest first); passes on the channel's previous event
    /// when it was not a keystroke of this one.
    public mutating func add(_ event: QueryEvent, _ emit: (QueryEvent) throws -> Void) rethrows {
        if let previous = pending[event.channel] {
            if Self.isKeystroke(previous, before: event) {
                keystrokes += 1
            } else {
                try emit(previous)
            }
        }
        pending[event.channel] = event
    }

    /// Passes on what is still held, oldest first.
    public mutating func finish(_ emit: (QueryEvent) throws -> Void) rethrows {
        for event in pending.values.sorted(by: { ($0.time, $0.channel) < ($1.time, $1.channel) }) {
            try emit(event)
        }
        pending.removeAll()
    }

    static func isKeystroke(_ previous: QueryEvent, before next: QueryEvent) -> Bool {
        guard next.time - previous.time <= window, next.time >= previous.time else { return false }
        let a = previous.query.trimmingCharacters(in: .whitespaces).lowercased()
        let b = next.query.trimmingCharacters(in: .whitespaces).lowercased()
        return a != b && (b.hasPrefix(a) || a.hasPrefix(b))
    }
}

extension QueryEventSource {
    /// Like `forEachEvent`, without the keystrokes (see `KeystrokeFilter`).
    public func forEachSettledEvent(
        since: CivilDate? = nil, channel: String? = nil, _ body: (QueryEvent) throws -> Void
    ) rethrows {
        var filter = KeystrokeFilter()
        try forEachEvent(since: since, channel: channel) { try filter.add($0, body) }
        try filter.finish(body)
    }
}
