import ArgumentParser
import Insight
import KnowledgeBase
import Rendering

/// `kb owners`: each förvaltning's contact, articles, reviews and feedback.
struct OwnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owners",
        abstract:
            "Per förvaltning: kontakt, artiklar, försenade granskningar och granskningar inom 30 dagar, saknad lättläst text, öppen återkoppling."
    )

    @OptionGroup var options: KnowledgeOptions

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func run() throws {
        let knowledge = try options.load()
        let summaries = ReviewSchedule.owners(knowledge, feedback: feedbackOptions.store.all())
        if json {
            Output.line(
                JSONValue.array(
                    summaries.map { summary in
                        .object([
                            ("owner", .string(summary.owner.id)), ("name", .string(summary.owner.name)),
                            ("contact", .string(summary.owner.contact)),
                            ("published", .int(summary.published)),
                            ("draft", .int(summary.draft)), ("archived", .int(summary.archived)),
                            ("overdue", .int(summary.overdue)),
                            ("due_within_30_days", .int(summary.dueWithin30Days)),
                            ("without_easy_read", .int(summary.withoutEasyRead)),
                            ("open_feedback", .int(summary.openFeedback)),
                        ])
                    }
                ).rendered)
            return
        }
        let width = min(44, (summaries.map(\.owner.name.count).max() ?? 10) + 2)
        Output.line(
            Output.pad("FÖRVALTNING", width)
                + "PUBL  UTKAST  ARKIV  FÖRSENADE  INOM 30 D  UTAN LÄTTLÄST  ÅTERKOPPLING")
        for summary in summaries {
            func column(_ value: Int, _ size: Int) -> String { Output.pad(String(value), size) }
            Output.line(
                Output.pad(summary.owner.name, width) + column(summary.published, 6)
                    + column(summary.draft, 8)
                    + column(summary.archived, 7) + column(summary.overdue, 11)
                    + column(summary.dueWithin30Days, 11)
                    + column(summary.withoutEasyRead, 15) + String(summary.openFeedback))
            Output.line("  kontakt: " + summary.owner.contact)
        }
    }
}
