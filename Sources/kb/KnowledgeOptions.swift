import ArgumentParser
import KnowledgeBase

/// The options every subcommand shares: which knowledge folder to use.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge folder.", valueName: "DIR"))
    var knowledge: String = "./Knowledge"

    var folder: KnowledgeFolder { KnowledgeFolder(root: knowledge) }

    /// Loads the folder, or prints every problem and exits 1.
    func load() throws -> Knowledge {
        let (knowledge, diagnostics) = try folder.scan().load()
        guard let knowledge else {
            Output.errors(diagnostics.map(\.description))
            Output.error(
                "the knowledge folder has \(diagnostics.count) problem(s); run `kb validate` for the list")
            throw ExitCode.failure
        }
        return knowledge
    }
}

extension KnowledgeFolder {
    func scan() -> FolderScan { FolderScan(folder: self) }
}

/// `--log-dir`, for the commands that read or write feedback (it lives beside the query log).
struct FeedbackOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder holding feedback.tsv and the query log.", valueName: "DIR"))
    var logDir: String = "Logs"

    var store: FeedbackStore { FeedbackStore(directory: logDir) }
}
