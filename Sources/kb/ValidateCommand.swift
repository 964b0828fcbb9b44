import ArgumentParser
import KnowledgeBase

/// `kb validate [PATH…]`: checks the whole folder, or a delivery against the folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the knowledge folder, or files to import, and list every problem.",
        discussion: """
            Without PATH, checks the whole folder: schema, ids equal file names, unique ids, \
            every ref resolves, review-by after reviewed. With PATHs (files or folders), checks \
            them as `kb import` would, against the folder as it would be after the import, and \
            changes nothing.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "Articles, registers or bundles to check against the folder.")
    var paths: [String] = []

    func run() throws {
        if !paths.isEmpty {
            do {
                let report = try Publisher(folder: options.folder).importBatch(paths, dryRun: true)
                Output.line(
                    "valid: \(report.articles.count) article(s) would be \(report.added) added, "
                        + "\(report.updated) updated, \(report.unchanged) unchanged")
            } catch let failure as ImportFailure {
                Output.errors(failure.diagnostics.map(\.description))
                Output.error("\(failure.diagnostics.count) problem(s); nothing would be imported")
                throw ExitCode.failure
            }
            return
        }
        var articles = 0
        let (registers, diagnostics) = try options.folder.scan().run { _ in articles += 1 }
        guard diagnostics.isEmpty else {
            Output.errors(diagnostics.map(\.description))
            Output.error("\(diagnostics.count) problem(s) in \(options.knowledge)")
            throw ExitCode.failure
        }
        Output.line(
            "\(options.knowledge): valid — \(articles) articles, \(registers.owners.count) owners, "
                + "\(registers.units.count) units, \(registers.synonyms.count) synonyms")
    }
}
