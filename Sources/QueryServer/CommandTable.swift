import KnowledgeBase
import Logging
import NIOCore
import RESP

/// What a command's handler may use, and the connection's own state.
struct CommandContext {
    let store: KnowledgeStore
    let statistics: ServerStatistics
    let configuration: ServerConfiguration
    let logger: Logger
    let fragments: HitFragments
    let authLimiter: AuthLimiter
    /// Where searches are recorded; nil when query logging is off.
    let queryLog: QueryLog?
    /// Set on a read replica.
    var follower: ReplicaFollower? = nil
    var session: Session
}

/// What running a command leads to.
enum CommandOutcome {
    /// Write this reply.
    case reply(RESPValue)
    /// Write this reply, then close the connection.
    case close(RESPValue)
    /// Work too slow for an event loop (a reload): run it on the thread pool, then reply.
    case offload(@Sendable () -> RESPValue)
}

/// One command: its name, its arity (Redis's rule: positive means exactly that many arguments
/// including the name, negative at least that many), whether it needs `AUTH`, and its handler.
struct CommandSpec: Sendable {
    let name: String
    let arity: Int
    let admin: Bool
    let summary: String
    let run: @Sendable (inout CommandContext, [ByteBuffer]) -> CommandOutcome
}

/// Every command the server knows, by upper-case name.
///
/// Exists so dispatch, arity checks, the admin rule and `COMMAND` (which clients such as
/// redis-cli ask for on connecting) all read one table.
struct CommandTable: Sendable {
    let specs: [String: CommandSpec]

    init(_ specs: [CommandSpec]) {
        self.specs = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0) })
    }

    static let standard = CommandTable(
        ConnectionCommands.all + SearchCommands.all + ArticleCommands.all + AdminCommands.all
            + FeedbackCommands.all)

    func execute(_ arguments: [ByteBuffer], _ context: inout CommandContext) -> CommandOutcome {
        let name = CommandTable.upperCasedName(arguments[0])
        guard let spec = specs[name] else {
            let shown = arguments.dropFirst().prefix(8).map { "'\(String(String(buffer: $0).prefix(128)))'" }
            return .reply(
                .error(
                    "ERR unknown command '\(String(String(buffer: arguments[0]).prefix(128)))', with args beginning with: "
                        + shown.joined(separator: " ")))
        }
        let count = arguments.count
        if (spec.arity > 0 && count != spec.arity) || (spec.arity < 0 && count < -spec.arity) {
            return .reply(.error("ERR wrong number of arguments for '\(spec.name.lowercased())' command"))
        }
        if spec.name == "PUBLISH", let follow = context.configuration.follow {
            return .reply(
                .error(
                    "READONLY You can't write against a read only replica. Primary: \(follow.primaryAddress)")
            )
        }
        if spec.admin {
            if context.configuration.tokens.isEmpty {
                return .reply(
                    .error(
                        "ERR \(spec.name) is disabled: start kb serve with --auth-file or --auth-env to allow it"
                    ))
            }
            if !context.session.authenticated { return .reply(.error("NOAUTH Authentication required.")) }
        }
        context.session.lastCommand = spec.name  // lower-cased only when CLIENT INFO shows it
        return spec.run(&context, arguments)
    }
}

extension CommandTable {
    /// The command name upper-cased, straight from the bytes (ASCII; anything else is unknown).
    static func upperCasedName(_ buffer: ByteBuffer) -> String {
        guard buffer.readableBytes <= 32 else { return String(buffer: buffer) }
        return buffer.withUnsafeReadableBytes { raw in
            String(unsafeUninitializedCapacity: raw.count) { out in
                for (index, byte) in raw.enumerated() {
                    out[index] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                }
                return raw.count
            }
        }
    }
}

extension String {
    init(buffer: ByteBuffer) {
        self = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? ""
    }
}
