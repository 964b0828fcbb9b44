import ArgumentParser
import Foundation
import KnowledgeBase
import RESP

#if canImport(Glibc)
    import Glibc
#endif

/// `kb publish ID` (draft → published, locally) or `kb publish --server HOST:PORT FILE` (send a
/// document to a running `kb serve` with `AUTH` and `PUBLISH`).
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract:
            "Publish a draft (kb publish ID), or send a document to a server (kb publish --server HOST:PORT FILE).",
        discussion: """
            Locally, the article's status becomes published as a new revision. With --server, \
            FILE (an article, a register or a bundle) is sent with PUBLISH after AUTH with the \
            token in --token-file or the environment variable KB_TOKEN; the server applies it all \
            or nothing, within what the token may change.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("A running kb serve to publish to.", valueName: "HOST:PORT"))
    var server: String?

    @Option(help: ArgumentHelp("A file holding the token (else $KB_TOKEN).", valueName: "F"))
    var tokenFile: String?

    @Argument(help: "The article's id, or with --server the file to send.")
    var target: String

    func run() throws {
        guard let server else {
            try StatusChange.run(options, target, to: .published)
            return
        }
        let token: String
        if let tokenFile {
            token =
                (try? String(contentsOfFile: tokenFile, encoding: .utf8))?.trimmingCharacters(
                    in: .whitespacesAndNewlines) ?? ""
        } else {
            token = ProcessInfo.processInfo.environment["KB_TOKEN"] ?? ""
        }
        guard !token.isEmpty else {
            Output.error("no token: give --token-file or set KB_TOKEN")
            throw ExitCode.failure
        }
        guard let document = FileManager.default.contents(atPath: target) else {
            Output.error("cannot read \(target)")
            throw ExitCode.failure
        }
        let parts = server.split(separator: ":")
        guard parts.count == 2, let port = Int(parts[1]) else {
            throw ValidationError("--server must be HOST:PORT")
        }
        let client = try RESPClient(host: String(parts[0]), port: port)
        let auth = try client.call([Array("AUTH".utf8), Array(token.utf8)])
        guard auth == "+OK" else {
            Output.error("AUTH refused: \(auth.dropFirst())")
            throw ExitCode.failure
        }
        let reply = try client.call([Array("PUBLISH".utf8), [UInt8](document)])
        if reply.hasPrefix("+") {
            Output.line(String(reply.dropFirst()))
        } else {
            Output.error(String(reply.dropFirst()))
            throw ExitCode.failure
        }
    }
}

/// A minimal blocking RESP client for `kb publish --server`: sends one command, reads one
/// simple-string or error reply.
struct RESPClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let fd: Int32

    init(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else {
            throw Failure(description: "cannot resolve \(host)")
        }
        defer { freeaddrinfo(found) }
        fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0, connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            throw Failure(description: "cannot connect to \(host):\(port)")
        }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends `arguments` as a RESP array and returns the reply's first line (`+…` or `-…`).
    func call(_ arguments: [[UInt8]]) throws -> String {
        let request = RESPEncoder.bytes(.array(arguments.map { .bulkString($0) }))
        var offset = 0
        while offset < request.count {
            let sent = request.withUnsafeBytes {
                send(fd, $0.baseAddress! + offset, request.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw Failure(description: "the connection was closed") }
            offset += sent
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while recv(fd, &byte, 1, 0) == 1 {
            if byte == 0x0A { break }
            if byte != 0x0D { line.append(byte) }
        }
        guard !line.isEmpty else { throw Failure(description: "no reply from the server") }
        return String(decoding: line, as: UTF8.self)
    }
}
