import Foundation
import KnowledgeBase
import KnowledgeStorage
import Logging
import QueryServer
import ServerRuntime
import TestSupport

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A server on a free port over a private copy of the shipped Knowledge/.
final class ServerFixture {
    let folder: String
    let server: QueryServer
    let port: Int
    let logDirectory: String

    init(
        tokens: [String] = ["hemligt-token"], scoped: [(scope: PublishScope, token: String)] = [],
        maxConnections: Int = 64, idleTimeout: Int64 = 30, watch: Int64 = 200, stallTimeout: Int64 = 30,
        perAddress: Int = 256, eventLoops: Int = 2
    ) throws {
        folder = TemporaryFolder.make("serve") + "/Knowledge"
        try FileManager.default.createDirectory(
            atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Knowledge", toPath: folder)
        let store = try KnowledgeStore(folder: KnowledgeFolder(root: folder))
        logDirectory = (folder as NSString).deletingLastPathComponent + "/Logs"
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        var configuration = ServerConfiguration(
            host: "127.0.0.1", port: 0, folder: KnowledgeFolder(root: folder),
            tokens: AuthTokens(scoped: tokens.map { (PublishScope.admin, $0) } + scoped),
            maxConnections: maxConnections, idleTimeoutSeconds: idleTimeout, watchIntervalMilliseconds: watch,
            eventLoopThreads: eventLoops, logDirectory: logDirectory)
        configuration.stallTimeoutSeconds = stallTimeout
        configuration.maxConnectionsPerAddress = perAddress
        server = QueryServer(configuration: configuration, store: store, logger: logger)
        port = try server.start()
    }

    func client() throws -> TestClient { try TestClient(port: port) }

    deinit { server.shutdown() }
}
