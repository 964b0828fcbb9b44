import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Blocking TCP on loopback for tests: connect, send, read until the server closes, one HTTP
/// request.
///
/// Exists because every suite that talks to a real server (RESP, the desk page, `kb serve` as a
/// process, the cluster behind HAProxy) needs the same few socket calls, and the subtle parts
/// belong in one place: a read that a signal breaks off (suites around spawn processes) is read
/// again, and a reset from the server counts as its close.
public enum LoopbackTCP {
    /// Why a connection could not be made.
    public struct ConnectFailure: Error, CustomStringConvertible {
        public let port: Int
        public let code: Int32
        public var description: String { "connect to 127.0.0.1:\(port): \(String(cString: strerror(code)))" }
    }

    /// A connected descriptor to `127.0.0.1:port` whose reads and writes give up after
    /// `timeoutSeconds` without progress. The caller closes it.
    public static func connect(port: Int, timeoutSeconds: Int) throws(ConnectFailure) -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ConnectFailure(port: port, code: errno) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        for option in [SO_RCVTIMEO, SO_SNDTIMEO] {
            setsockopt(descriptor, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Foundation.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw ConnectFailure(port: port, code: code)
        }
        return descriptor
    }

    /// Sends all of `bytes` (without SIGPIPE); false when the connection broke first.
    @discardableResult
    public static func send(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Foundation.send(
                    descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Everything received until the server closes the connection (or resets it); nil when the
    /// timeout passes without a byte first.
    public static func readToClose(_ descriptor: Int32) -> [UInt8]? {
        let (received, closed) = readUntilClosedOrQuiet(descriptor)
        return closed ? received : nil
    }

    /// What arrives until the server closes (or resets) the connection, or the timeout passes
    /// without a byte; whether it closed. A read broken off by a signal is read again.
    static func readUntilClosedOrQuiet(_ descriptor: Int32) -> (received: [UInt8], closed: Bool) {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count > 0 {
                received += chunk[0..<count]
            } else if count == 0 || errno == ECONNRESET {
                return (received, true)
            } else if errno != EINTR {
                return (received, false)
            }
        }
    }

    /// One HTTP/1.1 request with `Connection: close` (and `Host: host`, by default the address
    /// connected to); the whole response as text (what arrived, when the server did not close
    /// within `timeoutSeconds` of its last byte).
    public static func http(
        port: Int, _ method: String, _ path: String, body: String = "", headers: [String] = [],
        host: String? = nil, timeoutSeconds: Int = 30
    ) throws(ConnectFailure) -> String {
        let descriptor = try connect(port: port, timeoutSeconds: timeoutSeconds)
        defer { close(descriptor) }
        let host = host ?? "127.0.0.1:\(port)"
        var request = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        for header in headers { request += header + "\r\n" }
        if !body.isEmpty {
            request +=
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
        }
        request += "\r\n" + body
        send(descriptor, Array(request.utf8))
        let (received, _) = readUntilClosedOrQuiet(descriptor)
        return String(decoding: received, as: UTF8.self)
    }

    /// A port that was free a moment ago (bound to port 0 and closed again): for servers that
    /// must be told their port before they start (HAProxy, a `kb serve` restarted on its port).
    public static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
