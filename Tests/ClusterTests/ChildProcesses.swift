import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What a child writes to standard output and error, read on a thread of its own as it comes
/// (so a chatty child never blocks on a full pipe), for finding a line and for failure messages.
final class CapturedOutput: Sendable {
    private let bytes = Mutex(Data())
    private let ended = Mutex(false)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                bytes.withLock { $0.append(data) }
            }
            ended.withLock { $0 = true }
        }
        thread.start()
    }

    var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
    var isClosed: Bool { ended.withLock { $0 } }

    /// The last lines, for a failure message.
    func tail(_ count: Int = 15) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).suffix(count).joined(separator: "\n")
    }
}

/// A process the cluster test started, with its output.
final class Child {
    let name: String
    let process: Process
    let output: CapturedOutput

    init(name: String, executable: String, arguments: [String]) throws {
        self.name = name
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        output = CapturedOutput(pipe)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// SIGKILL, then waits until the process is gone.
    func killHard() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// Every process one test started, so a `defer` stops them all however the test ends.
final class Children {
    private(set) var all: [Child] = []

    func start(_ name: String, executable: String, _ arguments: [String]) throws -> Child {
        let child = try Child(name: name, executable: executable, arguments: arguments)
        all.append(child)
        return child
    }

    func killAll() {
        for child in all { child.killHard() }
    }
}

/// Polls `condition` until it gives a value, every 20 ms, for at most `seconds`. The condition's
/// last error (or "no value") is in the thrown error, with `what` it waited for. It blocks: the
/// cluster test runs on a thread of its own, so that tests holding the cooperative pool's threads
/// never delay its polls and skew what it measures.
func waitFor<Value>(
    _ what: String, within seconds: Double, _ condition: () throws -> Value?
) throws -> Value {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    var last = "no value yet"
    while true {
        do {
            if let value = try condition() { return value }
        } catch {
            last = "\(error)"
        }
        if ContinuousClock.now >= deadline {
            throw WaitTimedOut(description: "waited \(seconds) s for \(what); last: \(last)")
        }
        Thread.sleep(forTimeInterval: 0.02)
    }
}

/// Runs `body` on a thread of its own and gives back what it returns or throws.
func onThreadOfItsOwn<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// A condition that did not come true in time.
struct WaitTimedOut: Error, CustomStringConvertible {
    var description: String
}
