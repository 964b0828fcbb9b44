import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Why a loopback request got no answer.
enum LoopbackFailure: Error, CustomStringConvertible {
    case connect(port: Int, errno: Int32)
    case closed
    case timedOut
    case malformed(String)

    var description: String {
        switch self {
        case .connect(let port, let code):
            "cannot connect to 127.0.0.1:\(port): \(String(cString: strerror(code)))"
        case .closed: "the connection closed before the whole reply"
        case .timedOut: "no reply within the socket timeout"
        case .malformed(let text): "not a RESP reply: \(text)"
        }
    }
}

/// One RESP reply, as much of it as the cluster test looks at.
enum RESPReply: Equatable {
    case simple(String)
    case error(String)
    case integer(Int)
    case bulk(String?)
    case array([RESPReply])

    /// The reply's text: a simple or bulk string, an array's items one per line.
    var text: String {
        switch self {
        case .simple(let text), .error(let text): text
        case .integer(let value): String(value)
        case .bulk(let text): text ?? ""
        case .array(let items): items.map(\.text).joined(separator: "\n")
        }
    }

    var isError: Bool {
        if case .error = self { return true }
        return false
    }
}

/// A blocking TCP socket to a loopback port with send and receive timeouts; writes never raise
/// SIGPIPE. The load clients run one on a thread of their own, so nothing here is shared.
final class LoopbackSocket {
    private let descriptor: Int32
    private var pending: [UInt8] = []

    init(port: Int, timeoutSeconds: Int = 10) throws(LoopbackFailure) {
        do {
            descriptor = try LoopbackTCP.connect(port: port, timeoutSeconds: timeoutSeconds)
        } catch {
            throw .connect(port: port, errno: error.code)
        }
    }

    deinit { close(descriptor) }

    /// Whether the far side has closed the connection (or reset it), seen without waiting: what a
    /// client checks before it reuses an idle connection, so it reconnects instead of losing a
    /// request to a connection that is already gone.
    var isClosedByPeer: Bool {
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&watched, 1, 0) > 0 else { return false }
        if watched.revents & Int16(POLLHUP | POLLERR) != 0 { return true }
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) <= 0
    }

    func write(_ bytes: [UInt8]) throws(LoopbackFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .closed
            }
            offset += written
        }
    }

    /// Appends what arrives to the unread bytes; false at the end of the stream.
    private func receive() throws(LoopbackFailure) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                pending += chunk[..<count]
                return true
            }
            if count == 0 { return false }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
            return false
        }
    }

    /// Sends one command as a RESP array of bulk strings and reads its reply.
    func command(_ arguments: [String]) throws(LoopbackFailure) -> RESPReply {
        var request = Array("*\(arguments.count)\r\n".utf8)
        for argument in arguments {
            let bytes = Array(argument.utf8)
            request += Array("$\(bytes.count)\r\n".utf8) + bytes + Array("\r\n".utf8)
        }
        try write(request)
        while true {
            if let (reply, end) = try Self.parse(pending, from: 0) {
                pending.removeFirst(end)
                return reply
            }
            guard try receive() else { throw .closed }
        }
    }

    /// Reads until the far side closes, and returns everything (for HTTP with `Connection: close`).
    func readToEnd() throws(LoopbackFailure) -> [UInt8] {
        while try receive() {}
        defer { pending = [] }
        return pending
    }

    /// The reply that starts at `start`, and where it ends; nil while it is incomplete.
    private static func parse(_ bytes: [UInt8], from start: Int) throws(LoopbackFailure) -> (RESPReply, Int)?
    {
        guard start < bytes.count else { return nil }
        var lineEnd = start
        while lineEnd + 1 < bytes.count, !(bytes[lineEnd] == 13 && bytes[lineEnd + 1] == 10) { lineEnd += 1 }
        guard lineEnd + 1 < bytes.count else { return nil }
        let line = String(decoding: bytes[(start + 1)..<lineEnd], as: UTF8.self)
        let next = lineEnd + 2
        switch bytes[start] {
        case UInt8(ascii: "+"): return (.simple(line), next)
        case UInt8(ascii: "-"): return (.error(line), next)
        case UInt8(ascii: ":"):
            guard let value = Int(line) else { throw .malformed(line) }
            return (.integer(value), next)
        case UInt8(ascii: "$"):
            guard let length = Int(line) else { throw .malformed(line) }
            if length < 0 { return (.bulk(nil), next) }
            guard bytes.count >= next + length + 2 else { return nil }
            return (.bulk(String(decoding: bytes[next..<(next + length)], as: UTF8.self)), next + length + 2)
        case UInt8(ascii: "*"):
            guard let count = Int(line) else { throw .malformed(line) }
            var items: [RESPReply] = []
            var position = next
            for _ in 0..<max(0, count) {
                guard let (item, end) = try parse(bytes, from: position) else { return nil }
                items.append(item)
                position = end
            }
            return (.array(items), position)
        default:
            throw .malformed(String(decoding: bytes[start..<lineEnd], as: UTF8.self))
        }
    }
}

/// Loopback requests of one kind each, for the checks around the load.
enum Loopback {
    /// One RESP command on a connection of its own.
    static func command(port: Int, _ arguments: [String]) throws(LoopbackFailure) -> RESPReply {
        try LoopbackSocket(port: port).command(arguments)
    }

    /// One HTTP/1.1 GET with `Connection: close`: the status code and the body.
    static func get(port: Int, _ path: String) throws(LoopbackFailure) -> (status: Int, body: String) {
        let socket = try LoopbackSocket(port: port)
        try socket.write(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
        let response = String(decoding: try socket.readToEnd(), as: UTF8.self)
        let statusLine = response.prefix { $0 != "\r" }.split(separator: " ")
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1])
        else {
            throw .malformed(String(response.prefix(80)))
        }
        let body = response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    /// A command to HAProxy's stats socket (a Unix socket) and its whole answer.
    static func haproxy(socketPath: String, _ command: String) throws(LoopbackFailure) -> String {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .connect(port: 0, errno: errno) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        for option in [SO_RCVTIMEO, SO_SNDTIMEO] {
            setsockopt(descriptor, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        guard path.count < MemoryLayout.size(ofValue: address.sun_path) else { throw .malformed(socketPath) }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else { throw .connect(port: 0, errno: errno) }
        let request = Array((command + "\n").utf8)
        guard
            request.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) })
                == request.count
        else { throw .closed }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                answer += chunk[..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// A loopback port that was free a moment ago. HAProxy cannot bind port 0 and say which
    /// port it got, so its front ends get these; another process may take one in between (a
    /// small race), and then HAProxy fails to bind and the test tries again with new ports.
    static func freePort() -> Int { LoopbackTCP.freePort() }
}
