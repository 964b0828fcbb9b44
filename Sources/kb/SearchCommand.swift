import ArgumentParser
import KnowledgeBase

/// `kb search QUERY…`: the published articles that answer a question, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the published articles: the answer to read aloud and where to refer.",
        discussion: """
            Words may be typed without å/ä/ö, in everyday words ("dagis", "soc"), misspelled, \
            split or joined ("skol skjuts", "dagisavgift"); the last word may be unfinished.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Print JSON for programs.")
    var json = false

    @Option(help: "How many hits to show.")
    var limit: Int = 5

    @Option(help: ArgumentHelp("Only this category.", valueName: "C"))
    var category: String?

    @Option(help: ArgumentHelp("Only this owner's articles.", valueName: "ID"))
    var owner: String?

    @Option(help: ArgumentHelp("Only articles for this audience (guide, librarian, public).", valueName: "A"))
    var audience: Audience?

    @Flag(help: "Show why each hit scored what it did.")
    var explain = false

    @Flag(help: "Show each hit's easy-read (lättläst) text in place of its summary.")
    var easy = false

    @Option(
        help: ArgumentHelp(
            "Record the search in the query log as asked on this channel (contact-center, library, web).",
            valueName: "C"))
    var channel: String?

    @Option(help: ArgumentHelp("The query log folder (with --channel or --learn).", valueName: "DIR"))
    var logDir: String = "Logs"

    @Flag(help: "Raise articles the desk keeps opening for this query (see kb learned).")
    var learn = false

    @Argument(help: "What the caller asks, as typed.")
    var query: [String]

    func validate() throws {
        guard limit > 0 && limit <= 1000 else { throw ValidationError("--limit must be 1 to 1000") }
        if let channel, !QueryChannel.known.contains(channel) {
            throw ValidationError("--channel must be contact-center, library or web")
        }
    }

    func run() throws {
        let knowledge = try options.load()
        var index = KnowledgeIndex(knowledge: knowledge)
        if learn { index = index.learning(LearnedAssociations.learn(logDirectory: logDir, index: index)) }
        let text = query.joined(separator: " ")
        let result = index.search(
            text, limit: limit, filter: ArticleFilter(category: category, owner: owner, audience: audience),
            explain: explain)
        if let channel {
            // The log is the city's record of what was asked; a failure to write it is reported
            // but does not fail the search.
            let log = QueryLog(directory: logDir)
            log.record(
                channel: channel, query: text, hits: result.total, topHit: result.hits.first?.record.id ?? "",
                topScore: result.hits.first?.score ?? 0)
            do { try log.flush() } catch { Output.error("\(error)") }
        }
        if json {
            let shown = easy ? ArticleText.easy(result) : result
            Output.line(KnowledgeJSON.search(shown, index.registers, explain: explain).rendered)
        } else {
            SearchOutput.print(result, index.registers, easy: easy)
        }
    }
}

extension Audience: ExpressibleByArgument {}

/// `kb suggest PREFIX`: completions while typing.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest", abstract: "Complete a word being typed: article titles and words, best first."
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Print JSON for programs.")
    var json = false

    @Argument(help: "The start of a word.")
    var prefix: [String]

    func run() throws {
        let index = KnowledgeIndex(knowledge: try options.load())
        let suggestions = index.suggest(prefix.joined(separator: " "), limit: 10)
        if json {
            Output.line(JSONValue.array(suggestions.map { .string($0) }).rendered)
        } else {
            for item in suggestions { Output.line(item) }
        }
    }
}
