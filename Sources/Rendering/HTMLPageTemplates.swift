import Mustache

/// The Mustache templates of the public web pages (`HTMLPages`).
///
/// Exists so the pages' markup is written once, as markup, and every value that goes into it is
/// HTML-escaped by the template engine (`{{name}}`); no template here uses the unescaped form.
/// Text that keeps its numbers on one line comes as runs (`run`): plain text, or a number run
/// that goes in a `nowrap` span. Sections stand inline with their markup, never alone on a line,
/// so no line of output is dropped or added by Mustache's standalone-tag rule.
enum HTMLPageTemplates {
    static let library = MustacheTemplates.library([
        ("head", head), ("tail", tail), ("run", run), ("block", block), ("page", page), ("index", index),
    ])

    /// The start of a page, up to and including `<main>`: `pageTitle`, `pageDescription`, `isIndex`.
    static let head = """
        \(MustacheTemplates.documentStart)
        <title>{{pageTitle}}</title>
        <meta name="description" content="{{pageDescription}}">
        <style>
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#fff;color:#1b1b1b;font-size:1.125rem;line-height:1.6;
          font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        .site-header,main,.site-footer{max-width:44rem;margin:0 auto;padding:0 1rem}
        .site-header{padding-top:.75rem;padding-bottom:.75rem;border-bottom:4px solid #004990}
        .site-header p{margin:0;font-weight:700}
        a{color:#004990;text-decoration:underline;text-underline-offset:.15em}
        a:hover{text-decoration-thickness:.15em}
        a:focus{outline:3px solid #1b1b1b;outline-offset:0;background:#ffd530;color:#1b1b1b}
        .skip{position:absolute;left:1rem;top:-100rem;z-index:1;padding:.5rem 1rem;
          background:#ffd530;color:#1b1b1b;font-weight:700}
        .skip:focus{top:.5rem}
        main:focus{outline:none}
        h1,h2,h3{line-height:1.25;overflow-wrap:break-word;hyphens:auto}
        h1{font-size:2rem;margin:1.5rem 0 1rem}
        h2{font-size:1.5rem;margin:2.25rem 0 .75rem}
        h3{font-size:1.25rem;margin:0 0 .5rem}
        p,li,dd{overflow-wrap:break-word;max-width:40em}
        li{margin-bottom:.4rem}
        .summary{font-size:1.25rem}
        .easy{margin-top:2.25rem;padding:.25rem 1rem 1rem;background:#eef4fa;border-left:6px solid #004990}
        .easy h2{margin-top:1rem}
        .contact{margin:1rem 0;padding:1rem;border:1px solid #767676;border-radius:4px}
        .contact p{margin:0 0 .5rem}
        .contact dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
        .contact dt{font-weight:700}
        .contact dd{margin:0}
        .nowrap{white-space:nowrap}
        .topics{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding-left:0;list-style:none}
        .pages{padding-left:1.25rem}
        .pages p{margin:.1rem 0 1rem}
        .meta{margin-top:2.5rem;padding-top:1rem;border-top:1px solid #767676;font-size:1rem;color:#3d3d3d}
        .meta p{margin:.25rem 0}
        .site-footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:4px solid #004990;
          font-size:1rem}
        @media (max-width:30rem){
          body{font-size:1.0625rem}
          h1{font-size:1.625rem}
          h2{font-size:1.3rem}
          h3{font-size:1.125rem}
          .contact{padding:.75rem}
          .easy{padding:.25rem .75rem .75rem}
          .contact dl{display:block}
          .contact dd{margin-bottom:.5rem}
        }
        </style>
        </head>
        <body>
        <a class="skip" href="#innehall">Hoppa till innehållet</a>
        <header class="site-header">
        {{#isIndex}}<p>Malmö stad – frågor och svar</p>{{/isIndex}}{{^isIndex}}<p><a href="index.html">Malmö stad – frågor och svar</a></p>{{/isIndex}}
        </header>
        <main id="innehall" tabindex="-1">

        """

    /// The end of a page: the site footer (`center…`: the kontaktcenter, when the register has it).
    static let tail = """
        </main>
        <footer class="site-footer">
        {{#center}}<p>Frågor? Ring {{#centerName}}{{>run}}{{/centerName}}, {{#centerTel}}<a href="tel:{{centerTel}}">{{/centerTel}}{{#centerPhone}}{{>run}}{{/centerPhone}}{{#centerTel}}</a>{{/centerTel}}{{#hasHours}} ({{#centerHours}}{{>run}}{{/centerHours}}){{/hasHours}}.</p>
        {{/center}}<p><a href="index.html">Alla frågor och svar</a></p>
        </footer>
        </body>
        </html>

        """

