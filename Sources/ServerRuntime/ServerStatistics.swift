import Foundation
import Synchronization

/// Counters and recent search latencies, for `INFO`.
///
/// Exists so that connections on every event loop can count what they do without a lock per
/// command (atomics), keeping only the last searches' latencies under a small lock.
public final class ServerStatistics: Sendable {
    public let startedAt = Date()
    private let commands = Atomic<Int>(0)
    private let connectionsReceived = Atomic<Int>(0)
    private let connected = Atomic<Int>(0)
    private let rejected = Atomic<Int>(0)
    private let heldBack = Atomic<Int>(0)
    private let latencies = Mutex(LatencyRing())

    struct LatencyRing {
        var values = [UInt32](repeating: 0, count: 4096)
        var count = 0
        var next = 0

        mutating func add(_ value: UInt32) {
            values[next] = value
            next = (next + 1) % values.count
            count = min(count + 1, values.count)
        }
    }

    public init() {}

    public func commandServed(_ count: Int = 1) { commands.add(count, ordering: .relaxed) }

    /// Counts a new connection, accepted or refused (by `ConnectionLimiter`).
    public func connectionOpened(accepted: Bool) {
        connectionsReceived.add(1, ordering: .relaxed)
        if accepted {
            connected.add(1, ordering: .relaxed)
        } else {
            rejected.add(1, ordering: .relaxed)
        }
    }

    public func connectionClosed() { connected.subtract(1, ordering: .relaxed) }

    /// A client stopped reading its replies and its requests are held back (or it resumed).
    public func clientHeldBack() { heldBack.add(1, ordering: .relaxed) }
    public func clientResumed() { heldBack.subtract(1, ordering: .relaxed) }

    public func searched(microseconds: Int) {
        latencies.withLock { $0.add(UInt32(clamping: microseconds)) }
    }

    public var commandsServed: Int { commands.load(ordering: .relaxed) }
    public var connectedClients: Int { connected.load(ordering: .relaxed) }
    public var totalConnections: Int { connectionsReceived.load(ordering: .relaxed) }
    public var rejectedConnections: Int { rejected.load(ordering: .relaxed) }
    /// Clients whose requests wait because they do not read their replies.
    public var clientsHeldBack: Int { heldBack.load(ordering: .relaxed) }

    /// p50 and p99 of the last (up to 4,096) searches, in µs.
    public func searchLatency() -> (p50: Int, p99: Int) {
        let values = latencies.withLock { Array($0.values.prefix($0.count)) }.sorted()
        guard !values.isEmpty else { return (0, 0) }
        func at(_ p: Double) -> Int {
            Int(values[min(values.count - 1, Int((p * Double(values.count)).rounded(.up)) - 1)])
        }
        return (at(0.50), at(0.99))
    }
}
