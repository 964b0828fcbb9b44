import ArgumentParser
import KnowledgeBase

/// `kb list [--owner ID] [--category C] [--json]`: the articles, one line each.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles, optionally one owner's or one category's."
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Only this owner's articles.", valueName: "ID"))
    var owner: String?

    @Option(help: ArgumentHelp("Only this category.", valueName: "C"))
    var category: String?

    @Flag(help: "Print JSON for programs.")
    var json = false

    func run() throws {
        let knowledge = try options.load()
        if let owner, knowledge.registers.owner(owner) == nil {
            Output.error(
                "no owner '\(owner)'; owners are: "
                    + knowledge.registers.owners.map(\.id).joined(separator: ", "))
            throw ExitCode.failure
        }
        let articles = knowledge.articles.filter {
            (owner == nil || $0.owner == owner)
                && (category == nil || $0.category.lowercased() == category!.lowercased())
        }
        if json {
            Output.line(
                JSONValue.array(articles.map { KnowledgeJSON.summary($0, knowledge.registers) }).rendered)
            return
        }
        let idWidth = min(44, (articles.map(\.id.count).max() ?? 2) + 2)
        let categoryWidth = min(22, (articles.map(\.category.count).max() ?? 8) + 2)
        Output.line(
            Output.pad("ID", idWidth) + Output.pad("KATEGORI", categoryWidth) + Output.pad("GRANSKAS", 12)
                + "TITEL")
        for article in articles {
            var title = article.title
            if article.status != .published { title += " [\(article.status.rawValue)]" }
            Output.line(
                Output.pad(article.id, idWidth) + Output.pad(article.category, categoryWidth)
                    + Output.pad(article.reviewBy ?? "–", 12) + title)
        }
        Output.line("\(articles.count) article(s)")
    }
}