    /// One run of text: `text`, in a `nowrap` span when `nowrap`.
    static let run = """
        {{#nowrap}}<span class="nowrap">{{text}}</span>{{/nowrap}}{{^nowrap}}{{text}}{{/nowrap}}
        """

    /// One block: a paragraph (`isParagraph`, `runs`) or a list (`listTag`, `items`).
    static let block = """
        {{#isParagraph}}<p>{{#runs}}{{>run}}{{/runs}}</p>
        {{/isParagraph}}{{#listTag}}<{{listTag}}>
        {{#items}}<li>{{#runs}}{{>run}}{{/runs}}</li>
        {{/items}}</{{listTag}}>
        {{/listTag}}
        """

    /// One article's page.
    static let page = """
        {{>head}}<article>
        <h1>{{#title}}{{>run}}{{/title}}</h1>
        <p class="summary">{{#summary}}{{>run}}{{/summary}}</p>
        {{#hasEasyRead}}<p class="to-easy"><a href="#lattlast">Läs en lättläst text om det här</a></p>
        {{/hasEasyRead}}{{#hasBody}}<h2>Mer information</h2>
        {{#body}}{{>block}}{{/body}}{{/hasBody}}{{#hasEasyRead}}<section class="easy" aria-labelledby="lattlast">
        <h2 id="lattlast">Lättläst</h2>
        {{#easyRead}}{{>block}}{{/easyRead}}</section>
        {{/hasEasyRead}}{{#hasContacts}}<section aria-labelledby="kontakt">
        <h2 id="kontakt">Hit kan du vända dig</h2>
        {{#contacts}}<div class="contact">
        <h3>{{#unitName}}{{>run}}{{/unitName}}</h3>
        {{#hasNote}}<p>{{#note}}{{>run}}{{/note}}</p>
        {{/hasNote}}{{#hasRows}}<dl>
        {{#rows}}<dt>{{label}}</dt><dd>{{#href}}<a href="{{href}}">{{/href}}{{#runs}}{{>run}}{{/runs}}{{#href}}</a>{{/href}}</dd>
        {{/rows}}</dl>
        {{/hasRows}}</div>
        {{/contacts}}</section>
        {{/hasContacts}}{{#hasLaws}}<section aria-labelledby="lagar">
        <h2 id="lagar">Lagar och regler</h2>
        <ul>
        {{#laws}}<li>{{#runs}}{{>run}}{{/runs}}</li>
        {{/laws}}</ul>
        </section>
        {{/hasLaws}}{{#hasRelated}}<section aria-labelledby="las-ocksa">
        <h2 id="las-ocksa">Läs också</h2>
        <ul>
        {{#related}}<li><a href="{{file}}">{{#runs}}{{>run}}{{/runs}}</a></li>
        {{/related}}</ul>
        </section>
        {{/hasRelated}}<footer class="meta">
        <p>Ansvarig för sidan: {{#ownerName}}{{>run}}{{/ownerName}}.</p>
        {{#reviewed}}<p>Senast granskad: <time datetime="{{date}}">{{#readable}}{{>run}}{{/readable}}</time>.</p>
        {{/reviewed}}</footer>
        </article>
        {{>tail}}
        """

    /// The index page.
    static let index = """
        {{>head}}<h1>{{#heading}}{{>run}}{{/heading}}</h1>
        {{#isEmpty}}<p>Det finns inga sidor här ännu.</p>
        {{/isEmpty}}{{#hasTopics}}<nav aria-labelledby="amnen">
        <h2 id="amnen">Ämnen</h2>
        <ul class="topics">
        {{#categories}}<li><a href="#{{anchor}}">{{#name}}{{>run}}{{/name}}</a></li>
        {{/categories}}</ul>
        </nav>
        {{/hasTopics}}{{#categories}}<section aria-labelledby="{{anchor}}">
        <h2 id="{{anchor}}">{{#name}}{{>run}}{{/name}}</h2>
        <ul class="pages">
        {{#pages}}<li><a href="{{file}}">{{#runs}}{{>run}}{{/runs}}</a><p>{{#summary}}{{>run}}{{/summary}}</p></li>
        {{/pages}}</ul>
        </section>
        {{/categories}}{{>tail}}
        """
}
