import FileSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fresh folders under the system's temporary folder that the test process removes as it exits.
///
/// Exists because the suites make hundreds of folders a run (private copies of Knowledge/, log
/// folders, deliveries) and left them all in /tmp. Many are still in use after the test that made
/// them returns: fixtures shared by a suite's tests, folders a server or a `kb` child writes into
/// until it is stopped. The process's exit, whether the tests passed or failed, is the one moment
/// at which none of them is used any more, so that is when they go.
public enum TemporaryFolder {
    /// Makes a private `<temporary>/<prefix>-XXXXXX` (FileSupport's `TemporaryDirectory`) and
    /// returns its path; it is removed, with everything in it, when the test process exits.
    public static func make(_ prefix: String) -> String {
        let path = TemporaryDirectory.make(prefix: prefix)
        registry.add(path)
        return path
    }

    /// The folders made so far, removed by an exit handler installed with the first one.
    private static let registry: Registry = {
        let registry = Registry()
        atexit { TemporaryFolder.registry.removeAll() }
        return registry
    }()

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func add(_ path: String) {
            lock.lock()
            paths.append(path)
            lock.unlock()
        }

        func removeAll() {
            lock.lock()
            let made = paths
            paths = []
            lock.unlock()
            for path in made {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
