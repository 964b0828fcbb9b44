/// The Mustache templates of the desk's search page, its hit list and the article page
/// (`DeskHTML.search`, `.hits`, `.article`).
///
/// Exists so these pages are written as markup with every value escaped by the template engine
/// (none of these templates uses an unescaped form). Every hit, run and origin value carries
/// all of its keys, so no section falls back to a key of the page around it.
enum DeskSearchTemplates {
    /// The search form, and the hits when a search was made (`hasResult`).
    static let search = """
        {{>head}}<h1 class="visually-hidden">Sök i kunskapsbanken</h1>
        <form class="search" role="search" action="/" method="get">
        <div class="row"><label for="q">Vad gäller frågan?</label><input id="q" name="q" type="search" value="{{query}}" autofocus autocomplete="off" aria-describedby="hint" aria-controls="hits"><button type="submit">Sök</button></div>
        <details class="options"{{^hasResult}} open{{/hasResult}}><summary>Kanal<span class="current">: {{#library}}Bibliotek{{/library}}{{^library}}Kontaktcenter{{/library}}</span> och tips</summary>
        <fieldset class="channel"><legend>Var arbetar du?</legend>
        <label><input type="radio" name="channel" value="contact-center"{{^library}} checked{{/library}}> Kontaktcenter</label>
        <label><input type="radio" name="channel" value="library"{{#library}} checked{{/library}}> Bibliotek</label>
        </fieldset>
        <p id="hint" class="hint">Skriv med egna ord, utan å/ä/ö går bra. Pilarna flyttar mellan träffarna, Enter öppnar, Esc går tillbaka hit.</p>
        </details>
        </form>
        <section id="hits" aria-live="polite" aria-label="Träffar">{{#hasResult}}{{>hits}}{{/hasResult}}</section>{{>tail}}
        """

    /// The hits of a search: a warning when the first is not sure, "Menade du …?", the list.
    static let hits = """
        {{#unsure}}<p class="unsure" role="status"><strong>Ingen säker träff</strong>\
        {{#corrected}} – menade du <a href="/?q={{encoded}}">{{text}}</a>?{{/corrected}}\
        {{^corrected}} – kontrollera att artikeln svarar på frågan innan du läser upp.{{/corrected}}</p>{{/unsure}}\
        {{#correctedOnly}}<p class="corrected">Menade du <a href="/?q={{encoded}}">{{text}}</a>?</p>{{/correctedOnly}}\
        {{#none}}<p class="none">Inga träffar för ”{{searched}}”. Prova färre ord eller ett vardagsord (dagis, soc).</p>{{/none}}\
        {{#hasHits}}<ol class="hits">{{#hits}}{{#strong}}<li class="hit"><article>{{/strong}}\
        {{^strong}}<li class="hit weak"><article><p class="weak-label">Osäker träff</p>{{/strong}}\
        <h2><a href="/articles/{{id}}?{{origin}}">{{hitTitle}}</a></h2>\
        <p class="read-aloud">{{#runs}}{{#mark}}<mark>{{text}}</mark>{{/mark}}{{^mark}}{{text}}{{/mark}}{{/runs}}</p>\
        {{#hasReferrals}}<ul class="refer" aria-label="Hänvisa till">{{#referrals}}<li>{{>contact}}</li>{{/referrals}}</ul>{{/hasReferrals}}\
        <p class="meta">{{ownerName}} · {{category}}{{#reviewBy}} · granskas senast {{reviewBy}}{{/reviewBy}}</p></article></li>{{/hits}}</ol>{{/hasHits}}
        """

    /// An article: the text to read aloud and the body, or the lättläst text (`easy`), the
    /// referrals, the law, related articles, who answers for it, and the feedback form.
    static let article = """
        {{>head}}<form class="search again" role="search" action="/" method="get">
        <div class="row"><label for="q">Ny sökning</label><input id="q" name="q" type="search" autocomplete="off"><button type="submit">Sök</button></div>
        </form>
        <p class="back"><a href="/">← Till sökningen</a> <span class="hint">(Esc)</span></p>
        <h1>{{heading}}</h1>{{#sent}}<p class="thanks" role="status">Tack, din återkoppling är sparad.</p>{{/sent}}\
        <p class="tools">{{#easy}}<a href="/articles/{{id}}">Visa vanlig text</a>{{/easy}}{{^easy}}<a href="/articles/{{id}}?easy=1">Visa lättläst text</a>{{/easy}}\
         · <a href="/articles/{{idPath}}?utskrift=besokare">Utskrift till besökaren</a> · <a href="/articles/{{idPath}}?utskrift=personal">Utskrift för personalen</a>\
         · <button type="button" class="print" hidden>Skriv ut</button></p>\
        {{#easy}}<section aria-labelledby="easy"><h2 id="easy">Lättläst</h2>{{#hasEasy}}{{#easyBlocks}}{{>block}}{{/easyBlocks}}{{/hasEasy}}\
        {{^hasEasy}}<p>(Ingen lättläst text finns; här är sammanfattningen.)</p><p>{{summary}}</p>{{/hasEasy}}</section>{{/easy}}\
        {{^easy}}<section aria-labelledby="aloud"><h2 id="aloud">Läs upp</h2><p class="read-aloud">{{summary}}</p></section>\
        <section aria-labelledby="text"><h2 id="text">Text</h2>{{#body}}{{>block}}{{/body}}</section>{{/easy}}\
        <section aria-labelledby="refer"><h2 id="refer">Hänvisa till</h2>{{#hasReferrals}}<ul class="refer" aria-label="Hänvisa till">{{#referrals}}<li>{{>contact}}</li>{{/referrals}}</ul>{{/hasReferrals}}</section>\
        {{#legal}}<p>Lagrum: {{legal}}</p>{{/legal}}\
        {{#hasSeeAlso}}<h2>Se också</h2><ul class="related">{{#seeAlso}}<li><a href="/articles/{{relatedPath}}">{{relatedTitle}}</a></li>{{/seeAlso}}</ul>{{/hasSeeAlso}}\
        <p class="meta">Ägare: {{ownerName}}{{#ownerContact}} – {{ownerContact}}{{/ownerContact}}. Granskas senast {{reviewBy}}.</p>
        <form class="feedback" action="/api/feedback" method="post">
        <fieldset><legend>Var artikeln till hjälp?</legend>
        <input type="hidden" name="id" value="{{id}}">{{#origin}}<input type="hidden" name="q" value="{{q}}"><input type="hidden" name="r" value="{{r}}"><input type="hidden" name="c" value="{{c}}">{{/origin}}
        <label><input type="radio" name="kind" value="helpful" checked> Hjälpsam</label>
        <label><input type="radio" name="kind" value="wrong"> Fel</label>
        <label><input type="radio" name="kind" value="outdated"> Inaktuell</label>
        <label><input type="radio" name="kind" value="unclear"> Otydlig</label>
        <label for="comment">Kommentar (skriv inga personuppgifter)</label>
        <textarea id="comment" name="comment" maxlength="2000" rows="3"></textarea>
        <button type="submit">Skicka</button>
        </fieldset>
        </form>{{>tail}}
        """
}
