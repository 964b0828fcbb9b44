import ArgumentParser
import KnowledgeBase

/// `kb stats`: the most asked topics per channel and ISO week.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "De vanligaste ämnena per kanal och ISO-vecka, ur frågeloggen.",
        discussion: """
            En söknings ämne är kategorin för dess bästa träff (så som mappen ser ut nu), eller \
            "(ingen träff)" när den inte hittade något.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Hur många ämnen som visas per kanal och vecka.", valueName: "N"))
    var top: Int = 5

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top ska vara 1 eller mer, inte \(top)") }
    }

    func run() throws {
        var statistics = QueryStatistics(knowledge: try options.load())
        logOptions.log.forEachSettledEvent(since: logOptions.sinceDate) { statistics.add($0) }
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
                Output.line("  \(QueryChannel.label(channel)): \(Words.count(total, "sökning", "sökningar"))")
                for topic in statistics.topics(week: week, channel: channel).prefix(top) {
                    Output.line("    " + Output.pad(String(topic.count), 7) + topic.topic)
                }
            }
        }
    }
}
