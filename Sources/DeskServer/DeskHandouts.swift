import KnowledgeBase
import Rendering

/// The printed handouts of an article: one to give a visitor, one for the staff's own folder.
///
/// Exists because a page printed from the screen carries what is not meant for paper: the
/// navigation, the search box, the feedback form, article ids and, for a visitor, notes meant
/// for staff. A handout is its own page with none of that: the visitor's has the lättläst text
/// (or the summary when there is none) and where to turn; the staff's has the text to read
/// aloud, the whole body with the staff-only parts, the referrals and who answers for it.
enum DeskHandouts {
    /// Who a handout is for; the value of `?utskrift=` on the article's address.
    enum Reader: String {
        case visitor = "besokare"
        case staff = "personal"
    }

    static func page(
        _ article: Article, for reader: Reader, registers: Registers, related: [String: String] = [:],
        today: CivilDate = .today()
    ) -> String {
        var body = "<h1>\(HTML.escape(article.title))</h1>"
        switch reader {
        case .visitor:
            if let easyRead = article.easyRead?.withoutStaffText, !easyRead.isEmpty {
                body += DeskPages.blocks(easyRead)
            } else {
                body += "<p>\(HTML.escape(article.summary))</p>"
            }
            if !article.referrals.isEmpty {
                // The referral notes are written for guides; a visitor gets the ways to reach.
                body += "<h2>Hit kan du vända dig</h2>" + contacts(article, registers, notes: false)
            }
            body += "<p class=\"source\">Malmö stad. Utskrivet \(today).</p>"
        case .staff:
            body += "<h2>Läs upp</h2><p class=\"read-aloud\">\(HTML.escape(article.summary))</p>"
            body += "<h2>Text</h2>" + DeskPages.blocks(article.body)
            body += "<h2>Hänvisa till</h2>" + contacts(article, registers, notes: true)
            if !article.legalBasis.isEmpty {
                body += "<p>Lagrum: \(HTML.escape(article.legalBasis.joined(separator: "; ")))</p>"
            }
            let titles = article.related.compactMap { related[$0] }
            if !titles.isEmpty {
                body += "<p>Se också: \(HTML.escape(titles.joined(separator: "; ")))</p>"
            }
            let owner = registers.owner(article.owner)
            body += "<p class=\"source\">Ägare: \(HTML.escape(owner?.name ?? article.owner))"
            body += ". Granskas senast \(HTML.escape(article.reviewBy ?? "–")). Utskrivet \(today).</p>"
        }
        body += "<p class=\"tools\"><button type=\"button\" class=\"print\" hidden>Skriv ut</button></p>"
        let kind = reader == .visitor ? "till besökaren" : "för personalen"
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(article.title)) – utskrift \(kind)</title>
            <link rel="stylesheet" href="/assets/desk.css">
            <script src="/assets/desk.js" defer></script>
            </head>
            <body class="handout">
            <main>
            \(body)
            </main>
            </body>
            </html>
            """
    }

    /// The referrals as a list, each with every way to reach the unit.
    private static func contacts(_ article: Article, _ registers: Registers, notes: Bool) -> String {
        "<ul class=\"refer\">"
            + article.referrals.map {
                "<li>" + DeskPages.contact(notes ? $0 : Referral(unit: $0.unit), registers) + "</li>"
            }.joined() + "</ul>"
    }
}
