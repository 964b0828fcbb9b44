import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A blocking TCP client for tests: raw bytes in, raw bytes out.
final class TestClient {
    let fd: Int32

    init(port: Int) throws {
        fd = try LoopbackTCP.connect(port: port, timeoutSeconds: 30)
    }

    deinit { close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) { LoopbackTCP.send(fd, bytes) }

    /// Reads until `count` bytes arrived, the peer closed, or 30 s passed.
    func read(atLeast count: Int) -> String {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while received.count < count {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            received += chunk[0..<n]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until the text contains `marker` (or timeout / close).
    func read(until marker: String) -> String {
        var text = ""
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !text.contains(marker) {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            text += String(decoding: chunk[0..<n], as: UTF8.self)
        }
        return text
    }

    /// Whether the server closed the connection (reads return end of file) within 30 s.
    func closedByServer() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n == 0 { return true }
            if n < 0 { return false }
        }
    }
}
