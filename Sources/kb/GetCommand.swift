import ArgumentParser
import KnowledgeBase
import Rendering
import Search

/// `kb get ID [--json] [--easy]`: one article, as a guide reads it at the desk.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Visa en artikel: svaret att läsa upp, vart man hänvisar, texten och ägaren."
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Skriv JSON för program.")
    var json = false

    @Flag(
        help: """
            Visa den lättlästa texten i stället för sammanfattningen och texten (sammanfattningen, \
            markerad, när artikeln saknar lättläst text). JSON innehåller alltid båda, som easy_read.
            """)
    var easy = false

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Argument(help: "Artikelns id.")
    var id: String

    func run() throws {
        let knowledge = try options.load()
        guard let article = knowledge.article(id) else {
            Output.error("ingen artikel '\(id)'")
            let close = EditDistance.closest(
                to: id, in: knowledge.articles.map(\.id), limit: max(2, id.count / 3), count: 5)
            let prefixed = knowledge.articles.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }
            let suggestions = Array((close + prefixed.filter { !close.contains($0) }).prefix(5))
            if !suggestions.isEmpty {
                Output.error("menade du: " + suggestions.joined(separator: ", "))
            }
            throw ExitCode.failure
        }
        let feedback = feedbackOptions.store.all().filter { $0.article == article.id }
        if json {
            guard case .object(var fields) = KnowledgeJSON.full(article, knowledge.registers) else { return }
            fields.append(("feedback", KnowledgeJSON.feedback(feedback, reviewed: article.reviewed)))
            Output.line(JSONValue.object(fields).rendered)
            return
        }
        for item in ArticleText.lines(article, knowledge.registers, easy: easy) { Output.line(item) }
        for item in ArticleText.feedbackLines(feedback, reviewed: article.reviewed) { Output.line(item) }
    }
}
