import FileSupport
import Insight
import KnowledgeBase

/// The report for the city: what is asked, per topic, channel and week; what is not answered;
/// and how each förvaltning stands with its reviews — as one self-contained HTML page.
///
/// Exists so a förvaltning can open one file, with no server and nothing to install, and see
/// what the desks are asked. The page has no scripts and no external resources: inline CSS,
/// SVG bar charts, and after each chart a table with the same numbers (for screen readers and
/// for copying). The markup is in `HTMLReportTemplates`; this type gathers the values (text and
/// numbers, chart coordinates included) and the template engine escapes every one of them.
public struct HTMLReport {
    public var statistics: QueryStatistics
    public var gaps: [Gap]
    public var owners: [OwnerSummary]
    /// The first day counted, when limited.
    public var since: CivilDate?
    public var today: CivilDate
    /// Articles whose review date has passed, oldest first (named in the report).
    public var overdue: [ReviewItem] = []
    /// Open feedback (criticism newer than the article's last review), newest first.
    public var openFeedback: [FeedbackEvent] = []
    /// The titles of the articles `openFeedback` is about, by id.
    public var titles: [String: String] = [:]
    /// Gaps listed.
    public var gapLimit = 20
    /// Topics in the topic chart.
    public var topicLimit = 12
    /// Topics followed week by week.
    public var trendLimit = 5

    public init(
        statistics: QueryStatistics, gaps: [Gap], owners: [OwnerSummary], since: CivilDate? = nil,
        today: CivilDate = .today()
    ) {
        self.statistics = statistics
        self.gaps = gaps
        self.owners = owners
        self.since = since
        self.today = today
    }

    /// The page of `report`.
    public init(_ report: CityReport) {
        self.init(
            statistics: report.statistics, gaps: report.gaps, owners: report.owners, since: report.since,
            today: report.today)
        overdue = report.overdue
        openFeedback = report.openFeedback
        titles = report.titles
    }

    static let title = "Vägvisare – vad frågar Malmöborna?"

    /// Bar colours per channel (Okabe–Ito, darkened to 3:1 or more against white).
    static func colour(_ channel: String) -> String {
        switch channel {
        case "contact-center": "#0b5fa5"
        case "library": "#b84a00"
        case "web": "#007a5a"
        case "unknown": "#5c5c5c"
        default: "#7a4f9e"
        }
    }

