import KnowledgeBase
import Rendering

/// The desk page's HTML: the search page with its hits, and the article page.
///
/// Exists apart from the HTTP handling so the markup (escaped, accessible, script-free where it
/// matters) is one place. Every value is escaped with `HTML.escape`; the page works with
/// JavaScript off, and `desk.js` only adds results as you type and keyboard moves.
enum DeskPages {
    static func page(title: String, body: String) -> String {
        DeskHTML.page(title: title, bodyHTML: body)
    }

    static func search(
        query: String, channel: String, result: ArticleSearchResult?, registers: Registers,
        reviewDates: [String: String] = [:]
    ) -> String {
        let library = channel == "library"
        // Once hits show, the channel choice and the hint fold away so the answer is on screen.
        var body = """
            <h1 class="visually-hidden">Sök i kunskapsbanken</h1>
            <form class="search" role="search" action="/" method="get">
            <div class="row"><label for="q">Vad gäller frågan?</label><input id="q" name="q" type="search" value="\(HTML.escape(query))" autofocus autocomplete="off" aria-describedby="hint" aria-controls="hits"><button type="submit">Sök</button></div>
            <details class="options"\(result == nil ? " open" : "")><summary>Kanal<span class="current">: \(library ? "Bibliotek" : "Kontaktcenter")</span> och tips</summary>
            <fieldset class="channel"><legend>Var arbetar du?</legend>
            <label><input type="radio" name="channel" value="contact-center"\(library ? "" : " checked")> Kontaktcenter</label>
            <label><input type="radio" name="channel" value="library"\(library ? " checked" : "")> Bibliotek</label>
            </fieldset>
            <p id="hint" class="hint">Skriv med egna ord, utan å/ä/ö går bra. Pilarna flyttar mellan träffarna, Enter öppnar, Esc går tillbaka hit.</p>
            </details>
            </form>
            <section id="hits" aria-live="polite" aria-label="Träffar">
            """
        if let result {
            body += hits(result, registers: registers, reviewDates: reviewDates, channel: channel)
        }
        body += "</section>"
        return page(title: query.isEmpty ? "Vägvisare" : "\(query) – Vägvisare", body: body)
    }

    /// `channel` goes into the hit links, so that an opened hit is recorded (`DeskClicks`).
    static func hits(
        _ result: ArticleSearchResult, registers: Registers, reviewDates: [String: String] = [:],
        channel: String = "contact-center"
    ) -> String {
        var html = ""
        if !result.hits.isEmpty, result.confidence != .strong {
            // A weak first hit is not styled like a right answer: the guide is told to check it.
            html += "<p class=\"unsure\" role=\"status\"><strong>Ingen säker träff</strong>"
            if let corrected = result.correctedQuery {
                html +=
                    " – menade du <a href=\"/?q=\(HTML.escape(urlEncode(corrected)))\">\(HTML.escape(corrected))</a>?"
            } else {
                html += " – kontrollera att artikeln svarar på frågan innan du läser upp."
            }
            html += "</p>"
        } else if let corrected = result.correctedQuery {
            html +=
                "<p class=\"corrected\">Menade du <a href=\"/?q=\(HTML.escape(urlEncode(corrected)))\">\(HTML.escape(corrected))</a>?</p>"
        }
        guard !result.hits.isEmpty else {
            return html
                + "<p class=\"none\">Inga träffar för ”\(HTML.escape(result.query))”. Prova färre ord eller ett vardagsord (dagis, soc).</p>"
        }
        html += "<ol class=\"hits\">"
        for (rank, hit) in result.hits.enumerated() {
            let record = hit.record
            let origin = DeskClicks.Origin.parameters(query: result.query, rank: rank + 1, channel: channel)
            html +=
                hit.confidence == .strong ? "<li class=\"hit\"><article>" : "<li class=\"hit weak\"><article>"
            if hit.confidence != .strong { html += "<p class=\"weak-label\">Osäker träff</p>" }
            html +=
                "<h2><a href=\"/articles/\(HTML.escape(record.id))?\(HTML.escape(origin))\">\(HTML.escape(record.title))</a></h2>"
            html += "<p class=\"read-aloud\">\(marked(record.summary, hit.summaryHighlights))</p>"
            html += referrals(record.referrals, registers)
            let owner = registers.owner(record.owner)?.name ?? record.owner
            var meta = "\(HTML.escape(owner)) · \(HTML.escape(record.category))"
            if let reviewBy = reviewDates[record.id] { meta += " · granskas senast \(HTML.escape(reviewBy))" }
            html += "<p class=\"meta\">\(meta)</p>"
            html += "</article></li>"
        }
        return html + "</ol>"
    }

