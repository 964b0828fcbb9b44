import NIOCore
import NIOPosix

/// Runs the desk page's Swift tasks (Hummingbird's request handling) on NIO threads of their own
/// instead of Swift's shared cooperative pool.
///
/// Exists because the cooperative pool has one thread per core (two here) and whoever starts the
/// desk page may block such a thread (a synchronous caller waiting for the port, a test reading
/// a socket): with the page's tasks on that pool a blocked caller could stall the page. The
/// threads are NIO's process-wide singleton group, which is never shut down, so a task that wakes
/// after `kb serve`'s own loops have stopped still has somewhere to run.
final class DeskTaskExecutor: TaskExecutor {
    static let shared = DeskTaskExecutor(group: MultiThreadedEventLoopGroup.singleton)

    let group: any EventLoopGroup
    /// One of the group's loops, for promises the desk page waits on.
    let loop: any EventLoop

    init(group: any EventLoopGroup) {
        self.group = group
        self.loop = group.next()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        group.next().execute { job.runSynchronously(on: executor) }
    }
}
