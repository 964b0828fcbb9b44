import Foundation
import Synchronization

/// Slows down token guessing: after `maxFailures` failed `AUTH`s from one address within
/// `window` seconds, every `AUTH` from it is refused until the window has passed.
///
/// Exists because a token is all that stands between a client and publishing; counting per
/// address (not per connection) means reconnecting does not reset the count.
public final class AuthLimiter: Sendable {
    let maxFailures: Int
    let window: TimeInterval
    private let failures = Mutex<[String: (count: Int, since: Date)]>([:])

    public init(maxFailures: Int = 5, window: TimeInterval = 60) {
        self.maxFailures = maxFailures
        self.window = window
    }

    /// Seconds to wait when `host` is blocked now, else nil.
    public func blocked(_ host: String, now: Date = Date()) -> Int? {
        failures.withLock { table in
            guard let entry = table[host] else { return nil }
            let elapsed = now.timeIntervalSince(entry.since)
            if elapsed >= window {
                table[host] = nil
                return nil
            }
            return entry.count >= maxFailures ? Int((window - elapsed).rounded(.up)) : nil
        }
    }

    public func failed(_ host: String, now: Date = Date()) {
        failures.withLock { table in
            if let entry = table[host], now.timeIntervalSince(entry.since) < window {
                table[host] = (entry.count + 1, entry.since)
            } else {
                table[host] = (1, now)
            }
            if table.count > 10_000 {
                table = table.filter { now.timeIntervalSince($0.value.since) < window }
            }
        }
    }
}
