import ArgumentParser
import InsightPostgres
import Logging

/// `kb events migrate --events URL`: brings the shared event database to the schema this kb
/// writes, before any server connects (servers also migrate when they connect).
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Den delade händelsedatabasen (PostgreSQL).",
        subcommands: [EventsMigrateCommand.self]
    )
}

/// `kb events migrate`: creates or updates the event store's tables.
struct EventsMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Skapa eller uppdatera händelsedatabasens tabeller (schemaversionen står i kb_schema)."
    )

    @Option(
        help: ArgumentHelp("Händelsedatabasen (postgres://användare@värd:port/databas).", valueName: "URL"))
    var events: String

    func validate() throws {
        do { _ = try EventDatabaseURL(events) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let url = try EventDatabaseURL(events)
        do {
            let (from, to) = try EventReader.migrateBlocking(url: url, logger: Logger(label: "kb.events"))
            Output.line(
                from == to
                    ? "\(url): schemat är redan version \(to)"
                    : "\(url): schemat uppdaterat från version \(from) till \(to)")
        } catch {
            Output.error("kan inte uppdatera händelsedatabasen \(url): \(error)")
            throw ExitCode.failure
        }
    }
}
