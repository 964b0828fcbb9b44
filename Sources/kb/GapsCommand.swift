import ArgumentParser
import Insight
import InsightPostgres
import KnowledgeBase
import Logging
import Rendering

/// Where the query log is and which part of it to read: shared by `kb gaps`, `kb stats` and
/// `kb report`.
struct LogOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Frågeloggens mapp.", valueName: "MAPP"))
    var logDir: String = "Logs"

    @Option(
        help: ArgumentHelp("Bara sökningar från och med den här dagen (ÅÅÅÅ-MM-DD, UTC).", valueName: "DATUM")
    )
    var since: String?

    @Option(
        help: ArgumentHelp(
            "Läs händelserna ur den delade händelsedatabasen i stället för loggmappen (postgres://användare@värd:port/databas).",
            valueName: "URL"))
    var events: String?

    var sinceDate: CivilDate? { since.flatMap(CivilDate.init) }

    func validate() throws {
        if let since, CivilDate(since) == nil {
            throw ValidationError("--since ska vara ett datum, ÅÅÅÅ-MM-DD, inte '\(since)'")
        }
        if let events {
            do { _ = try EventDatabaseURL(events) } catch { throw ValidationError("\(error)") }
        }
    }

    /// The searches, clicks and feedback to read: from the event database with `--events`,
    /// else from the log folder's files.
    func insight() throws -> LoggedInsight {
        guard let events else { return .files(logDir) }
        do {
            return .recorded(
                try EventReader.loadBlocking(
                    url: try EventDatabaseURL(events), since: sinceDate, logger: Logger(label: "kb.events")))
        } catch {
            Output.error(
                "kan inte läsa händelsedatabasen \((try? EventDatabaseURL(events))?.description ?? ""): \(error)"
            )
            throw ExitCode.failure
        }
    }
}

/// Where `kb gaps`, `kb stats` and `kb report` read the events from.
enum LoggedInsight {
    case files(String)
    case recorded(RecordedEvents)

    var queries: any QueryEventSource {
        switch self {
        case .files(let directory): QueryLog(directory: directory)
        case .recorded(let events): events
        }
    }

    func clicks(since: CivilDate?) -> [ClickEvent] {
        switch self {
        case .files(let directory): ClickLog(directory: directory).events(since: since)
        case .recorded(let events): events.clicks(since: since)
        }
    }

    var feedback: [FeedbackEvent] {
        switch self {
        case .files(let directory): FeedbackStore(directory: directory).all()
        case .recorded(let events): events.feedback
        }
    }
}

/// `kb gaps`: what is asked and not answered, most asked first.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Det som frågas men inte besvaras: loggade sökningar utan träff eller med en svag träff.",
        discussion: """
            En sökning räknas som en lucka när den inte hittade något eller när dess första träff \
            inte var säker (confidence strong). Bara färdiga sökningar räknas: bokstäverna medan en \
            fråga skrivs (h, he, hem …) hoppas över. Rader från före loggen sparade säkerheten \
            bedöms efter samma sökning i dag. En fråga med bara småord ("och att det") räknas inte.

            Sökningar räknas tillsammans när de tolkas likadant: små bokstäver, utan småord, \
            grundform, å/ä/ö som a/a/o och sammansatta ord delade i kända delar, så stavning, \
            böjning, ordföljd och hopskrivning inte skiljer dem ("dagisavgift", "dagis avgift"). \
            Ett sammansatt ord av ett ord som ingen artikel känner och en del till räknas med det \
            ordet ("bostadsanpassningsbidrag" med "bostadsanpassning").

            Varje lucka visar antal per kanal, ett exempel som det skrevs, närmaste artikel i dag \
            och förvaltningen den hör till: den som äger artiklarna som frågans ord handlar om \
            (ordet i titel, frågor, nyckelord eller kategori), vägt efter hur mycket orden säger. \
            Får ingen förvaltning minst hälften räknas luckan som utan förvaltning.
            """
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var logOptions: LogOptions

    @Option(
        help: ArgumentHelp(
            "Bara sökningar från den här kanalen (contact-center, library, web, unknown).", valueName: "KANAL"
        ))
    var channel: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Hur många luckor som visas (0: alla).", valueName: "N"))
    var limit: Int = 50

    @Flag(help: "Skriv JSON för program.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit ska vara 0 eller mer, inte \(limit)") }
    }

    func run() throws {
        let knowledge = try options.load()
        var analysis = GapAnalysis(index: KnowledgeIndex(knowledge: knowledge), knowledge: knowledge)
        try logOptions.insight().queries.forEachSettledEvent(since: logOptions.sinceDate, channel: channel) {
            analysis.add($0)
        }
        var gaps = analysis.gaps()
        let total = gaps.count
        if limit > 0 { gaps = Array(gaps.prefix(limit)) }
        if json {
            Output.line(GapAnalysis.json(gaps, searches: analysis.searches).rendered)
            return
        }
        let searches = gaps.reduce(0) { $0 + $1.count }
        var heading =
            "\(Words.count(total, "lucka", "luckor")) bland \(Words.count(analysis.searches, "sökning", "sökningar"))"
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
                "\(position + 1). \"\(gap.example)\" – \(Words.count(gap.count, "sökning", "sökningar")), \(gap.noHit) utan träff · "
                    + "\(channels) · senast \(gap.lastAsked)")
            Output.line("   tolkas: \(gap.key)")
            if gap.wordings.count > 1 {
                Output.line(
                    "   skrivet: "
                        + gap.wordings.map { "\"\($0.wording)\" \($0.count)" }.joined(separator: ", "))
            }
            if let nearest = gap.nearest {
                Output.line(
                    "   närmast nu: \(nearest.title) [\(nearest.id)] (\((nearest.score * 1000).rounded() / 1000))"
                        + (gap.answeredNow ? " – säker träff nu" : ""))
            } else {
                Output.line("   närmast nu: ingen artikel")
            }
            let share = Int((gap.ownerShare * 100).rounded())
            if let owner = gap.owner {
                Output.line(
                    "   förvaltning: \(gap.ownerName ?? owner) (\(owner)), \(share) % av frågans vikt")
            } else {
                Output.line("   förvaltning: ingen (frågans ord hör inte till någon förvaltnings artiklar)")
            }
        }
    }
}
