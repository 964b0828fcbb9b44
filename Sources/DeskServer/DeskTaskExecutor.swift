import NIOCore
import NIOPosix
import Synchronization

/// Runs Swift tasks on one NIO event loop instead of Swift's shared cooperative pool.
///
/// Exists for two reasons. Each desk connection's request handling (Hummingbird's, which is
/// async) runs on that connection's own event loop, as the desk's NIO handler did before: no
/// thread hop between reading a request, answering it and writing the answer, which under load
/// is what keeps an as-you-type fragment quick (the browser test's arrow-down after Enter
/// failed when each answer hopped threads on a loaded machine). And the server's own task
/// (accepting connections) runs on an event loop too, never on the cooperative pool, which has
/// one thread per core and whose threads a synchronous caller may block (waiting for the port,
/// or a test reading a socket).
final class DeskTaskExecutor: TaskExecutor {
    /// For the server task: one loop of NIO's singleton group.
    static let background = DeskTaskExecutor(loop: MultiThreadedEventLoopGroup.singleton.next())

    let loop: any EventLoop

    init(loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        loop.execute { job.runSynchronously(on: executor) }
    }
}

/// The desk page's open connections, so that stopping the page (its listener closing when
/// `kb serve` stops) closes them too; they live on NIO's singleton loops, which `kb serve`'s
/// shutdown does not stop.
final class DeskStopped: Sendable {
    private let state = Mutex<(stopped: Bool, open: [ObjectIdentifier: any Channel])>((false, [:]))

    /// Registers an accepted connection (false, and nothing registered, once stopped).
    func opened(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard !state.stopped else { return false }
            state.open[ObjectIdentifier(channel)] = channel
            return true
        }
    }

    func closed(_ channel: any Channel) {
        _ = state.withLock { $0.open.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Marks the page stopped and closes every open connection.
    func stop() {
        let open = state.withLock { state in
            state.stopped = true
            return Array(state.open.values)
        }
        for channel in open { channel.close(promise: nil) }
    }
}
