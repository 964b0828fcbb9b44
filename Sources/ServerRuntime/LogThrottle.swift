import Foundation
import Synchronization

/// Lets one log line through per `interval`, counting the ones held back.
///
/// Exists because some events come in floods when the server is attacked (a connection refused
/// per connection attempt): a line for each would fill the disk, and a log pipe that is not
/// read fast enough would stall an event loop. The line that gets through says how many were
/// held back since the last one.
public final class LogThrottle: Sendable {
    let interval: TimeInterval
    private let state = Mutex<(last: Date?, held: Int)>((nil, 0))

    public init(interval: TimeInterval = 10) {
        self.interval = interval
    }

    /// Nil when this event's line is held back; else how many were held back before it.
    public func admit(now: Date = Date()) -> Int? {
        state.withLock { state in
            if let last = state.last, now.timeIntervalSince(last) < interval {
                state.held += 1
                return nil
            }
            let held = state.held
            state = (now, 0)
            return held
        }
    }
}