    /// Writes the page atomically: a temporary file beside `path`, fsync'd, renamed into place.
    public func write(to path: String) throws(RenderingError) {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
            separator: "/")
        if !directory.isEmpty { try onFiles(DurableFiles.makeDirectory(directory)) }
        try onFiles(DurableFiles.write(Array(render().utf8), to: path))
    }

    public func render() -> String {
        HTMLReportTemplates.library.render(context(), withTemplate: "report") ?? ""
    }

    /// The values of the page, every one of them plain text or a number for the templates to escape.
    func context() -> [String: Any] {
        let weeks = statistics.weeks
        let channels = statistics.channels
        let channelColumns = channels.map { Column(QueryChannel.label($0).capitalizedFirst, numeric: true) }
        var context: [String: Any] = ["today": Self.day(today), "noHit": QueryStatistics.noHit]
        if let first = since ?? statistics.firstDay, let last = statistics.lastDay {
            context["period"] = [
                "searches": HTML.number(statistics.searches), "first": Self.day(first),
                "last": Self.day(last),
                "weeks": weeks.count == 1 ? "1 vecka" : "\(weeks.count) veckor",
            ]
        } else if let since {
            context["since"] = Self.day(since)
        }

        // 1. Searches per week and channel.
        if !weeks.isEmpty {
            let rows: [[Cell]] = weeks.map { week in
                let totals = channels.map { statistics.total(week: week, channel: $0) }
                return [.week(week)] + totals.map { .number($0) } + [.number(totals.reduce(0, +))]
            }
            context["weekSection"] = [
                "chart": weekChart(weeks, channels),
                "table": Self.table(
                    caption: "Sökningar per vecka och kanal",
                    columns: [Column("Vecka (måndag)")] + channelColumns + [Column("Totalt", numeric: true)],
                    rows: rows),
            ]
        }

        // 2. Topics.
        let topics = Array(statistics.topics().prefix(topicLimit))
        if !topics.isEmpty {
            let rows: [[Cell]] = topics.map { topic in
                [.header(topic.topic)]
                    + channels.map { .number(statistics.count(topic: topic.topic, channel: $0)) }
                    + [.number(topic.count)]
            }
            context["topicSection"] = [
                "chart": topicChart(topics.map(\.topic), channels),
                "table": Self.table(
                    caption: "Sökningar per ämne och kanal, hela perioden",
                    columns: [Column("Ämne")] + channelColumns + [Column("Totalt", numeric: true)], rows: rows
                ),
            ]
        }

        // 3. Topics over time.
        let trend = Array(topics.prefix(trendLimit)).map(\.topic)
        if !trend.isEmpty {
            let perWeek = weeks.map { week in
                Dictionary(uniqueKeysWithValues: statistics.topics(week: week).map { ($0.topic, $0.count) })
            }
            let rows: [[Cell]] = weeks.enumerated().map { position, week in
                [.week(week)] + trend.map { .number(perWeek[position][$0] ?? 0) }
            }
            context["trendSection"] = [
                "count": trend.count, "chart": trendChart(trend, weeks, perWeek),
                "table": Self.table(
                    caption: "Sökningar per vecka på de \(trend.count) mest frågade ämnena",
                    columns: [Column("Vecka (måndag)")] + trend.map { Column($0, numeric: true) }, rows: rows),
            ]
        }

        // 4. Gaps.
        if !gaps.isEmpty {
            let shown = gaps.prefix(gapLimit)
            let rows: [[Cell]] = shown.map { gap in
                var nearest = "–"
                if let article = gap.nearest {
                    nearest = article.title + (gap.answeredNow ? " – säker träff i dag" : "")
                }
                return [
                    .header(gap.example), .number(gap.count), .number(gap.noHit),
                    .lines(gap.channels.map { "\(QueryChannel.label($0.channel)) \(HTML.number($0.count))" }),
                    .text(nearest), .text(gap.ownerName ?? gap.owner ?? "ingen"), .date(gap.lastAsked),
                ]
            }
            context["gapSection"] = [
                "table": Self.table(
                    caption: "De \(shown.count) vanligaste luckorna av \(gaps.count)",
                    columns: [
                        Column("Fråga (exempel)"), Column("Sökningar", numeric: true),
                        Column("Utan träff", numeric: true), Column("Per kanal"), Column("Närmaste artikel"),
                        Column("Förvaltning"), Column("Senast"),
                    ],
                    rows: rows)
            ]
        }

        // 5. Owners, their overdue reviews by name and the open feedback with what was written.
        var gapsPerOwner: [String: Int] = [:]
        for gap in gaps { if let owner = gap.owner { gapsPerOwner[owner, default: 0] += gap.count } }
        let ownerRows: [[Cell]] = owners.map { summary in
            [
                .header(summary.owner.name), .number(summary.published), .number(summary.draft),
                .flagged(summary.overdue), .number(summary.dueWithin30Days), .number(summary.withoutEasyRead),
                .flagged(summary.openFeedback), .number(gapsPerOwner[summary.owner.id] ?? 0),
            ]
        }
        context["ownerSection"] = [
            "table": Self.table(
                caption: "Granskningsläge per förvaltning den \(today)",
                columns: [Column("Förvaltning")]
                    + [
                        "Publicerade", "Utkast", "Försenade granskningar", "Granskas inom 30 dagar",
                        "Utan lättläst", "Öppna synpunkter", "Luckor",
                    ].map { Column($0, numeric: !ownerRows.isEmpty) },
                rows: ownerRows)
        ]
        if !overdue.isEmpty {
            context["overdueSection"] = [
                "table": Self.table(
                    caption: "Artiklar vars granskningsdatum har passerat, äldst först",
                    columns: [
                        Column("Artikel"), Column("Förvaltning"), Column("Granskas senast"),
                        Column("Försenad"),
                        Column("Öppna synpunkter", numeric: true),
                    ],
                    rows: overdue.map { item in
                        let late = -(item.daysLeft ?? 0)
                        return [
                            .header(item.article.title), .text(item.owner?.name ?? item.article.owner),
                            .text(item.article.reviewBy ?? "–"), .text(late == 1 ? "1 dag" : "\(late) dagar"),
                            .flagged(item.openFeedback),
                        ]
                    })
            ]
        }
        if !openFeedback.isEmpty {
            context["feedbackSection"] = [
                "table": Self.table(
                    caption: "Synpunkter från disken som är nyare än artikelns senaste granskning",
                    columns: [
                        Column("Artikel"), Column("Datum"), Column("Synpunkt"), Column("Kanal"),
                        Column("Text"),
                    ],
                    rows: openFeedback.prefix(50).map { event in
                        [
                            .header(titles[event.article] ?? event.article),
                            .text(String(event.time.prefix(10))),
                            .text(event.kind.label), .text(QueryChannel.label(event.channel)),
                            .text(event.comment.isEmpty ? "–" : event.comment),
                        ]
                    })
            ]
        }
        return context
    }

    // MARK: Tables

    /// A column header; numeric columns are right-aligned.
    struct Column {
        var label: String
        var numeric = false
        init(_ label: String, numeric: Bool = false) {
            self.label = label
            self.numeric = numeric
        }
    }

    /// One cell of a table, by what it holds.
    enum Cell {
        case header(String)
        case text(String)
        case number(Int)
        /// A number that asks for attention when above zero.
        case flagged(Int)
        case date(CivilDate)
        /// Short lines, each kept whole.
        case lines([String])
        /// A row header: the week and its Monday.
        case week(ISOWeek)

        /// The cell's values for the `cell` template: one kind flag and its text.
        var context: [String: Any] {
            switch self {
            case .header(let text): ["cellHeader": true, "value": text]
            case .text(let text): ["cellText": true, "value": text]
            case .number(let value): ["cellNumber": true, "value": HTML.number(value)]
            case .flagged(let value):
                value > 0 ? ["cellAttention": true, "value": HTML.number(value)] : ["cellZero": true]
            case .date(let date): ["cellDate": true, "day": date.description]
            case .week(let week): ["cellWeek": true, "label": week.label, "day": week.monday.description]
            case .lines(let lines):
                [
                    "cellLines": true,
                    "lines": lines.enumerated().map { index, line -> [String: Any] in
                        ["line": line, "br": index > 0]
                    },
                ]
            }
        }
    }

    private static func table(caption: String, columns: [Column], rows: [[Cell]]) -> [String: Any] {
        [
            "caption": caption,
            "columns": columns.map { ["label": $0.label, "numeric": $0.numeric] as [String: Any] },
            "rows": rows.map { ["cells": $0.map(\.context)] as [String: Any] },
        ]
    }

    // MARK: Helpers

    /// A date for the `time` template.
    private static func day(_ date: CivilDate) -> [String: Any] { ["day": date.description] }

    static let css = """
        :root{color:#1a1a1a;background:#fff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        line-height:1.5}
        body{margin:0 auto;max-width:1180px;padding:1rem 1.5rem 3rem}
        h1{font-size:1.9rem;margin:.5rem 0}
        h2{font-size:1.4rem;margin:2.5rem 0 .5rem;border-bottom:2px solid #0b5fa5;padding-bottom:.2rem}
        .lead{font-size:1.1rem}
        nav ul{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
        a{color:#0b5fa5}
        a:focus{outline:3px solid #b84a00;outline-offset:2px}
        div.chart{overflow-x:auto}
        svg.chart{width:100%;min-width:640px;height:auto;margin:1rem 0;font-size:14px}
        svg.chart text{fill:#1a1a1a}
        svg.chart .small{font-size:12px;fill:#404040}
        svg.chart .value{font-weight:600}
        svg.chart .grid{stroke:#d9d9d9;stroke-width:1}
        svg.chart .axis{stroke:#1a1a1a;stroke-width:1}
        svg.chart rect{stroke:#fff;stroke-width:1}
        .table{overflow-x:auto}
        table{border-collapse:collapse;margin:1rem 0 2rem;min-width:50%}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #bfbfbf;padding:.3rem .6rem;vertical-align:top;text-align:left}
        thead th{background:#e8eef5}
        tbody tr:nth-child(even){background:#f6f6f6}
        .n{text-align:right;font-variant-numeric:tabular-nums}
        td.n{white-space:nowrap}
        .nowrap{white-space:nowrap}
        .attention{background:#fde8d7}
        footer{margin-top:3rem;font-size:.9rem;color:#404040}
        @media print{nav{display:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
        """
}

extension String {
    /// The first letter upper-cased ("kontaktcenter" → "Kontaktcenter").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
