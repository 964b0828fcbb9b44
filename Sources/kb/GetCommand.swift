import ArgumentParser
import KnowledgeBase
import Search

/// `kb get ID [--json] [--easy]`: one article, as a guide reads it at the desk.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one article: the answer to read aloud, where to refer, the text, the owner."
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Print JSON for programs.")
    var json = false

    @Flag(
        help: """
            Show the easy-read (lättläst) text in place of the summary and the body (the summary, \
            marked, when the article has none). JSON always holds both, as easy_read.
            """)
    var easy = false

    @OptionGroup var feedbackOptions: FeedbackOptions

    @Argument(help: "The article's id.")
    var id: String

    func run() throws {
        let knowledge = try options.load()
        guard let article = knowledge.article(id) else {
            Output.error("no article '\(id)'")
            let close = EditDistance.closest(
                to: id, in: knowledge.articles.map(\.id), limit: max(2, id.count / 3), count: 5)
            let prefixed = knowledge.articles.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }
            let suggestions = Array((close + prefixed.filter { !close.contains($0) }).prefix(5))
            if !suggestions.isEmpty {
                Output.error("did you mean: " + suggestions.joined(separator: ", "))
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
