import ArgumentParser
import Insight
import KnowledgeBase

/// `kb feedback ID KIND [COMMENT…]`: records what the desk thought of an article.
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract:
            "Lämna återkoppling på en artikel: helpful (till hjälp), wrong (fel), outdated (inaktuell) eller unclear (otydlig), med en kommentar om du vill."
    )

    @OptionGroup var options: KnowledgeOptions

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Option(
        help: ArgumentHelp(
            "Varifrån återkopplingen kommer (contact-center, library, web, cli).", valueName: "KANAL"))
    var channel: String = "cli"

    @Argument(help: "Artikelns id.")
    var id: String

    @Argument(help: ArgumentHelp("helpful, wrong, outdated eller unclear.", valueName: "SORT"))
    var kind: String

    @Argument(
        help: ArgumentHelp(
            "En kommentar (personuppgifter tas bort innan den sparas).", valueName: "KOMMENTAR"))
    var comment: [String] = []

    func run() throws {
        guard let feedbackKind = FeedbackKind(rawValue: kind.lowercased()) else {
            throw ValidationError("SORT ska vara helpful, wrong, outdated eller unclear, inte '\(kind)'")
        }
        guard FeedbackStore.channels.contains(channel) else {
            Output.error(
                "--channel ska vara en av \(FeedbackStore.channels.joined(separator: ", ")), inte '\(channel)'"
            )
            throw ExitCode.failure
        }
        let knowledge = try options.load()
        guard knowledge.article(id) != nil else {
            Output.error("ingen artikel '\(id)'")
            throw ExitCode.failure
        }
        try feedbackOptions.store.append(
            FeedbackEvent(
                time: FeedbackStore.now(), article: id, kind: feedbackKind, channel: channel,
                comment: comment.joined(separator: " ")))
        Output.line("sparad: \(feedbackKind.label) om \(id)")
    }
}
