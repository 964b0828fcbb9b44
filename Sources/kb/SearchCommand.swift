import ArgumentParser
import Insight
import KnowledgeBase
import Rendering

/// `kb search QUERY…`: the published articles that answer a question, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Sök bland de publicerade artiklarna: svaret att läsa upp och vart man hänvisar.",
        discussion: """
            Orden får skrivas utan å/ä/ö, som vardagsord ("dagis", "soc"), felstavade, isärskrivna \
            eller ihopskrivna ("skol skjuts", "dagisavgift"); det sista ordet får vara ofullständigt. \
            --category och --owner förstår också namn utan å/ä/ö ("forskola").
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Skriv JSON för program.")
    var json = false

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Hur många träffar som visas (1–1000).", valueName: "N"))
    var limit: Int = 5

    @Option(help: ArgumentHelp("Bara den här kategorin.", valueName: "KATEGORI"))
    var category: String?

    @Option(help: ArgumentHelp("Bara den här förvaltningens artiklar (id eller namn).", valueName: "ID"))
    var owner: String?

    @Option(
        help: ArgumentHelp(
            "Bara artiklar för den här målgruppen (guide, librarian, public).", valueName: "MÅLGRUPP"))
    var audience: Audience?

    @Flag(help: "Visa varför varje träff fick sin poäng.")
    var explain = false

    @Flag(help: "Visa varje träffs lättlästa text i stället för sammanfattningen.")
    var easy = false

    @Flag(
        help:
            "Frågan skrivs just nu: fyll i det sista ordet även när det är ett ord i sig (som skrivbordssidan gör medan man skriver)."
    )
    var typing = false

    @Option(
        help: ArgumentHelp(
            "Skriv sökningen i frågeloggen som ställd i den här kanalen (contact-center, library, web).",
            valueName: "KANAL"))
    var channel: String?

    @Option(help: ArgumentHelp("Mappen för frågeloggen (med --channel eller --learn).", valueName: "MAPP"))
    var logDir: String = "Logs"

    @Flag(help: "Lyft artiklar som skrivborden gång på gång öppnar för den här frågan (se kb learned).")
    var learn = false

    @Argument(help: ArgumentHelp("Det som den som ringer frågar, som det skrivs.", valueName: "FRÅGA"))
    var query: [String]

    func validate() throws {
        guard limit > 0 && limit <= 1000 else {
            throw ValidationError("--limit ska vara ett tal från 1 till 1000, inte \(limit)")
        }
        guard query.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw ValidationError("skriv vad du söker efter, till exempel: kb search dagis kö")
        }
        if let channel, !QueryChannel.known.contains(channel) {
            throw ValidationError("--channel ska vara contact-center, library eller web, inte '\(channel)'")
        }
    }

    func run() throws {
        let knowledge = try options.load()
        var index = KnowledgeIndex(knowledge: knowledge)
        if learn { index = index.learning(LearnedAssociations.learn(logDirectory: logDir, index: index)) }
        let text = query.joined(separator: " ")
        let result = index.search(
            text, limit: limit,
            filter: ArticleFilter(
                category: try Filters.category(category, knowledge.articles),
                owner: try Filters.owner(owner, knowledge.registers), audience: audience),
            explain: explain, typing: typing)
        if let channel {
            // The log is the city's record of what was asked; a failure to write it is reported
            // but does not fail the search.
            let log = QueryLog(directory: logDir)
            log.record(
                channel: channel, query: text, hits: result.total, topHit: result.hits.first?.record.id ?? "",
                topScore: result.hits.first?.score ?? 0, confidence: result.confidence)
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
        commandName: "suggest", abstract: "Fyll i ett ord som skrivs: artikeltitlar och ord, bästa först."
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Skriv JSON för program.")
    var json = false

    @Argument(help: ArgumentHelp("Början av ett ord.", valueName: "BÖRJAN"))
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
