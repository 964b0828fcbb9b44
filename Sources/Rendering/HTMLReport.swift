import FileSupport
import Insight
import KnowledgeBase

/// The report for the city: what is asked, per topic, channel and week; what is not answered;
/// and how each förvaltning stands with its reviews — as one self-contained HTML page.
///
/// Exists so a förvaltning can open one file, with no server and nothing to install, and see
/// what the desks are asked. The page has no scripts and no external resources: inline CSS,
/// SVG bar charts, and after each chart a table with the same numbers (for screen readers and
/// for copying). Every value is escaped.
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
        var page = Page()
        let weeks = statistics.weeks
        let channels = statistics.channels
        page += "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(HTML.escape(Self.title))</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
        page += "<header>\n<h1>\(HTML.escape(Self.title))</h1>\n"
        if let first = since ?? statistics.firstDay, let last = statistics.lastDay {
            page +=
                "<p class=\"lead\">\(HTML.number(statistics.searches)) sökningar från \(Self.time(first)) "
                + "till och med \(Self.time(last)), \(weeks.count == 1 ? "1 vecka" : "\(weeks.count) veckor"). "
                + "Rapporten skapades \(Self.time(today)).</p>\n"
        } else {
            page +=
                "<p class=\"lead\">Inga sökningar loggade\(since.map { " från \(Self.time($0))" } ?? ""). "
                + "Rapporten skapades \(Self.time(today)).</p>\n"
        }
        page += "<nav aria-label=\"Innehåll\"><ul>"
        for (anchor, heading) in [
            ("per-vecka", "Frågor per vecka och kanal"), ("per-amne", "Mest frågade ämnen"),
            ("amnen-over-tid", "Ämnen vecka för vecka"), ("luckor", "Luckor: frågor utan bra svar"),
            ("forvaltningar", "Förvaltningarnas granskning"),
        ] {
            page += "<li><a href=\"#\(anchor)\">\(HTML.escape(heading))</a></li>"
        }
        page += "</ul></nav>\n</header>\n<main>\n"

        // 1. Searches per week and channel.
        page +=
            "<section aria-labelledby=\"per-vecka\">\n<h2 id=\"per-vecka\">Frågor per vecka och kanal</h2>\n"
        if weeks.isEmpty {
            page += "<p>Inga sökningar i loggen för perioden.</p>\n"
        } else {
            page += weekChart(weeks, channels)
            var rows: [[Cell]] = []
            for week in weeks {
                let totals = channels.map { statistics.total(week: week, channel: $0) }
                rows.append(
                    [.week(week)] + totals.map { .number($0) }
                        + [.number(totals.reduce(0, +))])
            }
            page += table(
                caption: "Sökningar per vecka och kanal",
                columns: ["Vecka (måndag)"] + channels.map { QueryChannel.label($0).capitalizedFirst } + [
                    "Totalt"
                ],
                rows: rows)
        }
        page += "</section>\n"

        // 2. Topics.
        let topics = Array(statistics.topics().prefix(topicLimit))
        page += "<section aria-labelledby=\"per-amne\">\n<h2 id=\"per-amne\">Mest frågade ämnen</h2>\n"
        page +=
            "<p>Ämnet är kategorin för sökningens bästa träff; sökningar som inte hittade något räknas "
            + "som ”\(HTML.escape(QueryStatistics.noHit))”.</p>\n"
        if topics.isEmpty {
            page += "<p>Inga sökningar i loggen för perioden.</p>\n"
        } else {
            page += topicChart(topics.map(\.topic), channels)
            let rows: [[Cell]] = topics.map { topic in
                [.header(topic.topic)]
                    + channels.map { .number(statistics.count(topic: topic.topic, channel: $0)) }
                    + [.number(topic.count)]
            }
            page += table(
                caption: "Sökningar per ämne och kanal, hela perioden",
                columns: ["Ämne"] + channels.map { QueryChannel.label($0).capitalizedFirst } + ["Totalt"],
                rows: rows)
        }
        page += "</section>\n"

        // 3. Topics over time.
        let trend = Array(topics.prefix(trendLimit)).map(\.topic)
        page +=
            "<section aria-labelledby=\"amnen-over-tid\">\n<h2 id=\"amnen-over-tid\">Ämnen vecka för vecka</h2>\n"
        if trend.isEmpty {
            page += "<p>Inga sökningar i loggen för perioden.</p>\n"
        } else {
            page += "<p>De \(trend.count) mest frågade ämnena, alla kanaler.</p>\n"
            let perWeek = weeks.map { week in
                Dictionary(uniqueKeysWithValues: statistics.topics(week: week).map { ($0.topic, $0.count) })
            }
            page += trendChart(trend, weeks, perWeek)
            let rows: [[Cell]] = weeks.enumerated().map { position, week in
                [.week(week)]
                    + trend.map { .number(perWeek[position][$0] ?? 0) }
            }
            page += table(
                caption: "Sökningar per vecka på de \(trend.count) mest frågade ämnena",
                columns: ["Vecka (måndag)"] + trend, rows: rows)
        }
        page += "</section>\n"

        // 4. Gaps.
        page += "<section aria-labelledby=\"luckor\">\n<h2 id=\"luckor\">Luckor: frågor utan bra svar</h2>\n"
        page +=
            "<p>En sökning räknas som en lucka när den inte hittade något eller när bästa träffen inte "
            + "var säker. Bara färdiga sökningar räknas, inte bokstäverna medan frågan skrevs, och inte "
            + "frågor med bara småord. Frågor som bara skiljer sig i stavning, böjning, ordföljd eller "
            + "hopskrivning räknas tillsammans. Förvaltningen är den som äger artiklarna som frågans "
            + "ord handlar om; hör orden inte till någon står det ”ingen”. Närmaste artikel är vad en "
            + "sökning hittar i dag.</p>\n"
        if gaps.isEmpty {
            page += "<p>Inga luckor i perioden.</p>\n"
        } else {
            let shown = gaps.prefix(gapLimit)
            let rows: [[Cell]] = shown.map { gap in
                var nearest = "–"
                if let article = gap.nearest {
                    nearest =
                        article.title + (gap.answeredNow ? " – säker träff i dag" : "")
                }
                return [
                    .header(gap.example), .number(gap.count), .number(gap.noHit),
                    .lines(gap.channels.map { "\(QueryChannel.label($0.channel)) \(HTML.number($0.count))" }),
                    .text(nearest), .text(gap.ownerName ?? gap.owner ?? "ingen"), .date(gap.lastAsked),
                ]
            }
            page += table(
                caption: "De \(shown.count) vanligaste luckorna av \(gaps.count)",
                columns: [
                    "Fråga (exempel)", "Sökningar", "Utan träff", "Per kanal", "Närmaste artikel",
                    "Förvaltning", "Senast",
                ],
                rows: rows)
        }
        page += "</section>\n"

        // 5. Owners.
        page +=
            "<section aria-labelledby=\"forvaltningar\">\n<h2 id=\"forvaltningar\">Förvaltningarnas granskning</h2>\n"
        page +=
            "<p>Försenad: granskningsdatumet har passerat. Öppna synpunkter: kritik från desken som "
            + "är nyare än artikelns senaste granskning. Luckor: sökningar i perioden som troligen "
            + "hör till förvaltningen.</p>\n"
        var gapsPerOwner: [String: Int] = [:]
        for gap in gaps { if let owner = gap.owner { gapsPerOwner[owner, default: 0] += gap.count } }
        let rows: [[Cell]] = owners.map { summary in
            [
                .header(summary.owner.name), .number(summary.published), .number(summary.draft),
                .flagged(summary.overdue), .number(summary.dueWithin30Days), .number(summary.withoutEasyRead),
                .flagged(summary.openFeedback), .number(gapsPerOwner[summary.owner.id] ?? 0),
            ]
        }
        page += table(
            caption: "Granskningsläge per förvaltning den \(today)",
            columns: [
                "Förvaltning", "Publicerade", "Utkast", "Försenade granskningar", "Granskas inom 30 dagar",
                "Utan lättläst", "Öppna synpunkter", "Luckor",
            ],
            rows: rows)
        page += attentionSection()
        page += "</section>\n</main>\n"
        page += "<footer><p>Vägvisare, Malmö stad. Frågorna är loggade utan personuppgifter.</p></footer>\n"
        page += "</body>\n</html>\n"
        return page.text
    }

    /// The overdue reviews by name and the open feedback with what was written.
    private func attentionSection() -> String {
        var html = "<h3 id=\"forsenade\">Försenade granskningar</h3>\n"
        if overdue.isEmpty {
            html += "<p>Inga försenade granskningar.</p>\n"
        } else {
            html += table(
                caption: "Artiklar vars granskningsdatum har passerat, äldst först",
                columns: ["Artikel", "Förvaltning", "Granskas senast", "Försenad", "Öppna synpunkter"],
                rows: overdue.map { item in
                    let late = -(item.daysLeft ?? 0)
                    return [
                        .header(item.article.title), .text(item.owner?.name ?? item.article.owner),
                        .text(item.article.reviewBy ?? "–"), .text(late == 1 ? "1 dag" : "\(late) dagar"),
                        .flagged(item.openFeedback),
                    ]
                })
        }
        html += "<h3 id=\"synpunkter\">Öppna synpunkter</h3>\n"
        if openFeedback.isEmpty {
            html += "<p>Inga öppna synpunkter.</p>\n"
        } else {
            html += table(
                caption: "Synpunkter från disken som är nyare än artikelns senaste granskning",
                columns: ["Artikel", "Datum", "Synpunkt", "Kanal", "Text"],
                rows: openFeedback.prefix(50).map { event in
                    [
                        .header(titles[event.article] ?? event.article), .text(String(event.time.prefix(10))),
                        .text(event.kind.label), .text(QueryChannel.label(event.channel)),
                        .text(event.comment.isEmpty ? "–" : event.comment),
                    ]
                })
        }
        return html
    }

    // MARK: Charts

    private static let chartWidth = 960

    /// Stacked bars per week, one segment per channel, the total above each bar.
    private func weekChart(_ weeks: [ISOWeek], _ channels: [String]) -> String {
        let totals = weeks.map { week in channels.map { statistics.total(week: week, channel: $0) } }
        let maximum = Self.niceCeiling(totals.map { $0.reduce(0, +) }.max() ?? 0)
        let (left, top, plotHeight) = (60, 44, 240)
        let height = top + plotHeight + 44
        let plotWidth = Self.chartWidth - left - 16
        let slot = Double(plotWidth) / Double(weeks.count)
        let barWidth = min(56, slot * 0.7)
        var svg = svgOpen(
            id: "diagram-vecka", height: height, title: "Sökningar per vecka och kanal",
            description:
                "Staplade staplar, en per vecka, delade efter kanal. Samma siffror finns i tabellen under diagrammet."
        )
        svg += legend(channels, y: 14)
        svg += axis(left: left, top: top, width: plotWidth, height: plotHeight, maximum: maximum)
        for (position, week) in weeks.enumerated() {
            let x = Double(left) + slot * Double(position) + (slot - barWidth) / 2
            var base = Double(top + plotHeight)
            for (column, channel) in channels.enumerated() where totals[position][column] > 0 {
                let value = totals[position][column]
                let barHeight = Double(plotHeight) * Double(value) / Double(maximum)
                base -= barHeight
                svg +=
                    "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(base))\" width=\"\(Self.f(barWidth))\" height=\"\(Self.f(barHeight))\" fill=\"\(Self.colour(channel))\"><title>\(HTML.escape("\(week.label), \(QueryChannel.label(channel)): \(value)"))</title></rect>"
            }
            let total = totals[position].reduce(0, +)
            svg +=
                "<text x=\"\(Self.f(x + barWidth / 2))\" y=\"\(Self.f(base - 5))\" text-anchor=\"middle\" class=\"value\">\(HTML.number(total))</text>"
            svg +=
                "<text x=\"\(Self.f(x + barWidth / 2))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">\(HTML.escape(week.label))</text>"
            svg +=
                "<text x=\"\(Self.f(x + barWidth / 2))\" y=\"\(top + plotHeight + 34)\" text-anchor=\"middle\" class=\"small\">\(HTML.escape(String(week.monday.description.dropFirst(5))))</text>"
        }
        return svg + "</svg></div>\n"
    }

    /// Horizontal stacked bars per topic, one segment per channel, the total after each bar.
    private func topicChart(_ topics: [String], _ channels: [String]) -> String {
        let values = topics.map { topic in channels.map { statistics.count(topic: topic, channel: $0) } }
        let maximum = max(values.map { $0.reduce(0, +) }.max() ?? 0, 1)
        let (left, top, row) = (230, 40, 30)
        let plotWidth = Self.chartWidth - left - 70
        let height = top + row * topics.count + 10
        var svg = svgOpen(
            id: "diagram-amne", height: height, title: "Mest frågade ämnen",
            description:
                "Liggande staplar, en per ämne, delade efter kanal. Samma siffror finns i tabellen under diagrammet."
        )
        svg += legend(channels, y: 14)
        for (position, topic) in topics.enumerated() {
            let y = top + row * position
            svg +=
                "<text x=\"\(left - 8)\" y=\"\(y + 19)\" text-anchor=\"end\">\(HTML.escape(Self.shortened(topic, 30)))</text>"
            var x = Double(left)
            for (column, channel) in channels.enumerated() where values[position][column] > 0 {
                let value = values[position][column]
                let width = Double(plotWidth) * Double(value) / Double(maximum)
                svg +=
                    "<rect x=\"\(Self.f(x))\" y=\"\(y + 5)\" width=\"\(Self.f(width))\" height=\"20\" fill=\"\(Self.colour(channel))\"><title>\(HTML.escape("\(topic), \(QueryChannel.label(channel)): \(value)"))</title></rect>"
                x += width
            }
            svg +=
                "<text x=\"\(Self.f(x + 6))\" y=\"\(y + 19)\" class=\"value\">\(HTML.number(values[position].reduce(0, +)))</text>"
        }
        return svg + "</svg></div>\n"
    }

    /// One row of bars per topic, one bar per week, all on one scale.
    private func trendChart(_ topics: [String], _ weeks: [ISOWeek], _ perWeek: [[String: Int]]) -> String {
        let maximum = max(topics.flatMap { topic in perWeek.map { $0[topic] ?? 0 } }.max() ?? 0, 1)
        let (left, top, row, barArea) = (230, 10, 64, 40)
        let plotWidth = Self.chartWidth - left - 16
        let height = top + row * topics.count + 24
        let slot = Double(plotWidth) / Double(weeks.count)
        let barWidth = min(40, slot * 0.6)
        var svg = svgOpen(
            id: "diagram-trend", height: height, title: "Ämnen vecka för vecka",
            description:
                "En rad per ämne med en stapel per vecka, alla på samma skala. Samma siffror finns i tabellen under diagrammet."
        )
        for (position, topic) in topics.enumerated() {
            let baseline = top + row * position + barArea + 8
            svg +=
                "<text x=\"\(left - 8)\" y=\"\(baseline)\" text-anchor=\"end\">\(HTML.escape(Self.shortened(topic, 30)))</text>"
            svg +=
                "<line x1=\"\(left)\" y1=\"\(baseline)\" x2=\"\(left + plotWidth)\" y2=\"\(baseline)\" class=\"axis\"/>"
            for (column, week) in weeks.enumerated() {
                let value = perWeek[column][topic] ?? 0
                let barHeight = Double(barArea) * Double(value) / Double(maximum)
                let x = Double(left) + slot * Double(column) + (slot - barWidth) / 2
                svg +=
                    "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(Double(baseline) - barHeight))\" width=\"\(Self.f(barWidth))\" height=\"\(Self.f(barHeight))\" fill=\"#0b5fa5\"><title>\(HTML.escape("\(topic), \(week.label): \(value)"))</title></rect>"
                svg +=
                    "<text x=\"\(Self.f(x + barWidth / 2))\" y=\"\(Self.f(Double(baseline) - barHeight - 3))\" text-anchor=\"middle\" class=\"small\">\(HTML.number(value))</text>"
            }
        }
        let labelY = top + row * topics.count + 14
        for (column, week) in weeks.enumerated() {
            let x = Double(left) + slot * Double(column) + slot / 2
            svg +=
                "<text x=\"\(Self.f(x))\" y=\"\(labelY)\" text-anchor=\"middle\" class=\"small\">\(HTML.escape(week.label))</text>"
        }
        return svg + "</svg></div>\n"
    }

    private func svgOpen(id: String, height: Int, title: String, description: String) -> String {
        "<div class=\"chart\"><svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-titel \(id)-beskrivning\" "
            + "viewBox=\"0 0 \(Self.chartWidth) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-titel\">\(HTML.escape(title))</title>"
            + "<desc id=\"\(id)-beskrivning\">\(HTML.escape(description))</desc>"
    }

    private func legend(_ channels: [String], y: Int) -> String {
        var svg = "<g class=\"legend\">"
        var x = 0
        for channel in channels {
            let label = QueryChannel.label(channel).capitalizedFirst
            svg +=
                "<rect x=\"\(x)\" y=\"\(y - 11)\" width=\"14\" height=\"14\" fill=\"\(Self.colour(channel))\"/>"
            svg += "<text x=\"\(x + 20)\" y=\"\(y + 1)\">\(HTML.escape(label))</text>"
            x += 40 + 9 * label.count
        }
        return svg + "</g>"
    }

    private func axis(left: Int, top: Int, width: Int, height: Int, maximum: Int) -> String {
        var svg = ""
        for step in 0...4 {
            let value = maximum * step / 4
            let y = top + height - height * step / 4
            svg +=
                "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + width)\" y2=\"\(y)\" class=\"\(step == 0 ? "axis" : "grid")\"/>"
            svg +=
                "<text x=\"\(left - 8)\" y=\"\(y + 5)\" text-anchor=\"end\" class=\"small\">\(HTML.number(value))</text>"
        }
        return svg
    }

    /// The axis maximum for `value`: four grid steps of 1, 2, 3, 4, 5, 6 or 8 × 10ⁿ, the
    /// smallest that reaches `value`, so every grid line is a round whole number.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 3, 4, 5, 6, 8] where 4 * factor * magnitude >= value {
                return 4 * factor * magnitude
            }
            magnitude *= 10
        }
    }

    // MARK: Tables

    private enum Cell {
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
    }

    private func table(caption: String, columns: [String], rows: [[Cell]]) -> String {
        var html = "<div class=\"table\"><table>\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            var numeric = false
            if let first = rows.first, index < first.count {
                switch first[index] {
                case .number, .flagged: numeric = true
                case .header, .text, .date, .lines, .week: numeric = false
                }
            }
            html += "<th scope=\"col\"\(numeric ? " class=\"n\"" : "")>\(HTML.escape(column))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for cell in row {
                switch cell {
                case .header(let text): html += "<th scope=\"row\">\(HTML.escape(text))</th>"
                case .text(let text): html += "<td>\(HTML.escape(text))</td>"
                case .number(let value): html += "<td class=\"n\">\(HTML.number(value))</td>"
                case .date(let date): html += "<td>\(Self.time(date))</td>"
                case .week(let week):
                    html +=
                        "<th scope=\"row\"><span class=\"nowrap\">\(HTML.escape(week.label))</span> "
                        + "(\(Self.time(week.monday)))</th>"
                case .lines(let lines):
                    html +=
                        "<td>"
                        + lines.map { "<span class=\"nowrap\">\(HTML.escape($0))</span>" }.joined(
                            separator: "<br>")
                        + "</td>"
                case .flagged(let value):
                    html +=
                        value > 0
                        ? "<td class=\"n attention\"><strong>\(HTML.number(value))</strong></td>"
                        : "<td class=\"n\">0</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    // MARK: Helpers

    private struct Page {
        var text = ""
        static func += (page: inout Page, part: String) { page.text += part }
    }

    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A date that does not break across lines.
    private static func time(_ date: CivilDate) -> String {
        "<time datetime=\"\(date)\" class=\"nowrap\">\(date)</time>"
    }

    private static func shortened(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

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
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
