import ArgumentParser
import DeskServer
import Foundation
import KnowledgeBase
import Logging
import QueryServer

/// `kb serve`: the query server (RESP2 and inline commands over TCP).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the knowledge base over TCP (RESP2: redis-cli, nc, any Redis client).",
        discussion: """
            Reads are open: SEARCH, SEARCH.JSON, SUGGEST, GET, GET.JSON, GET.XML, INFO, PING. \
            Administration (RELOAD) needs AUTH with a token from --auth-file or --auth-env. The \
            folder is reloaded by itself when it changes (a kb import) and on SIGHUP. SIGTERM or \
            SIGINT stops it gracefully.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 7379

    @Option(help: "Port for the desk page (HTTP), on the same host (0: any free port).")
    var httpPort: Int = 8080

    @Option(help: "Desk page requests per second allowed per client address (0: no limit).")
    var httpRate: Double = 50

    @Flag(help: "Do not serve the desk page.")
    var noHTTP = false

    @Option(help: ArgumentHelp("A file of admin tokens, one per line.", valueName: "F"))
    var authFile: String?

    @Option(help: ArgumentHelp("An environment variable holding an admin token.", valueName: "NAME"))
    var authEnv: String?

    @Option(help: "Most connections at once.")
    var maxConnections: Int = 1024

    @Option(help: "Seconds before an idle connection is closed.")
    var idleTimeout: Int = 300

    @Option(help: "Milliseconds between checks of the folder for changes (0: no watching).")
    var watchInterval: Int = 1000

    @Option(help: ArgumentHelp("The log folder: the query log and feedback.", valueName: "DIR"))
    var logDir: String = "Logs"

    @Option(help: "Days of query log kept; older days' files are removed.")
    var retainDays: Int = 90

    @Flag(
        help:
            "Raise articles the desk keeps opening for a query (see kb learned); learned again at each reload."
    )
    var learn = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (0...65535).contains(httpPort) else { throw ValidationError("--http-port must be 0 to 65535") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive") }
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be positive") }
        guard retainDays > 0 else { throw ValidationError("--retain-days must be positive") }
    }

    func run() throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: "kb.serve")
        logger.logLevel = .info
        var tokens = AuthTokens()
        do {
            if let authFile { tokens = try AuthTokens.file(authFile) }
        } catch {
            Output.error("cannot read --auth-file \(authFile ?? ""): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        if let authEnv {
            guard let value = ProcessInfo.processInfo.environment[authEnv], !value.isEmpty else {
                Output.error("environment variable \(authEnv) is not set")
                throw ExitCode.failure
            }
            tokens = AuthTokens([value])
        }
        let store: KnowledgeStore
        do {
            store = try KnowledgeStore(
                folder: options.folder,
                prepare: LearnedAssociations.preparer(logDirectory: learn ? logDir : nil))
        } catch let failure as ImportFailure {
            Output.errors(failure.diagnostics.map(\.description))
            Output.error("the knowledge folder is not valid; not serving it")
            throw ExitCode.failure
        }
        let configuration = ServerConfiguration(
            host: host, port: port, folder: options.folder, tokens: tokens, maxConnections: maxConnections,
            idleTimeoutSeconds: Int64(idleTimeout), watchIntervalMilliseconds: Int64(watchInterval),
            logDirectory: logDir, retainDays: retainDays)
        let server = QueryServer(configuration: configuration, store: store, logger: logger)
        do {
            try server.start()
        } catch {
            Output.error("cannot listen on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        if !noHTTP {
            do {
                try DeskServer.start(
                    beside: server, host: host, port: httpPort, rate: httpRate, logger: logger)
            } catch {
                Output.error("cannot listen on \(host):\(httpPort) for the desk page: \(error)")
                server.shutdown()
                throw ExitCode.failure
            }
        }
        server.runUntilSignalled()
    }
}
