import ArgumentParser
import Insight
import KnowledgeBase

/// The options every subcommand shares: which knowledge folder to use.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Kunskapsmappen.", valueName: "MAPP"))
    var knowledge: String = "./Knowledge"

    var folder: KnowledgeFolder { KnowledgeFolder(root: knowledge) }

    /// Loads the folder, or prints every problem and exits 1.
    func load() throws -> Knowledge {
        let (knowledge, diagnostics) = try folder.scan().load()
        guard let knowledge else {
            Output.errors(diagnostics.map(\.description))
            Output.error(
                "kunskapsmappen har \(Words.count(diagnostics.count, "fel", "fel")); kör `kb validate` för listan"
            )
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
    @Option(help: ArgumentHelp("Mappen med feedback.tsv och frågeloggen.", valueName: "MAPP"))
    var logDir: String = "Logs"

    var store: FeedbackStore { FeedbackStore(directory: logDir) }
}
