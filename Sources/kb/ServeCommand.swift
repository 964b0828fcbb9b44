import ArgumentParser
import DeskServer
import Foundation
import Insight
import InsightPostgres
import KnowledgeBase
import KnowledgeStorage
import Logging
import QueryServer
import ServerRuntime

/// `kb serve`: the query server (RESP2 and inline commands over TCP).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Servera kunskapsbanken över TCP (RESP2: redis-cli, nc, vilken Redis-klient som helst) och skrivbordssidan över HTTP.",
        discussion: """
            Läsning är öppen: SEARCH, SEARCH.JSON, SUGGEST, GET, GET.JSON, GET.XML, INFO, PING, \
            FEEDBACK. Att ändra (PUBLISH, RELOAD) kräver AUTH med en nyckel. I --auth-file står en \
            nyckel per rad: "admin NYCKEL" får ändra allt och ladda om; "FÖRVALTNINGS-ID NYCKEL" \
            (till exempel "forskoleforvaltningen NYCKEL") får bara lägga till och ändra den \
            förvaltningens artiklar och enheter och logga in på /owner; en rad med bara en nyckel \
            är en admin-nyckel; tomma rader och rader som börjar med # hoppas över. --auth-env \
            namnger en miljövariabel med en admin-nyckel. Mappen laddas om av sig själv när den \
            ändras (kb import) och vid SIGHUP. SIGTERM eller SIGINT stoppar servern under ordnade \
            former. Skrivbordssidan nås på http://VÄRD:HTTP-PORT/.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Adressen att lyssna på.", valueName: "VÄRD"))
    var host: String = "127.0.0.1"

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Porten för RESP (0: valfri ledig port).", valueName: "PORT"))
    var port: Int = 7379

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Porten för skrivbordssidan (HTTP) på samma värd (0: valfri ledig port).", valueName: "PORT"))
    var httpPort: Int = 8080

    @Option(
        help: ArgumentHelp(
            "Tillåtna anrop per sekund till skrivbordssidan per klientadress (0: ingen gräns).",
            valueName: "N"))
    var httpRate: Double = 50

    @Flag(help: "Servera inte skrivbordssidan.")
    var noHTTP = false

    @Option(
        help: ArgumentHelp(
            "En fil med nycklar, en per rad: \"admin NYCKEL\" eller \"FÖRVALTNINGS-ID NYCKEL\" (bara den förvaltningens artiklar och enheter).",
            valueName: "FIL"))
    var authFile: String?

    @Option(help: ArgumentHelp("En miljövariabel som innehåller en admin-nyckel.", valueName: "NAMN"))
    var authEnv: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Högst så många samtidiga anslutningar.", valueName: "N"))
    var maxConnections: Int = 1024

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Högst så många samtidiga anslutningar från en klientadress, per port.", valueName: "N"))
    var maxConnectionsPerAddress: Int = 256

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Högst så många samtidiga anslutningar till skrivbordssidan (HTTP).", valueName: "N"))
    var httpMaxConnections: Int = 1024

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Sekunder innan en inaktiv anslutning stängs.", valueName: "SEKUNDER"))
    var idleTimeout: Int = 300

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Sekunder en klient får lämna sina svar olästa innan anslutningen stängs.", valueName: "SEKUNDER")
    )
    var stallTimeout: Int = 30

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Sekunder en anslutning till skrivbordssidan får vänta innan nästa anrop börjar.",
            valueName: "SEKUNDER"))
    var httpIdleTimeout: Int = 60

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Sekunder ett anrop till skrivbordssidan får ta på sig att komma fram helt (huvud och kropp).",
            valueName: "SEKUNDER"))
    var httpRequestTimeout: Int = 10

    @Option(
        help: ArgumentHelp(
            "Adressen där man når skrivbordssidan bakom en TLS-proxy (https://…): kakorna blir då Secure.",
            valueName: "URL"))
    var publicURL: String?

    @Flag(help: "Lita på proxyns X-Forwarded-Proto (bara bakom en proxy som sätter den).")
    var trustForwardedProto = false

    @Option(
        help: ArgumentHelp(
            "Millisekunder mellan kontrollerna av om mappen ändrats (0: ingen bevakning).", valueName: "MS"))
    var watchInterval: Int = 1000

    @Option(help: ArgumentHelp("Loggmappen: frågeloggen och återkopplingen.", valueName: "MAPP"))
    var logDir: String = "Logs"

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Så många dagar frågeloggen sparas; äldre dagars filer tas bort.", valueName: "DAGAR"))
    var retainDays: Int = 90

    @Option(
        help: ArgumentHelp(
            "Skicka återkoppling, sökningar och klick också till den delade händelsedatabasen (postgres://användare@värd:port/databas eller postgres:///databas?host=/uttagsmapp). Återkopplingen kvitteras när den är sparad lokalt; den skickas när databasen svarar.",
            valueName: "URL"))
    var events: String?

    @Option(
        help: ArgumentHelp(
            "Kör som läsreplik: följ primärens historik (dess kunskapsmapp eller en git-URL till dess .kbgit: file, ssh, https). PUBLISH besvaras då med -READONLY.",
            valueName: "KÄLLA"))
    var follow: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Millisekunder mellan hämtningarna från primären (0: bara vid RELOAD).", valueName: "MS"))
    var followInterval: Int = 5000

    @Option(
        help: ArgumentHelp(
            "Primärens adress som -READONLY-svaret nämner (annars --follow).", valueName: "VÄRD:PORT"))
    var primary: String?

    @Flag(
        help:
            "Raise articles the desk keeps opening for a query (see kb learned); learned again at each reload."
    )
    var learn = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Så många händelseslingor (trådar) som tar emot anrop (förval: en per kärna).", valueName: "N"))
    var eventLoops: Int?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Så många hela SEARCH-svar varje händelseslinga minns för upprepade likadana sökningar (0: av). Minnet töms när kunskapen laddas om; varje sökning loggas och räknas ändå.",
            valueName: "N"))
    var searchCache: Int = 1024

    func validate() throws {
        if let eventLoops, !(1...256).contains(eventLoops) {
            throw ValidationError("--event-loops ska vara 1–256, inte \(eventLoops)")
        }
        guard (0...1_000_000).contains(searchCache) else {
            throw ValidationError("--search-cache ska vara 0–1000000, inte \(searchCache)")
        }
        guard followInterval >= 0 else {
            throw ValidationError("--follow-interval ska vara 0 eller mer, inte \(followInterval)")
        }
        if follow == nil, primary != nil {
            throw ValidationError("--primary gäller bara en replik (--follow)")
        }
        guard (0...65535).contains(port) else {
            throw ValidationError("--port ska vara 0–65535, inte \(port)")
        }
        guard (0...65535).contains(httpPort) else {
            throw ValidationError("--http-port ska vara 0–65535, inte \(httpPort)")
        }
        guard maxConnections > 0 else {
            throw ValidationError("--max-connections ska vara 1 eller mer, inte \(maxConnections)")
        }
        guard httpRate >= 0 else {
            throw ValidationError("--http-rate ska vara 0 eller mer, inte \(httpRate)")
        }
        guard watchInterval >= 0 else {
            throw ValidationError("--watch-interval ska vara 0 eller mer, inte \(watchInterval)")
        }
        guard idleTimeout > 0 else {
            throw ValidationError("--idle-timeout ska vara 1 eller mer, inte \(idleTimeout)")
        }
        for (name, value) in [
            ("--max-connections-per-address", maxConnectionsPerAddress),
            ("--http-max-connections", httpMaxConnections),
            ("--stall-timeout", stallTimeout), ("--http-idle-timeout", httpIdleTimeout),
            ("--http-request-timeout", httpRequestTimeout),
        ] where value <= 0 {
            throw ValidationError("\(name) ska vara 1 eller mer, inte \(value)")
        }
        if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw ValidationError("--public-url ska börja med https:// (eller http://), inte \(publicURL)")
        }
        guard retainDays > 0 else {
            throw ValidationError("--retain-days ska vara 1 eller mer, inte \(retainDays)")
        }
        if let events {
            do { _ = try EventDatabaseURL(events) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: "kb.serve")
        logger.logLevel = .info
        var tokens = AuthTokens()
        do {
            if let authFile { tokens = try AuthTokens.file(authFile) }
        } catch {
            Output.error("kan inte läsa --auth-file \(authFile ?? ""): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        if let authEnv {
            guard let value = ProcessInfo.processInfo.environment[authEnv], !value.isEmpty else {
                Output.error("miljövariabeln \(authEnv) är inte satt")
                throw ExitCode.failure
            }
            tokens = AuthTokens([value])
        }
        if let follow {
            do {
                try ReplicaFollower.bootstrap(folder: options.folder, remote: follow)
            } catch {
                Output.error("kan inte hämta kunskapsmappen från primären \(follow): \(error)")
                throw ExitCode.failure
            }
        }
        let store: KnowledgeStore
        do {
            store = try KnowledgeStore(
                folder: options.folder,
                prepare: LearnedAssociations.preparer(logDirectory: learn ? logDir : nil))
        } catch StorageError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            Output.error("kunskapsmappen är inte giltig; den serveras inte")
            throw ExitCode.failure
        } catch {
            throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
        }
        // Both ports' connections must fit the open-file limit with descriptors to spare.
        let fileLimit = FileDescriptorBudget.raiseLimit()
        let wanted = noHTTP ? [maxConnections] : [maxConnections, httpMaxConnections]
        let shares = FileDescriptorBudget.share(wanted, limit: fileLimit)
        if shares != wanted {
            logger.warning(
                "connection limits lowered to fit the open-file limit",
                metadata: ["open_files": "\(fileLimit)", "limits": "\(shares)"])
        }
        var configuration = ServerConfiguration(
            host: host, port: port, folder: options.folder, tokens: tokens, maxConnections: shares[0],
            idleTimeoutSeconds: Int64(idleTimeout), watchIntervalMilliseconds: Int64(watchInterval),
            logDirectory: logDir, retainDays: retainDays)
        configuration.maxConnectionsPerAddress = maxConnectionsPerAddress
        configuration.stallTimeoutSeconds = Int64(stallTimeout)
        configuration.searchCacheEntries = searchCache
        if let eventLoops { configuration.eventLoopThreads = eventLoops }
        if let events {
            do {
                let store = try PostgresEventStore(
                    url: try EventDatabaseURL(events), logDirectory: logDir, logger: logger)
                store.start()
                configuration.events = store
            } catch {
                Output.error("kan inte förbereda --events: \(error)")
                throw ExitCode.failure
            }
        }
        if let follow {
            configuration.follow = FollowConfiguration(
                remote: follow, primaryAddress: primary, intervalMilliseconds: Int64(followInterval))
        }
        let server = QueryServer(configuration: configuration, store: store, logger: logger)
        let listening: Int
        do {
            listening = try server.start()
        } catch {
            Output.error("kan inte lyssna på \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        if !noHTTP {
            do {
                let desk = DeskOptions(
                    maxConnections: shares[1], maxConnectionsPerAddress: maxConnectionsPerAddress,
                    idleTimeoutSeconds: Int64(httpIdleTimeout),
                    requestTimeoutSeconds: Int64(httpRequestTimeout),
                    publicURL: publicURL, trustForwardedProto: trustForwardedProto)
                let bound = try DeskServer.start(
                    beside: server.runtime, host: host, port: httpPort, rate: httpRate, options: desk,
                    logger: logger)
                Output.line("Skrivbordssidan: \(Self.url(host: host, port: bound))")
            } catch {
                Output.error("kan inte lyssna på \(host):\(httpPort) för skrivbordssidan: \(error)")
                server.shutdown()
                throw ExitCode.failure
            }
        }
        Output.line("Frågeservern (RESP): \(host):\(listening) · stoppa med Ctrl-C")
        Output.flush()
        server.runUntilSignalled()
    }

    /// The desk page's address as a browser takes it (a wildcard host shown as loopback).
    static func url(host: String, port: Int) -> String {
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "::1" : host
        return "http://" + (shown.contains(":") ? "[\(shown)]" : shown) + ":\(port)/"
    }
}
