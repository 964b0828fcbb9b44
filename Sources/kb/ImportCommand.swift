import ArgumentParser
import KnowledgeBase

/// `kb import PATH…`: applies a delivery to the folder, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles, registers or bundles into the knowledge folder, all or nothing.",
        discussion: """
            The whole batch is validated against the folder as it would be after the import; if \
            anything is wrong, every problem is listed and nothing changes. An updated article \
            gets the next revision, and its previous version is kept in history/<id>/<revision>.xml.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Flag(help: "List every article, also the unchanged ones.")
    var verbose = false

    func run() throws {
        let report: ImportReport
        do {
            report = try Publisher(folder: options.folder).importBatch(paths)
        } catch let failure as ImportFailure {
            Output.errors(failure.diagnostics.map(\.description))
            Output.error("\(failure.diagnostics.count) problem(s); nothing was imported")
            throw ExitCode.failure
        }
        for (kind, change) in report.registers {
            Output.line(Output.pad(ImportCommand.word(change), 10) + "registers/" + kind.fileName)
        }
        for (id, change) in report.articles where verbose || change != .unchanged {
            var line = Output.pad(ImportCommand.word(change), 10) + id
            switch change {
            case .added(let revision): line += " (revision \(revision))"
            case .updated(let from, let to): line += " (revision \(from) → \(to))"
            case .unchanged: break
            }
            Output.line(line)
        }
        Output.line(
            "\(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged")
    }

    static func word(_ change: ImportReport.Change) -> String {
        switch change {
        case .added: "added"
        case .updated: "updated"
        case .unchanged: "unchanged"
        }
    }
}
