import ArgumentParser
import Insight
import KnowledgeBase
import Rendering

/// `kb stats`: the most asked topics per channel and ISO week.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "De vanligaste ämnena per kanal och ISO-vecka, ur frågeloggen.",
        discussion: """
            En söknings ämne är kategorin för dess bästa träff (så som mappen ser ut nu), eller \
            "(ingen träff)" när den inte hittade något. Ur klickloggen: per kanal och ämne andelen \
            sökningar som följdes av en öppnad träff (klickfrekvens) och medelrangen för de öppnade \
            träffarna; en öppning hör till samma frågas senaste sökning i samma kanal inom 30 minuter \
            före den.
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
        let knowledge = try options.load()
        var statistics = QueryStatistics(knowledge: knowledge)
        let insight = try logOptions.insight()
        var clicks = ClickStatistics(
            knowledge: knowledge, clicks: insight.clicks(since: logOptions.sinceDate))
        insight.queries.forEachSettledEvent(since: logOptions.sinceDate) {
            statistics.add($0)
            clicks.add($0)
        }
        if json {
            guard case .object(let fields) = statistics.json(top: top) else { return }
            Output.line(JSONValue.object(fields + [("clicks", clicks.json)]).rendered)
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
        printClicks(clicks)
    }

    /// Click-through rate and mean rank of the opened hit, per channel and per topic.
    private func printClicks(_ clicks: ClickStatistics) {
        Output.line()
        guard clicks.openCount > 0 else {
            Output.line("Inga öppnade träffar i klickloggen.")
            return
        }
        Output.line(
            "Öppnade träffar: \(clicks.openCount) (\(clicks.unmatchedOpens) utan sökning i loggen)."
                + " Andel sökningar följda av en öppnad träff, och medelplats för den öppnade träffen:")
        func line(_ row: ClickStatistics.Row, _ name: String) {
            let rate = Int((row.clickThrough * 100).rounded())
            let rank = row.meanRank.map { "medelplats \(($0 * 10).rounded() / 10)" } ?? "inga öppnade"
            Output.line(
                "    " + Output.pad(name, 28) + Output.pad("\(row.searches) sökn.", 12)
                    + Output.pad("\(rate) %", 7)
                    + rank)
        }
        Output.line("  per kanal:")
        for row in clicks.byChannel { line(row, QueryChannel.label(row.name)) }
        Output.line("  per ämne:")
        for row in clicks.byTopic.prefix(top * 4) { line(row, row.name) }
    }
}
