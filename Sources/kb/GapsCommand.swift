import ArgumentParser
import KnowledgeBase

/// Where the query log is and which part of it to read: shared by `kb gaps`, `kb stats` and
/// `kb report`.
struct LogOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Frågeloggens mapp.", valueName: "MAPP"))
    var logDir: String = "Logs"

    @Option(
        help: ArgumentHelp("Bara sökningar från och med den här dagen (ÅÅÅÅ-MM-DD, UTC).", valueName: "DATUM")
    )
    var since: String?

    var sinceDate: CivilDate? { since.flatMap(CivilDate.init) }

    var log: QueryLog { QueryLog(directory: logDir) }

    func validate() throws {
        if let since, CivilDate(since) == nil {
            throw ValidationError("--since ska vara ett datum, ÅÅÅÅ-MM-DD, inte '\(since)'")
        }
    }
}

/// `kb gaps`: what is asked and not answered, most asked first.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Det som frågas men inte besvaras: loggade sökningar utan träff eller med en svag träff.",
        discussion: """
            A search counts as a gap when it found nothing, or when its best hit was weak: it scored \
            below --min-score (default 4.0) when the search was made, or, searched again now, the \
            best hit matches less than 60% of the query's words (words no article knows count as \
            unmatched). On the shipped folder this marks 5% of the relevance set's right answers \
            and 21 of 28 questions it has no article for (8 find nothing, 13 weak).

            Searches are grouped by their analyzed form (lowercased, stop words out, stemmed, å/ä/ö \
            folded, words sorted), so spelling variants, inflections and word order count together. \
            Each gap shows its count per channel, an example as typed, the nearest article (the \
            example searched again in the current folder) and the förvaltning it most likely belongs \
            to: the owner of the nearest article, else the most common owner of the weak hits logged.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(
        help: ArgumentHelp(
            "Bara sökningar från den här kanalen (contact-center, library, web, unknown).", valueName: "KANAL"
        ))
    var channel: String?

    @Option(help: ArgumentHelp("En bästa träff med lägre poäng än så är svag.", valueName: "POÄNG"))
    var minScore: Float = GapAnalysis.defaultMinScore

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Hur många luckor som visas (0: alla).", valueName: "N"))
    var limit: Int = 50

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit ska vara 0 eller mer, inte \(limit)") }
        guard minScore >= 0 else {
            throw ValidationError("--min-score ska vara 0 eller mer, inte \(minScore)")
        }
    }

    func run() throws {
        let knowledge = try options.load()
        var analysis = GapAnalysis(
            index: KnowledgeIndex(knowledge: knowledge), knowledge: knowledge, minScore: minScore)
        logOptions.log.forEachEvent(since: logOptions.sinceDate, channel: channel) { analysis.add($0) }
        var gaps = analysis.gaps()
        let total = gaps.count
        if limit > 0 { gaps = Array(gaps.prefix(limit)) }
        if json {
            Output.line(GapAnalysis.json(gaps, searches: analysis.searches, minScore: minScore).rendered)
            return
        }
        let searches = gaps.reduce(0) { $0 + $1.count }
        var heading = "\(total) lucka/luckor bland \(analysis.searches) sökning(ar)"
        if let since = logOptions.sinceDate { heading += " från \(since)" }
        if let channel { heading += " (\(QueryChannel.label(channel)))" }
        Output.line(
            heading + (limit > 0 && total > limit ? "; de \(limit) vanligaste (\(searches) sökningar):" : ":")
        )
        for (position, gap) in gaps.enumerated() {
            let channels = gap.channels.map { "\(QueryChannel.label($0.channel)) \($0.count)" }.joined(
                separator: ", ")
            Output.line()
            Output.line(
                "\(position + 1). \"\(gap.example)\" – \(gap.count) sökning(ar), \(gap.noHit) utan träff · "
                    + "\(channels) · senast \(gap.lastAsked)")
            Output.line("   tolkas: \(gap.key.isEmpty ? "(inga sökord)" : gap.key)")
            if let nearest = gap.nearest {
                Output.line(
                    "   närmast nu: \(nearest.title) [\(nearest.id)] (\((nearest.score * 1000).rounded() / 1000))"
                        + (gap.answeredNow ? " – stark träff nu" : ""))
            } else {
                Output.line("   närmast nu: ingen artikel")
            }
            if let owner = gap.owner {
                let source = gap.ownerSource == .nearest ? "äger närmaste artikel" : "äger de svaga träffarna"
                Output.line("   trolig förvaltning: \(gap.ownerName ?? owner) (\(owner)), \(source)")
            } else {
                Output.line("   trolig förvaltning: okänd")
            }
        }
    }
}
