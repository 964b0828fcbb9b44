import ArgumentParser

/// `kb`: the command-line front end of Vägvisare. Parses arguments and formats output only;
/// the work is done by the KnowledgeBase module.
@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Vägvisare: the knowledge base of Malmö stad's kontaktcenter.",
        subcommands: [
            SearchCommand.self, SuggestCommand.self, GetCommand.self, ListCommand.self, ValidateCommand.self,
            ImportCommand.self, ExportCommand.self, ServeCommand.self, OwnersCommand.self, ReviewCommand.self,
            ArchiveCommand.self, PublishCommand.self, FeedbackCommand.self, GapsCommand.self,
            StatsCommand.self, ReportCommand.self, LearnedCommand.self,
        ]
    )
}
