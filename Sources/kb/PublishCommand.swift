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
            "Publicera ett utkast (kb publish ID), eller skicka ett dokument till en server (kb publish --server VÄRD:PORT FIL).",
        discussion: """
            Lokalt blir artikelns status publicerad, som en ny revision. Med --server skickas FIL \
            (en artikel, ett register eller ett paket) med PUBLISH efter AUTH med nyckeln i \
            --token-file eller miljövariabeln KB_TOKEN; servern tar emot allt eller inget, inom det \
            som nyckeln får ändra.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var author: AuthorOptions

    @Option(help: ArgumentHelp("En körande kb serve att publicera till.", valueName: "VÄRD:PORT"))
    var server: String?

    @Option(help: ArgumentHelp("En fil med nyckeln (annars $KB_TOKEN).", valueName: "FIL"))
    var tokenFile: String?

    @Argument(help: ArgumentHelp("Artikelns id, eller med --server filen som skickas.", valueName: "ID|FIL"))
    var target: String

    func run() throws {
        guard let server else {
            try StatusChange.run(options, target, to: .published, note: try author.note("kb publish"))
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
            Output.error("ingen nyckel: ange --token-file eller sätt KB_TOKEN")
            throw ExitCode.failure
        }
        guard let document = FileManager.default.contents(atPath: target) else {
            Output.error("kan inte läsa \(target)")
            throw ExitCode.failure
        }
        let parts = server.split(separator: ":")
        guard parts.count == 2, let port = Int(parts[1]) else {
            throw ValidationError("--server ska vara VÄRD:PORT")
        }
        let client = try RESPClient(host: String(parts[0]), port: port)
        let auth = try client.call([Array("AUTH".utf8), Array(token.utf8)])
        guard auth == "+OK" else {
            Output.error("AUTH nekades: \(auth.dropFirst())")
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
        #if canImport(Darwin)
            hints.ai_socktype = SOCK_STREAM
        #else
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else {
            throw Failure(description: "hittar inte värden \(host)")
        }
        defer { freeaddrinfo(found) }
        fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0, connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            throw Failure(description: "kan inte ansluta till \(host):\(port)")
        }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
            // No MSG_NOSIGNAL there: the socket itself is told not to raise SIGPIPE.
            var on: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    #if canImport(Darwin)
        private static let sendFlags: Int32 = 0
    #else
        private static let sendFlags = Int32(MSG_NOSIGNAL)
    #endif

    /// Sends `arguments` as a RESP array and returns the reply's first line (`+…` or `-…`).
    func call(_ arguments: [[UInt8]]) throws -> String {
        let request = RESPEncoder.bytes(.array(arguments.map { .bulkString($0) }))
        var offset = 0
        while offset < request.count {
            let sent = request.withUnsafeBytes {
                send(fd, $0.baseAddress! + offset, request.count - offset, Self.sendFlags)
            }
            guard sent > 0 else { throw Failure(description: "anslutningen stängdes") }
            offset += sent
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while recv(fd, &byte, 1, 0) == 1 {
            if byte == 0x0A { break }
            if byte != 0x0D { line.append(byte) }
        }
        guard !line.isEmpty else { throw Failure(description: "inget svar från servern") }
        return String(decoding: line, as: UTF8.self)
    }
}
