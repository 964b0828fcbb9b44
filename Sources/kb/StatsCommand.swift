import ArgumentParser
import KnowledgeBase

/// `kb stats`: the most asked topics per channel and ISO week.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The most asked topics per channel and ISO week, from the query log.",
        discussion: """
            A search's topic is the category of its best hit (as the folder has it now), or \
            "(ingen träff)" when it found nothing.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(help: "How many topics to show per channel and week.")
    var top: Int = 5

    @Flag(help: "Print JSON for programs.")
    var json = false

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be positive") }
    }

    func run() throws {
        var statistics = QueryStatistics(knowledge: try options.load())
        logOptions.log.forEachEvent(since: logOptions.sinceDate) { statistics.add($0) }
        if json {
            Output.line(statistics.json(top: top).rendered)
            return
        }
        guard !statistics.weeks.isEmpty else {
            Output.line("Inga sökningar i loggen\(logOptions.sinceDate.map { " från \($0)" } ?? "").")
            return
        }
        for (position, week) in statistics.weeks.enumerated() {
            if position > 0 { Output.line() }
            Output.line("Vecka \(week) (måndag \(week.monday))")
            for channel in statistics.channels {
                let total = statistics.total(week: week, channel: channel)
                guard total > 0 else { continue }
                Output.line("  \(QueryChannel.label(channel)): \(total) sökning(ar)")
                for topic in statistics.topics(week: week, channel: channel).prefix(top) {
                    Output.line("    " + Output.pad(String(topic.count), 7) + topic.topic)
                }
            }
        }
    }
}
