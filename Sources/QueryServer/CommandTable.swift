import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import RESP
import ServerRuntime

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
    /// Where work too slow for an event loop runs.
    let executors: ServerExecutors
    /// Set on a read replica.
    var follower: ReplicaFollower? = nil
    var session: Session
}

/// What running a command leads to.
enum CommandOutcome {
    /// The reply is written already (into the connection's output buffer).
    case written
    /// Write this reply.
    case reply(RESPValue)
    /// Write this reply, then close the connection.
    case close(RESPValue)
    /// Work too slow for an event loop (a reload, a publish, an fsync): run it on its kind's
    /// executor, then reply.
    case offload(ServerExecutors.Kind, @Sendable () -> RESPValue)
}

/// Who may run a command.
enum CommandAccess: Sendable {
    /// Anyone: reads.
    case open
    /// A connection that gave any token (`AUTH`): writes, which check the token's scope
    /// themselves (`PUBLISH` within an owner's own guidance).
    case anyToken
    /// Only a connection that gave an admin token.
    case admin
}

/// One command: its name, its arity (Redis's rule: positive means exactly that many arguments
/// including the name, negative at least that many), who may run it, and its handler.
///
/// A class, so that looking one up for each request copies one reference, not its strings and
/// closure.
final class CommandSpec: Sendable {
    let name: String
    let arity: Int
    let access: CommandAccess
    let summary: String
    /// Runs the command; a hot command writes its reply straight into the output buffer given
    /// (and returns `.written`), others return the reply as a value.
    let run: @Sendable (inout CommandContext, [ByteBuffer], inout ByteBuffer) -> CommandOutcome

    /// A command that writes its reply into the connection's output buffer itself.
    init(
        name: String, arity: Int, access: CommandAccess, summary: String,
        writing run:
            @escaping @Sendable (inout CommandContext, [ByteBuffer], inout ByteBuffer) -> CommandOutcome
    ) {
        self.name = name
        self.arity = arity
        self.access = access
        self.summary = summary
        self.run = run
    }

    /// A command that returns its reply as a value.
    convenience init(
        name: String, arity: Int, access: CommandAccess, summary: String,
        run: @escaping @Sendable (inout CommandContext, [ByteBuffer]) -> CommandOutcome
    ) {
        self.init(name: name, arity: arity, access: access, summary: summary) { context, arguments, _ in
            run(&context, arguments)
        }
    }

    convenience init(
        name: String, arity: Int, admin: Bool, summary: String,
        writing run:
            @escaping @Sendable (inout CommandContext, [ByteBuffer], inout ByteBuffer) -> CommandOutcome
    ) {
        self.init(name: name, arity: arity, access: admin ? .admin : .open, summary: summary, writing: run)
    }

    /// `admin: true` means admin tokens only (a command must ask for `.anyToken` explicitly).
    convenience init(
        name: String, arity: Int, admin: Bool, summary: String,
        run: @escaping @Sendable (inout CommandContext, [ByteBuffer]) -> CommandOutcome
    ) {
        self.init(name: name, arity: arity, access: admin ? .admin : .open, summary: summary, run: run)
    }
}

/// Every command the server knows, by upper-case name.
///
/// Exists so dispatch, arity checks, the access rules and `COMMAND` (which clients such as
/// redis-cli ask for on connecting) all read one table.
struct CommandTable: Sendable {
    let specs: [String: CommandSpec]

    init(_ specs: [CommandSpec]) {
        self.specs = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0) })
    }

    static let standard = CommandTable(
        ConnectionCommands.all + SearchCommands.all + ArticleCommands.all + AdminCommands.all
            + FeedbackCommands.all)

    func execute(_ arguments: [ByteBuffer], _ context: inout CommandContext, into output: inout ByteBuffer)
        -> CommandOutcome
    {
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
        if spec.access != .open {
            if context.configuration.tokens.isEmpty {
                return .reply(
                    .error(
                        "ERR \(spec.name) is disabled: start kb serve with --auth-file or --auth-env to allow it"
                    ))
            }
            if !context.session.authenticated { return .reply(.error("NOAUTH Authentication required.")) }
            if spec.access == .admin, context.session.scope != .admin {
                return .reply(
                    .error("NOPERM \(spec.name) needs an admin token; this connection's token is an owner's"))
            }
        }
        context.session.lastCommand = spec.name  // lower-cased only when CLIENT INFO shows it
        return spec.run(&context, arguments, &output)
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
