import Mustache

/// The Mustache templates of the desk page's HTML (`DeskHTML`).
///
/// Exists so the desk's markup is written once, as markup, and every value that goes into it is
/// HTML-escaped by the template engine (`{{name}}`); none uses an unescaped form. Sections stand inline with their
/// markup, never alone on a line, so Mustache's standalone-tag rule drops no line.
enum DeskPageTemplates {
    static let library = MustacheTemplates.library([
        ("head", head), ("tail", tail), ("login", login), ("notFound", notFound),
        ("dashboard", dashboard), ("handout", DeskHandoutTemplates.handout),
        ("block", DeskHandoutTemplates.block),
        ("contact", DeskHandoutTemplates.contact), ("search", DeskSearchTemplates.search),
        ("hits", DeskSearchTemplates.hits), ("article", DeskSearchTemplates.article),
    ])

    /// The start of a desk page, up to and including `<main>`: `title`.
    static let head = """
        \(MustacheTemplates.documentStart)
        <title>{{title}}</title>
        <link rel="stylesheet" href="/assets/desk.css">
        <script src="/assets/desk.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Hoppa till innehållet</a>
        <header class="top"><p class="brand"><a href="/">Vägvisare</a><span class="tagline"> – kunskapsbanken för kontaktcenter och bibliotek</span></p>
        <nav aria-label="Genvägar"><a href="/owner">Förvaltningens vy</a></nav></header>
        <main id="main">

        """

    static let tail = """

        </main>
        </body>
        </html>
        """

    /// The login form; `failed`: why the last attempt did not log in.
    static let login = """
        {{>head}}<h1>Förvaltningens vy</h1>{{#failed}}<p class="error" role="alert">{{failed}}</p>{{/failed}}<form class="login" action="/owner/login" method="post">
        <label for="token">Förvaltningens nyckel</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required>
        <button type="submit">Logga in</button>
        </form>{{>tail}}
        """

    static let notFound = """
        {{>head}}<h1>Hittades inte</h1><p>{{message}}</p><p><a href="/">Till sökningen</a></p>{{>tail}}
        """

    /// The förvaltning's view: reviews due, feedback, gaps and its articles.
    static let dashboard = """
        {{>head}}<h1>Förvaltningens vy: {{ownerName}}</h1>{{#ownerContact}}<p>Kontakt: {{ownerContact}}</p>{{/ownerContact}}\
        <form action="/owner/logout" method="post"><button type="submit">Logga ut</button></form>\
        <p><a href="/owner/report">Rapporten: vad frågar Malmöborna?</a></p>\
        <h2>Att granska inom 30 dagar</h2>{{^due}}<p>Inget att granska.</p>{{/due}}\
        {{#hasOverdue}}<div class="overdue" role="note"><p><strong>Försenade granskningar: {{overdueCount}}</strong></p><ul>\
        {{#overdue}}<li><strong><a href="/articles/{{idPath}}">{{title}}</a></strong> – skulle ha granskats {{reviewBy}}, {{late}} sedan</li>{{/overdue}}\
        </ul></div>{{/hasOverdue}}\
        {{#hasDue}}<table class="stack"><caption>Artiklar att granska, äldst först</caption><thead><tr><th scope="col">Artikel</th><th scope="col">Granskas senast</th><th scope="col">Läge</th><th scope="col">Öppen återkoppling</th></tr></thead><tbody>\
        {{#due}}{{#late}}<tr class="overdue">{{/late}}{{^late}}<tr>{{/late}}<td data-label="Artikel"><a href="/articles/{{idPath}}">{{title}}</a></td><td data-label="Granskas senast">{{reviewBy}}</td>\
        <td data-label="Läge">{{#late}}<strong class="overdue">Försenad {{late}}</strong>{{/late}}{{#today}}Granskas i dag{{/today}}{{#ahead}}Om {{ahead}}{{/ahead}}</td><td data-label="Öppen återkoppling">{{openFeedback}}</td></tr>{{/due}}\
        </tbody></table>{{/hasDue}}\
        <h2>Återkoppling från disken</h2>{{^feedback}}<p>Ingen återkoppling ännu.</p>{{/feedback}}\
        {{#hasFeedback}}<ul class="feedback-list">{{#feedback}}<li>{{date}} · <a href="/articles/{{idPath}}">{{title}}</a> · {{kind}} · {{channel}}{{#comment}}<br>”{{comment}}”{{/comment}}</li>{{/feedback}}</ul>{{/hasFeedback}}\
        <h2>Luckor: frågor utan bra svar</h2>{{^gaps}}<p>Inga luckor i loggen.</p>{{/gaps}}\
        {{#hasGaps}}<table class="stack"><caption>Frågor utan träff eller med svag träff</caption><thead><tr><th scope="col">Fråga</th><th scope="col">Antal</th><th scope="col">Närmast nu</th></tr></thead><tbody>\
        {{#gaps}}<tr><td data-label="Fråga">{{example}}</td><td data-label="Antal">{{count}}</td><td data-label="Närmast nu">{{nearest}}</td></tr>{{/gaps}}\
        </tbody></table>{{/hasGaps}}\
        <h2>Era artiklar</h2><table class="stack"><caption>Alla artiklar</caption><thead><tr><th scope="col">Artikel</th><th scope="col">Läge</th><th scope="col">Granskas senast</th></tr></thead><tbody>\
        {{#articles}}<tr><td data-label="Artikel">{{title}} <span class="meta">({{id}})</span></td><td data-label="Läge">{{status}}</td><td data-label="Granskas senast">{{reviewBy}}</td></tr>{{/articles}}\
        </tbody></table>{{>tail}}
        """
}
