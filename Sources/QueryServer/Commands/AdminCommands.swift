import Foundation
import KnowledgeBase
import NIOCore
import RESP

/// INFO (open) and RELOAD (needs AUTH).
enum AdminCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "INFO", arity: -1, admin: false, summary: "Server, clients, stats and knowledge figures."
        ) {
            context, _ in
            .reply(.bulk(info(context)))
        },
        CommandSpec(
            name: "RELOAD", arity: 1, admin: true,
            summary: "Re-reads the knowledge folder; a folder that fails validation is refused."
        ) { context, _ in
            let store = context.store
            let logger = context.logger
            return .offload {
                switch store.reload() {
                case .reloaded(let snapshot):
                    logger.info(
                        "reloaded",
                        metadata: [
                            "revision": "\(snapshot.revision)",
                            "articles": "\(snapshot.knowledge.articles.count)",
                        ])
                    return .simpleString(
                        "OK reloaded revision \(snapshot.revision): \(snapshot.knowledge.articles.count) articles, \(snapshot.index.count) published"
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

    static func info(_ context: CommandContext) -> String {
        let statistics = context.statistics
        let snapshot = context.store.snapshot
        let (p50, p99) = statistics.searchLatency()
        let uptime = Int(Date().timeIntervalSince(statistics.startedAt))
        let age = Int(Date().timeIntervalSince(snapshot.loadedAt))
        let lines = [
            "# Server",
            "vagvisare_version:\(ConnectionCommands.version)",
            "redis_version:7.0.0",
            "tcp_port:\(context.configuration.port)",
            "uptime_in_seconds:\(uptime)",
            "",
            "# Clients",
            "connected_clients:\(statistics.connectedClients)",
            "maxclients:\(context.configuration.maxConnections)",
            "",
            "# Stats",
            "total_connections_received:\(statistics.totalConnections)",
            "rejected_connections:\(statistics.rejectedConnections)",
            "total_commands_processed:\(statistics.commandsServed)",
            "search_latency_p50_us:\(p50)",
            "search_latency_p99_us:\(p99)",
            "",
            "# Knowledge",
            "knowledge_folder:\(context.store.folder.root)",
            "articles:\(snapshot.knowledge.articles.count)",
            "published_articles:\(snapshot.index.count)",
            "snapshot_revision:\(snapshot.revision)",
            "snapshot_age_seconds:\(age)",
        ]
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