    /// The text with matched words in `<mark>`.
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        let bytes = Array(text.utf8)
        var html = ""
        var cursor = 0
        for range in ranges where range.lowerBound >= cursor && range.upperBound <= bytes.count {
            html += HTML.escape(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self))
            html += "<mark>" + HTML.escape(String(decoding: bytes[range], as: UTF8.self)) + "</mark>"
            cursor = range.upperBound
        }
        return html + HTML.escape(String(decoding: bytes[cursor...], as: UTF8.self))
    }

    static func referrals(_ referrals: [Referral], _ registers: Registers) -> String {
        guard !referrals.isEmpty else { return "" }
        var html = "<ul class=\"refer\" aria-label=\"Hänvisa till\">"
        for referral in referrals {
            html += "<li>" + contact(referral, registers) + "</li>"
        }
        return html + "</ul>"
    }

    /// One referral: the unit's name and every way to reach it (phone, e-mail, web or e-service,
    /// hours, address), then the note on when to refer there.
    static func contact(_ referral: Referral, _ registers: Registers) -> String {
        let unit = registers.unit(referral.unit)
        var html = "<strong>\(HTML.escape(unit?.name ?? referral.unit))</strong>"
        if let phone = unit?.phone {
            let digits = phone.filter { $0.isNumber || $0 == "+" }
            html += " · <a href=\"tel:\(HTML.escape(digits))\">\(HTML.escape(phone))</a>"
        }
        if let email = unit?.email, email.contains("@") {
            html += " · <a href=\"mailto:\(HTML.escape(email))\">\(HTML.escape(email))</a>"
        }
        if let web = unit?.web, web.hasPrefix("https://") || web.hasPrefix("http://") {
            let shown = web.drop { $0 != "/" }.dropFirst(2)
            html += " · <a href=\"\(HTML.escape(web))\">\(HTML.escape(String(shown)))</a>"
        }
        if let hours = unit?.hours { html += " · \(HTML.escape(hours))" }
        if let address = unit?.address { html += " · \(HTML.escape(address))" }
        if !referral.note.isEmpty {
            html += "<br><span class=\"note\">\(HTML.escape(referral.note))</span>"
        }
        return html
    }

    /// `related`: the titles of the related articles that are published, by id.
    /// `origin`: the hit list the article was opened from, carried on by the feedback form.
    static func article(
        _ article: Article, registers: Registers, easy: Bool, feedbackSent: Bool,
        related: [String: String] = [:], origin: DeskClicks.Origin? = nil
    ) -> String {
        var body = """
            <form class="search again" role="search" action="/" method="get">
            <div class="row"><label for="q">Ny sökning</label><input id="q" name="q" type="search" autocomplete="off"><button type="submit">Sök</button></div>
            </form>
            <p class="back"><a href="/">← Till sökningen</a> <span class="hint">(Esc)</span></p>
            """
        body += "<h1>\(HTML.escape(article.title))</h1>"
        if feedbackSent {
            body += "<p class=\"thanks\" role=\"status\">Tack, din återkoppling är sparad.</p>"
        }
        let toggle =
            easy
            ? "<a href=\"/articles/\(HTML.escape(article.id))\">Visa vanlig text</a>"
            : "<a href=\"/articles/\(HTML.escape(article.id))?easy=1\">Visa lättläst text</a>"
        let handout = "/articles/\(HTML.escape(urlEncode(article.id)))?utskrift="
        body +=
            "<p class=\"tools\">\(toggle) · <a href=\"\(handout)besokare\">Utskrift till besökaren</a>"
            + " · <a href=\"\(handout)personal\">Utskrift för personalen</a>"
            + " · <button type=\"button\" class=\"print\" hidden>Skriv ut</button></p>"
        if easy {
            body += "<section aria-labelledby=\"easy\"><h2 id=\"easy\">Lättläst</h2>"
            if let easyRead = article.easyRead, !easyRead.isEmpty {
                body += blocks(easyRead)
            } else {
                body +=
                    "<p>(Ingen lättläst text finns; här är sammanfattningen.)</p><p>\(HTML.escape(article.summary))</p>"
            }
            body += "</section>"
        } else {
            body +=
                "<section aria-labelledby=\"aloud\"><h2 id=\"aloud\">Läs upp</h2><p class=\"read-aloud\">\(HTML.escape(article.summary))</p></section>"
            body +=
                "<section aria-labelledby=\"text\"><h2 id=\"text\">Text</h2>\(blocks(article.body))</section>"
        }
        body +=
            "<section aria-labelledby=\"refer\"><h2 id=\"refer\">Hänvisa till</h2>\(referrals(article.referrals, registers))</section>"
        if !article.legalBasis.isEmpty {
            body += "<p>Lagrum: \(HTML.escape(article.legalBasis.joined(separator: "; ")))</p>"
        }
        body += seeAlso(article, related)
        let owner = registers.owner(article.owner)
        body += "<p class=\"meta\">Ägare: \(HTML.escape(owner?.name ?? article.owner))"
        if let contact = owner?.contact { body += " – \(HTML.escape(contact))" }
        body += ". Granskas senast \(HTML.escape(article.reviewBy ?? "–")).</p>"
        body += """
            <form class="feedback" action="/api/feedback" method="post">
            <fieldset><legend>Var artikeln till hjälp?</legend>
            <input type="hidden" name="id" value="\(HTML.escape(article.id))">\(DeskClicks.hiddenFields(origin))
            <label><input type="radio" name="kind" value="helpful" checked> Hjälpsam</label>
            <label><input type="radio" name="kind" value="wrong"> Fel</label>
            <label><input type="radio" name="kind" value="outdated"> Inaktuell</label>
            <label><input type="radio" name="kind" value="unclear"> Otydlig</label>
            <label for="comment">Kommentar (skriv inga personuppgifter)</label>
            <textarea id="comment" name="comment" maxlength="2000" rows="3"></textarea>
            <button type="submit">Skicka</button>
            </fieldset>
            </form>
            """
        return page(title: "\(article.title) – Vägvisare", body: body)
    }

    /// "Se också": the related articles that are published, by title.
    static func seeAlso(_ article: Article, _ related: [String: String]) -> String {
        let shown = article.related.compactMap { id in related[id].map { (id, $0) } }
        guard !shown.isEmpty else { return "" }
        var html = "<h2>Se också</h2><ul class=\"related\">"
        for (id, title) in shown {
            html += "<li><a href=\"/articles/\(HTML.escape(urlEncode(id)))\">\(HTML.escape(title))</a></li>"
        }
        return html + "</ul>"
    }

    static func blocks(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): "<p>\(HTML.escape(text))</p>"
            case .steps(let steps): "<ol>" + steps.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ol>"
            case .list(let items): "<ul>" + items.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
            case .staff(let inner):
                "<div class=\"staff-only\"><p><strong>\(HTML.escape(ArticleText.staffLabel))</strong></p>"
                    + Self.blocks(inner) + "</div>"
            }
        }.joined()
    }

    static func urlEncode(_ text: String) -> String { DeskHTML.urlEncode(text) }

    static func notFound(_ message: String) -> String { DeskHTML.notFound(message) }
}
