import Foundation
import Synchronization

/// Counters and recent search latencies, for `INFO`.
///
/// Exists so that connections on every event loop can count what they do without a lock or an
/// atomic per command: a connection gathers its counts and latencies in a `StatisticsBatch` and
/// adds them here once per read (one atomic add per counter, one lock for the latencies).
public final class ServerStatistics: Sendable {
    public let startedAt = Date()
    private let commands = Atomic<Int>(0)
    private let connectionsReceived = Atomic<Int>(0)
    private let connected = Atomic<Int>(0)
    private let rejected = Atomic<Int>(0)
    private let heldBack = Atomic<Int>(0)
    private let cachedSearches = Atomic<Int>(0)
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

    /// Adds what a connection gathered since it last did, and empties `batch`.
    public func add(_ batch: inout StatisticsBatch) {
        if batch.commands > 0 { commands.add(batch.commands, ordering: .relaxed) }
        if batch.cachedSearches > 0 { cachedSearches.add(batch.cachedSearches, ordering: .relaxed) }
        if !batch.latencies.isEmpty {
            latencies.withLock { ring in
                for value in batch.latencies { ring.add(value) }
            }
        }
        batch.commands = 0
        batch.cachedSearches = 0
        batch.latencies.removeAll(keepingCapacity: true)
    }

    public var commandsServed: Int { commands.load(ordering: .relaxed) }
    /// Searches answered from a search reply cache (still logged and counted as searches).
    public var searchesFromCache: Int { cachedSearches.load(ordering: .relaxed) }
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

/// One connection's counts since they were last added to the shared `ServerStatistics`.
///
/// Exists so a pipelined command costs a plain increment, not an atomic or a lock on memory every
/// event loop shares; the connection adds the batch once per read (and before `INFO`).
public struct StatisticsBatch: Sendable {
    public var commands = 0
    public var cachedSearches = 0
    /// Search latencies in µs, oldest first.
    public var latencies: [UInt32] = []

    public init() {}

    public mutating func searched(microseconds: Int) {
        latencies.append(UInt32(clamping: microseconds))
    }

    public var isEmpty: Bool { commands == 0 && cachedSearches == 0 && latencies.isEmpty }
}
