import Foundation
import Synchronization

/// Slows down token guessing, per client address and per token prefix.
///
/// Exists because a token is all that stands between a client and publishing; counting per
/// address (not per connection) means reconnecting does not reset the count. One count alone
/// would let one person behind a shared address (a city office's NAT) who keeps typing an old
/// token lock out everyone there, admins included. So failures are counted twice, within a
/// `window` of seconds:
///
/// - per address **and** the first `prefixLength` bytes of the token tried: after
///   `maxFailures` the address may not try tokens starting that way until the window has passed;
///   a colleague with a different token (different prefix) is not held up;
/// - per address alone, with a ten times higher bound (`maxFailuresPerAddress`), so that trying
///   many prefixes does not make guessing cheap.
///
/// Shared by the RESP port's `AUTH` and the desk page's login. Prefixes stay in memory only.
public final class AuthLimiter: Sendable {
    let maxFailures: Int
    let maxFailuresPerAddress: Int
    let window: TimeInterval
    static let prefixLength = 4
    private let failures = Mutex<[String: (count: Int, since: Date)]>([:])

    /// What a failure led to.
    public enum Lockout: Sendable, Equatable {
        /// The address may no longer try tokens with this prefix, for now.
        case prefix
        /// The address may no longer try any token, for now.
        case address
    }

    public init(maxFailures: Int = 5, maxFailuresPerAddress: Int? = nil, window: TimeInterval = 60) {
        self.maxFailures = maxFailures
        self.maxFailuresPerAddress = maxFailuresPerAddress ?? maxFailures * 10
        self.window = window
    }

    /// Seconds to wait when `host` may not try `token` now, else nil.
    public func blocked(_ host: String, token: [UInt8], now: Date = Date()) -> Int? {
        failures.withLock { table in
            var wait: Int?
            for (key, limit) in keys(host, token) {
                guard let entry = table[key] else { continue }
                let elapsed = now.timeIntervalSince(entry.since)
                if elapsed >= window {
                    table[key] = nil
                } else if entry.count >= limit {
                    wait = max(wait ?? 0, Int((window - elapsed).rounded(.up)))
                }
            }
            return wait
        }
    }

    /// Counts a failed attempt; returns the lockout it started, if it started one (for the log).
    @discardableResult
    public func failed(_ host: String, token: [UInt8], now: Date = Date()) -> Lockout? {
        failures.withLock { table in
            var started: Lockout?
            for (key, limit) in keys(host, token) {
                var entry = (count: 1, since: now)
                if let old = table[key], now.timeIntervalSince(old.since) < window {
                    entry = (old.count + 1, old.since)
                }
                table[key] = entry
                if entry.count == limit { started = key.hasPrefix("a ") ? .address : (started ?? .prefix) }
            }
            if table.count > 10_000 {
                table = table.filter { now.timeIntervalSince($0.value.since) < window }
            }
            return started
        }
    }

    /// The counters a failure of `token` from `host` adds to, with their bounds.
    private func keys(_ host: String, _ token: [UInt8]) -> [(String, Int)] {
        let prefix = token.prefix(Self.prefixLength).map { String($0, radix: 16) }.joined(separator: ".")
        return [("a " + host, maxFailuresPerAddress), ("p " + host + " " + prefix, maxFailures)]
    }
}
