import Mustache

/// The Mustache templates of the city report (`HTMLReport`): the page, its tables, its SVG charts.
///
/// Exists so the report's markup is written once, as markup, and every value that goes into it —
/// queries callers typed, titles, names, comments, and the chart coordinates computed in Swift —
/// is HTML-escaped by the template engine (`{{name}}`); none uses an unescaped form. Sections
/// stand inline with their markup, never alone on a line, so Mustache's standalone-tag rule drops
/// no line.
enum HTMLReportTemplates {
    static let library = MustacheLibrary.report

    /// A date that does not break across lines: `day`.
    static let time = """
        <time datetime="{{day}}" class="nowrap">{{day}}</time>
        """

    /// A table with a caption, column headers and rows of typed cells (`HTMLReport.Cell`).
    static let table = """
        <div class="table"><table>
        <caption>{{caption}}</caption>
        <thead><tr>{{#columns}}<th scope="col"{{#numeric}} class="n"{{/numeric}}>{{label}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#cells}}{{>cell}}{{/cells}}</tr>
        {{/rows}}</tbody>
        </table></div>

        """

    /// One table cell; exactly one of its kind flags is set.
    static let cell = """
        {{#cellHeader}}<th scope="row">{{value}}</th>{{/cellHeader}}\
        {{#cellText}}<td>{{value}}</td>{{/cellText}}\
        {{#cellNumber}}<td class="n">{{value}}</td>{{/cellNumber}}\
        {{#cellAttention}}<td class="n attention"><strong>{{value}}</strong></td>{{/cellAttention}}\
        {{#cellZero}}<td class="n">0</td>{{/cellZero}}\
        {{#cellDate}}<td>{{>time}}</td>{{/cellDate}}\
        {{#cellWeek}}<th scope="row"><span class="nowrap">{{label}}</span> ({{>time}})</th>{{/cellWeek}}\
        {{#cellLines}}<td>{{#lines}}{{#br}}<br>{{/br}}<span class="nowrap">{{line}}</span>{{/lines}}</td>{{/cellLines}}
        """

    /// An SVG chart: `id`, `height`, `title`, `description`, an optional `legend` and `shapes`.
    static let chart = """
        <div class="chart"><svg class="chart" role="img" aria-labelledby="{{id}}-titel {{id}}-beskrivning" \
        viewBox="0 0 {{width}} {{height}}" xmlns="http://www.w3.org/2000/svg">\
        <title id="{{id}}-titel">{{title}}</title><desc id="{{id}}-beskrivning">{{description}}</desc>\
        {{#hasLegend}}<g class="legend">{{#legend}}{{>shape}}{{/legend}}</g>{{/hasLegend}}\
        {{#shapes}}{{>shape}}{{/shapes}}</svg></div>

        """

    /// One element of a chart: a bar (with a tooltip `tip` or none), a label or a line.
    static let shape = """
        {{#isRect}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="{{fill}}"\
        {{#tip}}><title>{{tip}}</title></rect>{{/tip}}{{^tip}}/>{{/tip}}{{/isRect}}\
        {{#isText}}<text x="{{x}}" y="{{y}}"{{#anchor}} text-anchor="{{anchor}}"{{/anchor}}\
        {{#cls}} class="{{cls}}"{{/cls}}>{{text}}</text>{{/isText}}\
        {{#isLine}}<line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" class="{{cls}}"/>{{/isLine}}
        """

    /// What a section shows: its chart and table, or `empty` when there is nothing to show.
    static let content = """
        {{#chart}}{{>chart}}{{/chart}}{{#table}}{{>table}}{{/table}}
        """

