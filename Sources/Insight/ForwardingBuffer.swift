import Synchronization

/// A bounded first-in-first-out buffer of events waiting to be shipped, that drops its oldest
/// event when full and counts what it dropped.
///
/// Exists because searches must never wait for a database: recording is an append under a
/// mutex, and when the store has been away long enough to fill the buffer, the oldest events go
/// (counted, shown in INFO) rather than memory growing without end. Every event gets a sequence
/// number, so a shipper can take a batch, ship it, and then remove exactly that batch even if
/// older events were dropped meanwhile.
public final class ForwardingBuffer<Element: Sendable>: Sendable {
    public let capacity: Int

    private struct State {
        var slots: [Element?]
        var head = 0
        var count = 0
        /// The sequence number the next appended event gets.
        var next: UInt64 = 0
        var dropped = 0
    }

    private let state: Mutex<State>

    public init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
        state = Mutex(State(slots: Array(repeating: nil, count: capacity)))
    }

    /// Adds `element`, dropping the oldest when full; returns its sequence number.
    @discardableResult
    public func append(_ element: Element) -> UInt64 {
        state.withLock { state in
            let capacity = state.slots.count
            if state.count == capacity {
                state.slots[state.head] = nil
                state.head = (state.head + 1) % capacity
                state.count -= 1
                state.dropped += 1
            }
            state.slots[(state.head + state.count) % capacity] = element
            state.count += 1
            let sequence = state.next
            state.next += 1
            return sequence
        }
    }

    /// Up to `limit` of the oldest events, with their sequence numbers, left in the buffer.
    public func peek(_ limit: Int) -> [(sequence: UInt64, element: Element)] {
        state.withLock { state in
            let taken = min(limit, state.count)
            let first = state.next - UInt64(state.count)
            return (0..<taken).map { offset in
                (first + UInt64(offset), state.slots[(state.head + offset) % state.slots.count]!)
            }
        }
    }

    /// Removes every event with a sequence number below `end` that is still held.
    public func remove(before end: UInt64) {
        state.withLock { state in
            let capacity = state.slots.count
            while state.count > 0, state.next - UInt64(state.count) < end {
                state.slots[state.head] = nil
                state.head = (state.head + 1) % capacity
                state.count -= 1
            }
        }
    }

    /// Events held.
    public var count: Int { state.withLock { $0.count } }

    /// Events dropped because the buffer was full.
    public var dropped: Int { state.withLock { $0.dropped } }
}
