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
    /// This event loop's cache of whole SEARCH replies; nil when off (see `SearchReplyCache`).
    var replies: SearchReplyCache? = nil
    /// This connection's counts not yet added to `statistics`.
    var counts = StatisticsBatch()
    /// The snapshot SEARCH uses for the requests of one read batch (see `batchSnapshot()`).
    var batch: BatchSnapshot? = nil

    /// The store's current snapshot, taken once per read batch: a batch of pipelined searches
    /// copies it (and takes the store's lock) once, not per search. The request loop forgets it
    /// before each batch, and so after any command that left the loop (a reload, a publish).
    mutating func batchSnapshot() -> BatchSnapshot {
        if let batch { return batch }
        let taken = BatchSnapshot(store.snapshot)
        batch = taken
        return taken
    }

    /// Adds this connection's gathered counts to the shared statistics.
    mutating func publishStatistics() {
        if !counts.isEmpty { statistics.add(&counts) }
    }
}

/// A snapshot held by reference, so a search reads its revision and index without copying it.
final class BatchSnapshot: Sendable {
    let snapshot: KnowledgeSnapshot
    /// `snapshot.index` and `snapshot.revision`, as a search reads them. (A profile of release
    /// SEARCH still shows the whole index value copied and destroyed once per search, about 5 %
    /// of its CPU, around the call to `rank`; holding the index here did not remove that copy,
    /// nor did reading it through a pointer.)
    let index: KnowledgeIndex
    let revision: Int
    init(_ snapshot: KnowledgeSnapshot) {
        self.snapshot = snapshot
        index = snapshot.index
        revision = snapshot.revision
    }
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
    /// Refused on a read replica (`PUBLISH`).
    let writes: Bool
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
        self.writes = name == "PUBLISH"
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
    /// Every spec with its name packed, in table order (the hot commands first): a request's
    /// name is found by comparing two words, without building a string or hashing it.
    private let packed: [(name: PackedName, spec: CommandSpec)]

    init(_ specs: [CommandSpec]) {
        self.specs = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0) })
        packed = specs.compactMap { spec in
            PackedName(ByteBuffer(string: spec.name)).map { ($0, spec) }
        }
        precondition(packed.count == specs.count, "a command name longer than 16 bytes")
    }

    /// The spec named (in any case) by `name`, or nil.
    func spec(named name: ByteBuffer) -> CommandSpec? {
        guard let key = PackedName(name) else { return nil }
        for entry in packed where entry.name == key { return entry.spec }
        return nil
    }

    static let standard = CommandTable(
        ConnectionCommands.all + SearchCommands.all + ArticleCommands.all + AdminCommands.all
            + FeedbackCommands.all)

    func execute(_ arguments: [ByteBuffer], _ context: inout CommandContext, into output: inout ByteBuffer)
        -> CommandOutcome
    {
        guard let spec = spec(named: arguments[0]) else {
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
        if spec.writes, let follow = context.configuration.follow {
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

/// A command name of up to 16 bytes, upper-cased (ASCII) and packed into two words with its
/// length, so looking a request's name up compares integers.
struct PackedName: Equatable, Sendable {
    let low: UInt64
    let high: UInt64
    let count: Int

    /// Nil when the name is longer than 16 bytes (no command is).
    init?(_ buffer: ByteBuffer) {
        let count = buffer.readableBytes
        guard count <= 16 else { return nil }
        (low, high) = buffer.withUnsafeReadableBytes { raw in
            var low: UInt64 = 0
            var high: UInt64 = 0
            for index in 0..<raw.count {
                let byte = raw[index]
                let upper = UInt64(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
                if index < 8 {
                    low |= upper << (8 * UInt64(index))
                } else {
                    high |= upper << (8 * UInt64(index - 8))
                }
            }
            return (low, high)
        }
        self.count = count
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