    /// The page.
    static let report = """
        \(MustacheTemplates.documentStart)
        <title>\(HTMLReport.title)</title>
        <style>\(HTMLReport.css)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLReport.title)</h1>
        {{#period}}<p class="lead">{{searches}} sökningar från {{#first}}{{>time}}{{/first}} \
        till och med {{#last}}{{>time}}{{/last}}, {{weeks}}. Rapporten skapades {{#today}}{{>time}}{{/today}}.</p>{{/period}}\
        {{^period}}<p class="lead">Inga sökningar loggade{{#since}} från {{>time}}{{/since}}. \
        Rapporten skapades {{#today}}{{>time}}{{/today}}.</p>{{/period}}
        <nav aria-label="Innehåll"><ul><li><a href="#per-vecka">Frågor per vecka och kanal</a></li>\
        <li><a href="#per-amne">Mest frågade ämnen</a></li><li><a href="#amnen-over-tid">Ämnen vecka för vecka</a></li>\
        <li><a href="#luckor">Luckor: frågor utan bra svar</a></li>\
        <li><a href="#forvaltningar">Förvaltningarnas granskning</a></li></ul></nav>
        </header>
        <main>
        <section aria-labelledby="per-vecka">
        <h2 id="per-vecka">Frågor per vecka och kanal</h2>
        {{#weekSection}}{{>content}}{{/weekSection}}{{^weekSection}}<p>Inga sökningar i loggen för perioden.</p>
        {{/weekSection}}</section>
        <section aria-labelledby="per-amne">
        <h2 id="per-amne">Mest frågade ämnen</h2>
        <p>Ämnet är kategorin för sökningens bästa träff; sökningar som inte hittade något räknas som ”{{noHit}}”.</p>
        {{#topicSection}}{{>content}}{{/topicSection}}{{^topicSection}}<p>Inga sökningar i loggen för perioden.</p>
        {{/topicSection}}</section>
        <section aria-labelledby="amnen-over-tid">
        <h2 id="amnen-over-tid">Ämnen vecka för vecka</h2>
        {{#trendSection}}<p>De {{count}} mest frågade ämnena, alla kanaler.</p>
        {{>content}}{{/trendSection}}{{^trendSection}}<p>Inga sökningar i loggen för perioden.</p>
        {{/trendSection}}</section>
        <section aria-labelledby="luckor">
        <h2 id="luckor">Luckor: frågor utan bra svar</h2>
        <p>En sökning räknas som en lucka när den inte hittade något eller när bästa träffen inte \
        var säker. Bara färdiga sökningar räknas, inte bokstäverna medan frågan skrevs, och inte \
        frågor med bara småord. Frågor som bara skiljer sig i stavning, böjning, ordföljd eller \
        hopskrivning räknas tillsammans. Förvaltningen är den som äger artiklarna som frågans \
        ord handlar om; hör orden inte till någon står det ”ingen”. Närmaste artikel är vad en \
        sökning hittar i dag.</p>
        {{#gapSection}}{{>content}}{{/gapSection}}{{^gapSection}}<p>Inga luckor i perioden.</p>
        {{/gapSection}}</section>
        <section aria-labelledby="forvaltningar">
        <h2 id="forvaltningar">Förvaltningarnas granskning</h2>
        <p>Försenad: granskningsdatumet har passerat. Öppna synpunkter: kritik från desken som \
        är nyare än artikelns senaste granskning. Luckor: sökningar i perioden som troligen \
        hör till förvaltningen.</p>
        {{#ownerSection}}{{>content}}{{/ownerSection}}<h3 id="forsenade">Försenade granskningar</h3>
        {{#overdueSection}}{{>content}}{{/overdueSection}}{{^overdueSection}}<p>Inga försenade granskningar.</p>
        {{/overdueSection}}<h3 id="synpunkter">Öppna synpunkter</h3>
        {{#feedbackSection}}{{>content}}{{/feedbackSection}}{{^feedbackSection}}<p>Inga öppna synpunkter.</p>
        {{/feedbackSection}}</section>
        </main>
        <footer><p>Vägvisare, Malmö stad. Frågorna är loggade utan personuppgifter.</p></footer>
        </body>
        </html>

        """
}

extension MustacheLibrary {
    /// The report's templates, registered once.
    fileprivate static let report = MustacheTemplates.library([
        ("report", HTMLReportTemplates.report), ("content", HTMLReportTemplates.content),
        ("table", HTMLReportTemplates.table), ("cell", HTMLReportTemplates.cell),
        ("chart", HTMLReportTemplates.chart), ("shape", HTMLReportTemplates.shape),
        ("time", HTMLReportTemplates.time),
    ])
}
