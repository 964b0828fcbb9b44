import ArgumentParser

/// `kb`: the command-line front end of Vägvisare. Parses arguments and formats output only;
/// the work is done by the KnowledgeBase module.
@main
struct KB: ParsableCommand {
    /// What `kb --version` prints.
    static let version = "kb (Vägvisare) 1.0"

    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Vägvisare: kunskapsbanken för Malmö stads kontaktcenter och bibliotek.",
        version: version,
        subcommands: [
            SearchCommand.self, SuggestCommand.self, GetCommand.self, ListCommand.self, ValidateCommand.self,
            ImportCommand.self, ExportCommand.self, ServeCommand.self, OwnersCommand.self, ReviewCommand.self,
            ArchiveCommand.self, PublishCommand.self, FeedbackCommand.self, GapsCommand.self,
            StatsCommand.self, ReportCommand.self, LearnedCommand.self, HistoryCommand.self, DiffCommand.self,
            RevertCommand.self, EventsCommand.self,
        ],
        helpNames: [.short, .long]
    )

    /// Parses and runs like ArgumentParser's own `main`, but says help and usage errors in
    /// Swedish (`SwedishHelp`). Usage errors, also those a command finds while running (an
    /// unknown owner), exit 64.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            finish(error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            Output.error(error.message)
            Output.flush()
            Self.exit(withError: ExitCode.validationFailure)
        } catch {
            finish(error)
        }
    }

    /// Prints `error` as ArgumentParser would, in Swedish, and exits with its code.
    private static func finish(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = SwedishHelp.translate(fullMessage(for: error))
        if !message.isEmpty {
            if code == .success { Output.line(message) } else { Output.errors([message]) }
        }
        Output.flush()
        Self.exit(withError: ExitCode(code.rawValue))
    }
}
