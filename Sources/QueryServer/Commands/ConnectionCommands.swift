import KnowledgeBase
import NIOCore
import RESP
import ServerRuntime

/// PING, ECHO, QUIT, HELLO, AUTH, SELECT, CLIENT, CONFIG and COMMAND: what clients need to
/// connect and what a person at `nc` expects.
enum ConnectionCommands {
    static let version = "0.1.0"

    /// Checks a token: nil when accepted (the session gets its scope), else the error reply.
    /// Failures count against the client's address and the token's first bytes (`AuthLimiter`);
    /// too many in a minute block them for a while, and the lockout is logged.
    static func authenticate(_ context: inout CommandContext, _ token: [UInt8]) -> RESPValue? {
        let host = context.session.host
        if let wait = context.authLimiter.blocked(host, token: token) {
            return .error("ERR too many failed AUTH attempts from this address; try again in \(wait) s")
        }
        guard let scope = context.configuration.tokens.scope(of: token) else {
            let lockout = context.authLimiter.failed(host, token: token)
            context.logger.notice("auth failed", metadata: ["client": "\(context.session.id)"])
            if let lockout {
                context.logger.warning(
                    "auth locked out", metadata: ["address": "\(host)", "for": "\(lockout)", "port": "resp"])
            }
            return .error("WRONGPASS invalid username-password pair or user is disabled.")
        }
        context.session.scope = scope
        return nil
    }

    /// The flag `COMMAND` shows for who may run a command.
    static func flag(_ access: CommandAccess) -> String {
        switch access {
        case .open: "readonly"
        case .anyToken: "write"
        case .admin: "admin"
        }
    }

    static let all: [CommandSpec] = [
        CommandSpec(name: "PING", arity: -1, admin: false, summary: "Answers PONG, or echoes its argument.") {
            _, args, output in
            if args.count > 1 {
                output.writeStaticString("$")
                output.writeString(String(args[1].readableBytes))
                output.writeStaticString("\r\n")
                output.writeImmutableBuffer(args[1])
                output.writeStaticString("\r\n")
            } else {
                output.writeStaticString("+PONG\r\n")
            }
            return .written
        },
        CommandSpec(name: "ECHO", arity: 2, admin: false, summary: "Echoes its argument.") { _, args in
            .reply(.bulkString(Array(buffer: args[1])))
        },
        CommandSpec(name: "QUIT", arity: -1, admin: false, summary: "Closes the connection.") { _, _ in
            .close(.ok)
        },
        CommandSpec(name: "HELLO", arity: -1, admin: false, summary: "Handshake; only protocol 2 is spoken.")
        { context, args in
            var index = 1
            if args.count > 1 {
                let version = String(buffer: args[1])
                guard version == "2" || version == "3" else {
                    return .reply(.error("ERR Protocol version is not an integer or out of range"))
                }
                if version == "3" { return .reply(.error("NOPROTO unsupported protocol version")) }
                index = 2
            }
            while index < args.count {
                let option = String(buffer: args[index]).uppercased()
                if option == "AUTH", index + 2 < args.count {
                    if let refusal = authenticate(&context, Array(buffer: args[index + 2])) {
                        return .reply(refusal)
                    }
                    index += 3
                } else if option == "SETNAME", index + 1 < args.count {
                    context.session.name = String(buffer: args[index + 1])
                    index += 2
                } else {
                    return .reply(.error("ERR Syntax error in HELLO option '\(option)'"))
                }
            }
            return .reply(
                .array([
                    .bulk("server"), .bulk("vagvisare"), .bulk("version"), .bulk(version), .bulk("proto"),
                    .integer(2),
                    .bulk("id"), .integer(context.session.id), .bulk("mode"), .bulk("standalone"),
                    .bulk("role"),
                    .bulk("master"), .bulk("modules"), .array([]),
                ]))
        },
        CommandSpec(
            name: "AUTH", arity: -2, admin: false, summary: "AUTH [user] token: unlocks administration."
        ) {
            context, args in
            guard !context.configuration.tokens.isEmpty else {
                return .reply(
                    .error(
                        "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?"
                    ))
            }
            guard args.count <= 3 else { return .reply(.error("ERR syntax error")) }
            return .reply(authenticate(&context, Array(buffer: args[args.count - 1])) ?? .ok)
        },
        CommandSpec(name: "SELECT", arity: 2, admin: false, summary: "Only database 0 exists.") { _, args in
            String(buffer: args[1]) == "0" ? .reply(.ok) : .reply(.error("ERR DB index is out of range"))
        },
        CommandSpec(
            name: "CLIENT", arity: -2, admin: false, summary: "SETNAME, GETNAME, ID, INFO, LIST, SETINFO."
        ) {
            context, args in
            let session = context.session
            let line =
                "id=\(session.id) addr=\(session.address) name=\(session.name ?? "") cmd=\(session.lastCommand.lowercased())"
            switch String(buffer: args[1]).uppercased() {
            case "SETNAME" where args.count == 3:
                context.session.name = String(buffer: args[2])
                return .reply(.ok)
            case "GETNAME": return .reply(session.name.map { .bulk($0) } ?? .null)
            case "ID": return .reply(.integer(session.id))
            case "INFO": return .reply(.bulk(line + "\n"))
            case "LIST": return .reply(.bulk(line + "\n"))
            case "SETINFO": return .reply(.ok)
            default:
                return .reply(.error("ERR unknown subcommand '\(String(buffer: args[1]))'. Try CLIENT HELP."))
            }
        },
        CommandSpec(name: "CONFIG", arity: -2, admin: false, summary: "CONFIG GET: nothing is configurable.")
        { _, args in
            guard String(buffer: args[1]).uppercased() == "GET" else {
                return .reply(.error("ERR CONFIG is read-only here; only CONFIG GET is answered"))
            }
            // What redis-benchmark asks on connecting: no persistence.
            return .reply(
                .array(
                    args.dropFirst(2).flatMap { parameter -> [RESPValue] in
                        let name = String(buffer: parameter).lowercased()
                        return [.bulk(name), .bulk(name == "appendonly" ? "no" : "")]
                    }))
        },
        CommandSpec(
            name: "COMMAND", arity: -1, admin: false, summary: "Lists the commands (COUNT, DOCS, INFO)."
        ) { _, args in
            let table = CommandTable.standard.specs.values.sorted { $0.name < $1.name }
            let sub = args.count > 1 ? String(buffer: args[1]).uppercased() : ""
            switch sub {
            case "COUNT": return .reply(.integer(table.count))
            case "DOCS":
                return .reply(
                    .array(
                        table.flatMap { spec -> [RESPValue] in
                            [.bulk(spec.name.lowercased()), .array([.bulk("summary"), .bulk(spec.summary)])]
                        }))
            default:
                return .reply(
                    .array(
                        table.map { spec in
                            .array([
                                .bulk(spec.name.lowercased()), .integer(spec.arity),
                                .array([.simpleString(Self.flag(spec.access))]), .integer(0),
                                .integer(0),
                                .integer(0),
                            ])
                        }))
            }
        },
    ]
}
