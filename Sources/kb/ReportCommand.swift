import ArgumentParser
import Insight
import KnowledgeBase
import Rendering

/// `kb report`: one HTML page on what is asked, the gaps, and each förvaltning's reviews.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Skriv rapportsidan: frågor per ämne, kanal och vecka, luckorna och granskningarna.",
        discussion: """
            En fristående, tillgänglig HTML-sida (inga skript, inbäddad CSS, SVG-diagram som vart \
            och ett följs av en tabell med samma siffror), skriven atomärt. Återkopplingen läses ur \
            feedback.tsv i loggmappen (med --events ur händelsedatabasen, från alla maskiner). \
            Luckor räknas som i `kb gaps`.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(help: ArgumentHelp("Var sidan skrivs.", valueName: "FIL"))
    var out: String = "Exports/report.html"

    func run() throws {
        let knowledge = try options.load()
        let insight = try logOptions.insight()
        let report = HTMLReport(
            CityReport.gather(
                knowledge: knowledge, index: KnowledgeIndex(knowledge: knowledge), log: insight.queries,
                feedback: insight.feedback, since: logOptions.sinceDate))
        do {
            try report.write(to: out)
        } catch {
            Output.error("kan inte skriva \(out): \(error)")
            throw ExitCode.failure
        }
        Output.line(
            "skrev \(out): \(Words.count(report.statistics.searches, "sökning", "sökningar")), \(Words.count(report.gaps.count, "lucka", "luckor"))"
        )
    }
}
