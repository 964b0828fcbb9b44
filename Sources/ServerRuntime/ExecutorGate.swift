import Dispatch

/// Holds the work of one kind on its executor until it is opened.
///
/// Exists so tests can make blocking work (a report, a publish) as slow as they need without
/// sleeping, and then show, by a condition rather than a clock, that event loops and the other
/// executors go on meanwhile. Installs itself as the executors' `beforeWork` hook.
public final class ExecutorGate: Sendable {
    public let kind: ServerExecutors.Kind
    private let entered = DispatchSemaphore(value: 0)
    private let opened = DispatchSemaphore(value: 0)

    public init(_ kind: ServerExecutors.Kind, on executors: ServerExecutors) {
        self.kind = kind
        executors.setBeforeWork { [self] started in
            guard started == self.kind else { return }
            self.entered.signal()
            self.opened.wait()
        }
    }

    /// Whether work of the gate's kind reached it within `seconds`.
    public func waitUntilHeld(seconds: Int = 30) -> Bool {
        entered.wait(timeout: .now() + .seconds(seconds)) == .success
    }

    /// Lets the held work, and up to 15 more units of its kind, go on.
    public func open() {
        for _ in 0..<16 { opened.signal() }
    }
}
