import Synchronization

/// Counts one port's open connections, in all and per client address, and refuses past either
/// bound.
///
/// Exists because a port without bounds lets one client (or one address) take every file
/// descriptor of the process: 1,263 idle HTTP connections once stopped both the desk page and
/// the RESP port. Each port has its own limiter, and `FileDescriptorBudget` keeps their totals
/// below the process's open-file limit, so one port can never starve the other.
public final class ConnectionLimiter: Sendable {
    public let maxConnections: Int
    public let maxPerAddress: Int
    private let state = Mutex<(total: Int, perAddress: [String: Int])>((0, [:]))

    /// Why a connection was refused.
    public enum Refusal: Sendable, Equatable {
        case full
        case address
    }

    public init(maxConnections: Int, maxPerAddress: Int) {
        self.maxConnections = maxConnections
        self.maxPerAddress = maxPerAddress
    }

    /// Counts a new connection from `address`; a refusal when it would pass a bound (it is then
    /// not counted, and `close` must not be called for it).
    public func open(_ address: String) -> Refusal? {
        state.withLock { state in
            if state.total >= maxConnections { return .full }
            let count = state.perAddress[address, default: 0]
            if count >= maxPerAddress { return .address }
            state.total += 1
            state.perAddress[address] = count + 1
            return nil
        }
    }

    public func close(_ address: String) {
        state.withLock { state in
            state.total -= 1
            let count = state.perAddress[address, default: 1] - 1
            state.perAddress[address] = count > 0 ? count : nil
        }
    }

    public var open: Int { state.withLock { $0.total } }
}
