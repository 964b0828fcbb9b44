import Foundation
import KnowledgeBase
import KnowledgeStorage
import Logging
import NIOCore
import RESP
import ServerRuntime
import XMLSupport

/// INFO (open), PUBLISH (any token, within its scope) and RELOAD (admin tokens only).
enum AdminCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "PUBLISH", arity: 2, access: .anyToken,
            summary:
                "PUBLISH document: imports an article, register or bundle, all or nothing, within the token's scope."
        ) { context, args in
            let document = Array(buffer: args[1])
            let store = context.store
            guard let scope = context.session.scope else {
                return .reply(.error("NOAUTH Authentication required."))
            }
            let logger = context.logger
            return .offload(.publishes) { publish(document, scope: scope, store: store, logger: logger) }
        },
        CommandSpec(
            name: "INFO", arity: -1, admin: false, summary: "Server, clients, stats and knowledge figures."
        ) {
            context, _ in
            // This connection's own counts first, so a pipelined INFO sees the commands before it.
            context.publishStatistics()
            return .reply(.bulk(info(context)))
        },
        CommandSpec(
            name: "RELOAD", arity: 1, admin: true,
            summary: "Re-reads the knowledge folder; a folder that fails validation is refused."
        ) { context, _ in
            let store = context.store
            let logger = context.logger
            if let follower = context.follower {
                return .offload(.reloads) { follow(follower) }
            }
            return .offload(.reloads) {
                switch store.reload() {
                case .reloaded(let snapshot):
                    logger.info(
                        "reloaded",
                        metadata: [
                            "revision": "\(snapshot.revision)",
                            "articles": "\(snapshot.knowledge.count)",
                        ])
                    return .simpleString(
                        "OK reloaded revision \(snapshot.revision): \(snapshot.knowledge.count) articles, \(snapshot.index.count) published"
                    )
                case .refused(let diagnostics):
                    logger.warning("reload refused", metadata: ["problems": "\(diagnostics.count)"])
                    let first = diagnostics.prefix(3).map(\.description).joined(separator: " | ")
                    return .error(
                        "ERR reload refused, \(diagnostics.count) problem(s), still serving the previous snapshot: \(first)"
                    )
                }
            }
        },
    ]

    /// Imports one document sent over the wire, read where it lies in memory (no temporary
    /// file), and puts what it wrote into the served snapshot at once (`KnowledgeStore.importing`:
    /// the folder is not read again).
    static func publish(_ document: [UInt8], scope: PublishScope, store: KnowledgeStore, logger: Logger)
        -> RESPValue
    {
        let name = "document"
        do {
            let (report, reloaded) = try store.importing { () throws(StorageError) in
                try Publisher(folder: store.folder).importBatch(
                    [], documents: [ReceivedDocument(name: name, bytes: document)], scope: scope,
                    checkFileNames: false, note: ChangeNote(author: .token(scope), action: "PUBLISH"))
            }
            var changes = report.articles.filter { $0.change != .unchanged }.map { article -> String in
                switch article.change {
                case .added(let revision): "\(article.id) added (revision \(revision))"
                case .updated(let from, let to): "\(article.id) updated (revision \(from) → \(to))"
                case .unchanged: article.id
                }
            }
            changes += report.registers.filter { $0.change != .unchanged }.map {
                // A register is stored whole in canonical form: comments in it are not kept.
                "registers/\($0.kind.fileName) changed (stored in canonical form, without comments)"
            }
            logger.info(
                "published",
                metadata: ["added": "\(report.added)", "updated": "\(report.updated)", "scope": "\(scope)"])
            var reply =
                "OK published: \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged"
            if !changes.isEmpty { reply += "; " + changes.joined(separator: "; ") }
            if case .refused = reloaded { reply += " (the folder did not reload; see the server log)" }
            return .simpleString(reply)
        } catch StorageError.refused(let diagnostics) {
            logger.notice("publish refused", metadata: ["problems": "\(diagnostics.count)"])
            let first = diagnostics.prefix(3).map {
                shown($0, document: name, folder: store.folder)
            }
            return .error(
                "ERR publish refused, \(diagnostics.count) problem(s), nothing changed: "
                    + first.joined(separator: " | "))
        } catch {
            // Disk full, a lock that cannot be taken …: the details name server-side paths, so
            // they go to the log, not to the client.
            logger.error("publish failed", metadata: ["error": "\(error)"])
            return .error("ERR publish failed on the server; its log says why")
        }
    }

    /// RELOAD on a replica: fetch from the primary now.
    static func follow(_ follower: ReplicaFollower) -> RESPValue {
        switch follower.step() {
        case .upToDate(let commit): .simpleString("OK up to date with the primary at \(commit.prefix(12))")
        case .advanced(_, let commit): .simpleString("OK reloaded the primary's commit \(commit.prefix(12))")
        case .refused(let commit, let reason):
            .error(
                "ERR the primary's commit \(commit.prefix(12)) was refused, still serving the previous one: \(reason)"
            )
        case .failed(let message): .error("ERR fetch from the primary failed: \(message)")
        }
    }

    /// INFO's replication section: the commit served, and on a replica how far behind it may be.
    static func replication(_ context: CommandContext, _ snapshot: KnowledgeSnapshot) -> [String] {
        let now = Date()
        var lines = ["# Replication", "role:" + (context.follower == nil ? "primary" : "replica")]
        if let commit = snapshot.commit {
            lines += [
                "knowledge_commit:\(commit.id)",
                "knowledge_commit_time:\(Int(commit.time.timeIntervalSince1970))",
                "knowledge_commit_age_seconds:\(Int(now.timeIntervalSince(commit.time)))",
            ]
        } else {
            lines.append("knowledge_commit:none")
        }
        guard let follower = context.follower else { return lines }
        let status = follower.status
        lines += [
            "primary:\(follower.configuration.primaryAddress)",
            "primary_remote:\(follower.configuration.remote)",
            "primary_commit:\(status.primaryCommit ?? "unknown")",
            "replica_in_step:\(status.primaryCommit != nil && status.primaryCommit == snapshot.commit?.id ? 1 : 0)",
            "replica_lag_seconds:\(status.lastFetch.map { String(Int(now.timeIntervalSince($0))) } ?? "-1")",
            "replica_fetches:\(status.fetches)",
            "replica_failed_fetches:\(status.failedFetches)",
            "replica_refused_commit:\(status.refusedCommit ?? "none")",
        ]
        if let error = status.lastError {
            lines.append(
                "replica_last_error:"
                    + error.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(
                        of: "\n", with: " "))
        }
        return lines
    }

    /// A diagnostic as a publishing client may see it: the document it sent is "document", a
    /// file of the knowledge folder is named relative to the folder, and no server-side path
    /// appears.
    static func shown(_ diagnostic: XMLDiagnostic, document: String, folder: KnowledgeFolder) -> String {
        var text = diagnostic
        let root = folder.root.hasSuffix("/") ? String(folder.root.dropLast()) : folder.root
        let shownRoot = folder.display(root + "/")  // the folder's own name and a slash
        for (prefix, replacement) in [(document, "document"), (root + "/", ""), (shownRoot, "")] {
            if text.file.hasPrefix(prefix) { text.file = replacement + text.file.dropFirst(prefix.count) }
        }
        for (secret, replacement) in [(root, "the knowledge folder")] {
            text.message = text.message.replacingOccurrences(of: secret, with: replacement)
        }
        return text.description
    }

    static func info(_ context: CommandContext) -> String {
        let statistics = context.statistics
        let snapshot = context.store.snapshot
        let (p50, p99) = statistics.searchLatency()
        let uptime = Int(Date().timeIntervalSince(statistics.startedAt))
        let age = Int(Date().timeIntervalSince(snapshot.loadedAt))
        let lines =
            [
                "# Server",
                "vagvisare_version:\(ConnectionCommands.version)",
                "redis_version:7.0.0",
                "tcp_port:\(context.session.serverPort ?? context.configuration.port)",
                "uptime_in_seconds:\(uptime)",
                "",
                "# Clients",
                "connected_clients:\(statistics.connectedClients)",
                "maxclients:\(context.configuration.maxConnections)",
                "clients_held_back:\(statistics.clientsHeldBack)",
                "",
                "# Stats",
                "total_connections_received:\(statistics.totalConnections)",
                "rejected_connections:\(statistics.rejectedConnections)",
                "total_commands_processed:\(statistics.commandsServed)",
                "search_latency_p50_us:\(p50)",
                "search_latency_p99_us:\(p99)",
                "search_cache_entries_per_loop:\(context.configuration.searchCacheEntries)",
                "search_cache_hits:\(statistics.searchesFromCache)",
                "",
                "# Knowledge",
                "knowledge_folder:\(context.store.folder.root)",
                "articles:\(snapshot.knowledge.count)",
                "published_articles:\(snapshot.index.count)",
                "snapshot_revision:\(snapshot.revision)",
                "snapshot_age_seconds:\(age)",
                "",
            ] + replication(context, snapshot) + ["", "# Events"]
            + (context.configuration.events?.status.infoLines ?? ["events_backend:files"])
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
