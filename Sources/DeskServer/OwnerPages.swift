import Insight
import KnowledgeBase
import Rendering

/// The förvaltning's view on the desk page: login, and then its articles, reviews due, feedback
/// received and the gaps in its categories.
enum OwnerPages {
    static func login(failed: String? = nil) -> String {
        var body = "<h1>Förvaltningens vy</h1>"
        if let failed { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(failed))</p>" }
        body += """
            <form class="login" action="/owner/login" method="post">
            <label for="token">Förvaltningens nyckel</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required>
            <button type="submit">Logga in</button>
            </form>
            """
        return DeskPages.page(title: "Logga in – Vägvisare", body: body)
    }

    static func dashboard(
        owner: Owner?, knowledge: Knowledge, due: [ReviewItem], feedback: [FeedbackEvent], gaps: [Gap]
    ) -> String {
        let articles = knowledge.outlines.filter { owner == nil || $0.owner == owner!.id }
        var body = "<h1>Förvaltningens vy: \(HTML.escape(owner?.name ?? "alla förvaltningar"))</h1>"
        if let owner { body += "<p>Kontakt: \(HTML.escape(owner.contact))</p>" }
        body +=
            "<form action=\"/owner/logout\" method=\"post\"><button type=\"submit\">Logga ut</button></form>"
        body += "<p><a href=\"/owner/report\">Rapporten: vad frågar Malmöborna?</a></p>"

        body += reviews(due)
        body += feedbackList(feedback, knowledge)

        body += "<h2>Luckor: frågor utan bra svar</h2>"
        if gaps.isEmpty {
            body += "<p>Inga luckor i loggen.</p>"
        } else {
            body +=
                "<table class=\"stack\"><caption>Frågor utan träff eller med svag träff</caption><thead><tr><th scope=\"col\">Fråga</th><th scope=\"col\">Antal</th><th scope=\"col\">Närmast nu</th></tr></thead><tbody>"
            for gap in gaps.prefix(30) {
                body +=
                    "<tr><td data-label=\"Fråga\">\(HTML.escape(gap.example))</td><td data-label=\"Antal\">\(gap.count)</td><td data-label=\"Närmast nu\">\(HTML.escape(gap.nearest?.title ?? "–"))</td></tr>"
            }
            body += "</tbody></table>"
        }

        body +=
            "<h2>Era artiklar</h2><table class=\"stack\"><caption>Alla artiklar</caption><thead><tr><th scope=\"col\">Artikel</th><th scope=\"col\">Läge</th><th scope=\"col\">Granskas senast</th></tr></thead><tbody>"
        for article in articles {
            body +=
                "<tr><td data-label=\"Artikel\">\(HTML.escape(article.title)) <span class=\"meta\">(\(HTML.escape(article.id)))</span></td>"
            body +=
                "<td data-label=\"Läge\">\(statusWord(article.status))</td><td data-label=\"Granskas senast\">\(HTML.escape(article.reviewBy ?? "–"))</td></tr>"
        }
        body += "</tbody></table>"
        return DeskPages.page(title: "Förvaltningens vy – Vägvisare", body: body)
    }

    /// The Swedish word for an article's status.
    static func statusWord(_ status: ArticleStatus) -> String {
        switch status {
        case .draft: "utkast"
        case .published: "publicerad"
        case .archived: "arkiverad"
        }
    }

    /// Reviews due within 30 days, the overdue ones named first and marked.
    static func reviews(_ due: [ReviewItem]) -> String {
        var html = "<h2>Att granska inom 30 dagar</h2>"
        guard !due.isEmpty else { return html + "<p>Inget att granska.</p>" }
        let overdue = due.filter { ($0.daysLeft ?? 0) < 0 }
        if !overdue.isEmpty {
            html +=
                "<div class=\"overdue\" role=\"note\"><p><strong>Försenade granskningar: \(overdue.count)</strong></p><ul>"
            for item in overdue {
                html +=
                    "<li><strong><a href=\"/articles/\(HTML.escape(DeskPages.urlEncode(item.article.id)))\">\(HTML.escape(item.article.title))</a></strong> – skulle ha granskats \(HTML.escape(item.article.reviewBy ?? "–")), \(days(-(item.daysLeft ?? 0))) sedan</li>"
            }
            html += "</ul></div>"
        }
        html +=
            "<table class=\"stack\"><caption>Artiklar att granska, äldst först</caption><thead><tr><th scope=\"col\">Artikel</th><th scope=\"col\">Granskas senast</th><th scope=\"col\">Läge</th><th scope=\"col\">Öppen återkoppling</th></tr></thead><tbody>"
        for item in due {
            let left = item.daysLeft ?? 0
            let state =
                left < 0
                ? "<strong class=\"overdue\">Försenad \(days(-left))</strong>"
                : left == 0 ? "Granskas i dag" : "Om \(days(left))"
            html += left < 0 ? "<tr class=\"overdue\">" : "<tr>"
            html +=
                "<td data-label=\"Artikel\"><a href=\"/articles/\(HTML.escape(DeskPages.urlEncode(item.article.id)))\">\(HTML.escape(item.article.title))</a></td>"
            html += "<td data-label=\"Granskas senast\">\(HTML.escape(item.article.reviewBy ?? "–"))</td>"
            html +=
                "<td data-label=\"Läge\">\(state)</td><td data-label=\"Öppen återkoppling\">\(item.openFeedback)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    /// The feedback received, newest first, with the article's title and what was written.
    static func feedbackList(_ feedback: [FeedbackEvent], _ knowledge: Knowledge) -> String {
        var html = "<h2>Återkoppling från disken</h2>"
        guard !feedback.isEmpty else { return html + "<p>Ingen återkoppling ännu.</p>" }
        html += "<ul class=\"feedback-list\">"
        for event in feedback.reversed().prefix(50) {
            let title = knowledge.outline(event.article)?.title ?? event.article
            html +=
                "<li>\(HTML.escape(String(event.time.prefix(10)))) · <a href=\"/articles/\(HTML.escape(DeskPages.urlEncode(event.article)))\">\(HTML.escape(title))</a> · \(HTML.escape(event.kind.label)) · \(HTML.escape(QueryChannel.label(event.channel)))"
            if !event.comment.isEmpty { html += "<br>”\(HTML.escape(event.comment))”" }
            html += "</li>"
        }
        return html + "</ul>"
    }

    /// "1 dag", "30 dagar".
    static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagar" }
}
