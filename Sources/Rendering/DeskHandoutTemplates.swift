/// The Mustache templates of the desk's printed handouts (`DeskHTML.handout`), and the
/// article pieces they are made of: text blocks and referrals.
///
/// Exists so the handouts are written as markup with every value escaped by the template engine
/// (none of these templates uses an unescaped form). Each block and referral value carries all
/// of its keys (false when absent), so that no section falls back to a key of the page around it.
enum DeskHandoutTemplates {
    /// A handout page: `title`, `kind` ("till besökaren"/"för personalen"), and `visitor` or
    /// `staff` with what each shows.
    static let handout = """
        \(MustacheTemplates.documentStart)
        <title>{{title}} – utskrift {{kind}}</title>
        <link rel="stylesheet" href="/assets/desk.css">
        <script src="/assets/desk.js" defer></script>
        </head>
        <body class="handout">
        <main>
        <h1>{{title}}</h1>\
        {{#visitor}}{{#hasEasy}}{{#easy}}{{>block}}{{/easy}}{{/hasEasy}}{{^hasEasy}}<p>{{summary}}</p>{{/hasEasy}}\
        {{#hasReferrals}}<h2>Hit kan du vända dig</h2><ul class="refer">{{#referrals}}<li>{{>contact}}</li>{{/referrals}}</ul>{{/hasReferrals}}\
        <p class="source">Malmö stad. Utskrivet {{today}}.</p>{{/visitor}}\
        {{#staff}}<h2>Läs upp</h2><p class="read-aloud">{{summary}}</p><h2>Text</h2>{{#body}}{{>block}}{{/body}}\
        <h2>Hänvisa till</h2><ul class="refer">{{#referrals}}<li>{{>contact}}</li>{{/referrals}}</ul>\
        {{#legal}}<p>Lagrum: {{legal}}</p>{{/legal}}{{#seeAlso}}<p>Se också: {{seeAlso}}</p>{{/seeAlso}}\
        <p class="source">Ägare: {{ownerName}}. Granskas senast {{reviewBy}}. Utskrivet {{today}}.</p>{{/staff}}\
        <p class="tools"><button type="button" class="print" hidden>Skriv ut</button></p>
        </main>
        </body>
        </html>
        """

    /// One text block: a paragraph, numbered steps, a list, or a staff-only part (recursive).
    static let block = """
        {{#paragraph}}<p>{{text}}</p>{{/paragraph}}\
        {{#steps}}<ol>{{#items}}<li>{{text}}</li>{{/items}}</ol>{{/steps}}\
        {{#list}}<ul>{{#items}}<li>{{text}}</li>{{/items}}</ul>{{/list}}\
        {{#staffOnly}}<div class="staff-only"><p><strong>{{staffLabel}}</strong></p>{{#blocks}}{{>block}}{{/blocks}}</div>{{/staffOnly}}
        """

    /// One referral: the unit and every way to reach it, then the note.
    static let contact = """
        <strong>{{unitName}}</strong>\
        {{#phone}} · <a href="tel:{{digits}}">{{shown}}</a>{{/phone}}\
        {{#email}} · <a href="mailto:{{address}}">{{address}}</a>{{/email}}\
        {{#web}} · <a href="{{href}}">{{shown}}</a>{{/web}}\
        {{#hours}} · {{text}}{{/hours}}{{#place}} · {{text}}{{/place}}\
        {{#note}}<br><span class="note">{{text}}</span>{{/note}}
        """
}
