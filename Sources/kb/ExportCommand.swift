import ArgumentParser
import KnowledgeBase

/// `kb export [--owner ID] [--out DIR]`: one canonical bundle, importable again.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the folder (or one owner's articles) as one XML bundle."
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(
        help: ArgumentHelp("Only this owner's articles (the registers are always included).", valueName: "ID")
    )
    var owner: String?

    @Option(help: ArgumentHelp("Where to write the bundle.", valueName: "DIR"))
    var out: String = "./Exports"

    func run() throws {
        do {
            let (path, count) = try Exporter(folder: options.folder).export(owner: owner, to: out)
            Output.line("exported \(count) article(s) to \(path)")
        } catch let failure as ImportFailure {
            Output.errors(failure.diagnostics.map(\.description))
            Output.error("nothing was exported")
            throw ExitCode.failure
        }
    }
}
