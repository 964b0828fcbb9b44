import ArgumentParser
import KnowledgeBase

/// `kb report`: one HTML page on what is asked, the gaps, and each förvaltning's reviews.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report page: questions per topic, channel and week, the gaps, reviews.",
        discussion: """
            One self-contained, accessible HTML page (no scripts, inline CSS, SVG charts each \
            followed by a table of the same numbers), written atomically. Feedback is read from \
            feedback.tsv in the log folder. Gaps are defined as in `kb gaps`.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(help: ArgumentHelp("Where to write the page.", valueName: "FILE"))
    var out: String = "Exports/report.html"

    @Option(help: "A top hit scoring below this is weak (see kb gaps).")
    var minScore: Float = GapAnalysis.defaultMinScore

    func run() throws {
        let knowledge = try options.load()
        var statistics = QueryStatistics(knowledge: knowledge)
        var analysis = GapAnalysis(
            index: KnowledgeIndex(knowledge: knowledge), knowledge: knowledge, minScore: minScore)
        logOptions.log.forEachEvent(since: logOptions.sinceDate) { event in
            statistics.add(event)
            analysis.add(event)
        }
        let feedback = FeedbackStore(directory: logOptions.logDir).all()
        let report = HTMLReport(
            statistics: statistics, gaps: analysis.gaps(),
            owners: ReviewSchedule.owners(knowledge, feedback: feedback), since: logOptions.sinceDate,
            minScore: minScore)
        do {
            try report.write(to: out)
        } catch {
            Output.error("cannot write \(out): \(error)")
            throw ExitCode.failure
        }
        Output.line("wrote \(out): \(statistics.searches) search(es), \(report.gaps.count) gap(s)")
    }
}
