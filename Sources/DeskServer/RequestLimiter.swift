import Foundation
import Synchronization

/// A token bucket per client address: each may make `burst` requests at once and `rate` a second
/// after that; past it the desk page answers 429.
///
/// Exists so one runaway client (a script, a stuck key) cannot starve the desk page for everyone
/// else; a person typing never comes near it.
final class RequestLimiter: Sendable {
    let rate: Double
    let burst: Double
    private let buckets = Mutex<[String: (tokens: Double, at: Date)]>([:])

    init(rate: Double = 50, burst: Double = 200) {
        self.rate = rate
        self.burst = burst
    }

    /// Whether `host` may make a request now (and counts it).
    func allow(_ host: String, now: Date = Date()) -> Bool {
        guard rate.isFinite else { return true }
        return buckets.withLock { table in
            var entry = table[host] ?? (burst, now)
            entry.tokens = min(burst, entry.tokens + now.timeIntervalSince(entry.at) * rate)
            entry.at = now
            let allowed = entry.tokens >= 1
            if allowed { entry.tokens -= 1 }
            table[host] = entry
            if table.count > 10_000 { table = table.filter { now.timeIntervalSince($0.value.at) < 60 } }
            return allowed
        }
    }
}
