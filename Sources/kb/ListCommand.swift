import ArgumentParser
import KnowledgeBase
import Rendering

/// `kb list [--owner ID] [--category C] [--json]`: the articles, one line each.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista artiklarna, eventuellt bara en förvaltnings eller en kategoris."
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Bara den här förvaltningens artiklar (id eller namn).", valueName: "ID"))
    var owner: String?

    @Option(help: ArgumentHelp("Bara den här kategorin (å/ä/ö får utelämnas).", valueName: "KATEGORI"))
    var category: String?

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func run() throws {
        let knowledge = try options.load()
        let owner = try Filters.owner(owner, knowledge.registers)
        let category = try Filters.category(category, knowledge.articles)
        let articles = knowledge.articles.filter {
            (owner == nil || $0.owner == owner) && (category == nil || $0.category == category)
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
            if article.status != .published { title += " [\(ArticleStatusWord.word(article.status))]" }
            Output.line(
                Output.pad(article.id, idWidth) + Output.pad(article.category, categoryWidth)
                    + Output.pad(article.reviewBy ?? "–", 12) + title)
        }
        Output.line(Words.count(articles.count, "artikel", "artiklar"))
    }
}
