import ArgumentParser
import KnowledgeBase
import KnowledgeStorage

/// `kb import PATH…`: applies a delivery to the folder, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importera artiklar, register eller paket till kunskapsmappen, allt eller inget.",
        discussion: """
            Hela leveransen kontrolleras mot mappen som den skulle bli efter importen; är något fel \
            listas varje fel och ingenting ändras. En uppdaterad artikel får nästa revision, och \
            den förra versionen sparas i history/<id>/<revision>.xml.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var author: AuthorOptions

    @Argument(help: ArgumentHelp("Filer eller mappar att importera.", valueName: "SÖKVÄG"))
    var paths: [String]

    @Flag(help: "Lista varje artikel, även de oförändrade.")
    var verbose = false

    func run() throws {
        let report: ImportReport
        do {
            report = try Publisher(folder: options.folder).importBatch(
                paths, note: try author.note("kb import"))
        } catch StorageError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            Output.error("\(Words.count(diagnostics.count, "fel", "fel")); ingenting importerades")
            throw ExitCode.failure
        } catch {
            throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
        }
        for (kind, change) in report.registers {
            Output.line(Output.pad(ImportCommand.word(change), 12) + "registers/" + kind.fileName)
        }
        for (id, change) in report.articles where verbose || change != .unchanged {
            var line = Output.pad(ImportCommand.word(change), 12) + id
            switch change {
            case .added(let revision): line += " (revision \(revision))"
            case .updated(let from, let to): line += " (revision \(from) → \(to))"
            case .unchanged: break
            }
            Output.line(line)
        }
        Output.line(
            "\(report.added) tillagda, \(report.updated) uppdaterade, \(report.unchanged) oförändrade")
    }

    static func word(_ change: ImportReport.Change) -> String {
        switch change {
        case .added: "tillagd"
        case .updated: "uppdaterad"
        case .unchanged: "oförändrad"
        }
    }
}
