import KnowledgeBase

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
        let articles = knowledge.articles.filter { owner == nil || $0.owner == owner!.id }
        var body = "<h1>Förvaltningens vy: \(HTML.escape(owner?.name ?? "alla förvaltningar"))</h1>"
        if let owner { body += "<p>Kontakt: \(HTML.escape(owner.contact))</p>" }
        body +=
            "<form action=\"/owner/logout\" method=\"post\"><button type=\"submit\">Logga ut</button></form>"
        body += "<p><a href=\"/owner/report\">Rapporten: vad frågar Malmöborna?</a></p>"

        body += "<h2>Att granska inom 30 dagar</h2>"
        if due.isEmpty {
            body += "<p>Inget att granska.</p>"
        } else {
            body +=
                "<table><caption>Artiklar att granska, äldst först</caption><thead><tr><th scope=\"col\">Granskas senast</th><th scope=\"col\">Dagar</th><th scope=\"col\">Artikel</th><th scope=\"col\">Öppen återkoppling</th></tr></thead><tbody>"
            for item in due {
                body +=
                    "<tr><td>\(HTML.escape(item.article.reviewBy ?? "–"))</td><td>\(item.daysLeft.map(String.init) ?? "")</td>"
                body +=
                    "<td><a href=\"/articles/\(HTML.escape(item.article.id))\">\(HTML.escape(item.article.title))</a></td>"
                body += "<td>\(item.openFeedback)</td></tr>"
            }
            body += "</tbody></table>"
        }

        body += "<h2>Återkoppling från disken</h2>"
        if feedback.isEmpty {
            body += "<p>Ingen återkoppling ännu.</p>"
        } else {
            body += "<ul class=\"feedback-list\">"
            for event in feedback.reversed().prefix(50) {
                body +=
                    "<li>\(HTML.escape(String(event.time.prefix(10)))) · <a href=\"/articles/\(HTML.escape(event.article))\">\(HTML.escape(event.article))</a> · \(HTML.escape(event.kind.label)) · \(HTML.escape(event.channel))"
                if !event.comment.isEmpty { body += ": \(HTML.escape(event.comment))" }
                body += "</li>"
            }
            body += "</ul>"
        }

        body += "<h2>Luckor: frågor utan bra svar</h2>"
        if gaps.isEmpty {
            body += "<p>Inga luckor i loggen.</p>"
        } else {
            body +=
                "<table><caption>Frågor utan träff eller med svag träff</caption><thead><tr><th scope=\"col\">Fråga</th><th scope=\"col\">Antal</th><th scope=\"col\">Närmast nu</th></tr></thead><tbody>"
            for gap in gaps.prefix(30) {
                body +=
                    "<tr><td>\(HTML.escape(gap.example))</td><td>\(gap.count)</td><td>\(HTML.escape(gap.nearest?.title ?? "–"))</td></tr>"
            }
            body += "</tbody></table>"
        }

        body +=
            "<h2>Era artiklar</h2><table><caption>Alla artiklar</caption><thead><tr><th scope=\"col\">Artikel</th><th scope=\"col\">Status</th><th scope=\"col\">Granskas senast</th></tr></thead><tbody>"
        for article in articles {
            body +=
                "<tr><td>\(HTML.escape(article.title)) <span class=\"meta\">(\(HTML.escape(article.id)))</span></td>"
            body +=
                "<td>\(HTML.escape(article.status.rawValue))</td><td>\(HTML.escape(article.reviewBy ?? "–"))</td></tr>"
        }
        body += "</tbody></table>"
        return DeskPages.page(title: "Förvaltningens vy – Vägvisare", body: body)
    }
}
