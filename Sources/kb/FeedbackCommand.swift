import ArgumentParser
import KnowledgeBase

/// `kb feedback ID KIND [COMMENT…]`: records what the desk thought of an article.
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract:
            "Record feedback on an article: helpful, wrong, outdated or unclear, with an optional comment."
    )

    @OptionGroup var options: KnowledgeOptions

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Option(help: "Where the feedback comes from (contact-center, library, web, cli).")
    var channel: String = "cli"

    @Argument(help: "The article's id.")
    var id: String

    @Argument(help: "helpful, wrong, outdated or unclear.")
    var kind: String

    @Argument(help: "A comment (personal data is removed before it is stored).")
    var comment: [String] = []

    func run() throws {
        guard let feedbackKind = FeedbackKind(rawValue: kind.lowercased()) else {
            Output.error("KIND must be helpful, wrong, outdated or unclear, not '\(kind)'")
            throw ExitCode.failure
        }
        guard FeedbackStore.channels.contains(channel) else {
            Output.error(
                "--channel must be one of \(FeedbackStore.channels.joined(separator: ", ")), not '\(channel)'"
            )
            throw ExitCode.failure
        }
        let knowledge = try options.load()
        guard knowledge.article(id) != nil else {
            Output.error("no article '\(id)'")
            throw ExitCode.failure
        }
        try feedbackOptions.store.append(
            FeedbackEvent(
                time: FeedbackStore.now(), article: id, kind: feedbackKind, channel: channel,
                comment: comment.joined(separator: " ")))
        Output.line("recorded: \(feedbackKind.label) on \(id)")
    }
}
