import ArgumentParser
import Insight
import KnowledgeBase
import Rendering

/// `kb review`: articles due or overdue for review, oldest first, with the contact to remind.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "Lista artiklar som snart ska eller redan skulle ha granskats, äldst först, med vem som ska påminnas."
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Bara den här förvaltningens artiklar (id eller namn).", valueName: "ID"))
    var owner: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Ska granskas inom så många dagar (försenade listas alltid).", valueName: "DAGAR"))
    var within: Int = 30

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func validate() throws {
        guard within >= 0 else {
            throw ValidationError("--within ska vara 0 eller fler dagar, inte \(within)")
        }
    }

    func run() throws {
        let knowledge = try options.load()
        let owner = try Filters.owner(owner, knowledge.registers)
        let items = ReviewSchedule.due(
            knowledge, within: within, owner: owner, feedback: feedbackOptions.store.all())
        if json {
            Output.line(
                JSONValue.array(
                    items.map { item in
                        .object([
                            ("id", .string(item.article.id)), ("title", .string(item.article.title)),
                            ("owner", .string(item.article.owner)),
                            ("contact", .optional(item.owner?.contact)),
                            ("review_by", .optional(item.article.reviewBy)),
                            ("days_left", item.daysLeft.map { .int($0) } ?? .null),
                            ("open_feedback", .int(item.openFeedback)),
                        ])
                    }
                ).rendered)
            return
        }
        guard !items.isEmpty else {
            Output.line("Inget att granska inom \(within) dagar.")
            return
        }
        let idWidth = min(44, (items.map(\.article.id.count).max() ?? 2) + 2)
        Output.line(
            Output.pad("GRANSKA SENAST", 16) + Output.pad("DAGAR", 7) + Output.pad("ARTIKEL", idWidth)
                + "PÅMINN")
        for item in items {
            let days = item.daysLeft.map { $0 < 0 ? "\($0)" : "+\($0)" } ?? ""
            var line =
                Output.pad(item.article.reviewBy ?? "–", 16) + Output.pad(days, 7)
                + Output.pad(item.article.id, idWidth)
                + (item.owner.map { "\($0.name) — \($0.contact)" } ?? item.article.owner)
            if item.openFeedback > 0 { line += "  [\(item.openFeedback) öppen återkoppling]" }
            Output.line(line)
        }
        let overdue = items.filter { ($0.daysLeft ?? 0) < 0 }.count
        Output.line("\(items.count) att granska, varav \(overdue) försenade")
    }
}
