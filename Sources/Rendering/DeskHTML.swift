import Insight
import KnowledgeBase

/// The desk page's HTML for guides, librarians and förvaltningar: the page frame, the login,
/// the förvaltning's view and the not-found page, from `DeskPageTemplates`.
///
/// Exists so the desk server only routes: what a page shows and how it is written is here, in
/// Rendering, and every value goes into the markup escaped by the template engine.
public enum DeskHTML {
    /// A desk page around a body that `DeskHTML` or the desk's own page builders rendered.
    public static func page(title: String, bodyHTML: String) -> String {
        render("frame", ["title": title, "bodyHTML": bodyHTML])
    }

    /// The login form, with why the last attempt failed.
    public static func login(failed: String? = nil) -> String {
        var context: [String: Any] = ["title": "Logga in – Vägvisare"]
        if let failed { context["failed"] = failed }
        return render("login", context)
    }

    public static func notFound(_ message: String) -> String {
        render("notFound", ["title": "Hittades inte – Vägvisare", "message": message])
    }

    /// The förvaltning's view (`owner` nil: all of them): its reviews due (the overdue named
    /// first), the feedback received (newest 50), the gaps (first 30) and its articles.
    public static func dashboard(
        owner: Owner?, knowledge: Knowledge, due: [ReviewItem], feedback: [FeedbackEvent], gaps: [Gap]
    ) -> String {
        var context: [String: Any] = [
            "title": "Förvaltningens vy – Vägvisare", "ownerName": owner?.name ?? "alla förvaltningar",
        ]
        if let owner { context["ownerContact"] = owner.contact }
        let overdue = due.filter { ($0.daysLeft ?? 0) < 0 }
        context["hasOverdue"] = !overdue.isEmpty
        context["overdueCount"] = overdue.count
        context["overdue"] = overdue.map { item -> [String: Any] in
            [
                "idPath": urlEncode(item.article.id), "title": item.article.title,
                "reviewBy": item.article.reviewBy ?? "–", "late": days(-(item.daysLeft ?? 0)),
            ]
        }
        context["hasDue"] = !due.isEmpty
        context["due"] = due.map { item -> [String: Any] in
            let left = item.daysLeft ?? 0
            var row: [String: Any] = [
                "idPath": urlEncode(item.article.id), "title": item.article.title,
                "reviewBy": item.article.reviewBy ?? "–", "openFeedback": item.openFeedback,
            ]
            if left < 0 {
                row["late"] = days(-left)
            } else if left == 0 {
                row["today"] = true
            } else {
                row["ahead"] = days(left)
            }
            return row
        }
        let shownFeedback = feedback.reversed().prefix(50)
        context["hasFeedback"] = !shownFeedback.isEmpty
        context["feedback"] = shownFeedback.map { event -> [String: Any] in
            var row: [String: Any] = [
                "date": String(event.time.prefix(10)), "idPath": urlEncode(event.article),
                "title": knowledge.article(event.article)?.title ?? event.article, "kind": event.kind.label,
                "channel": QueryChannel.label(event.channel),
            ]
            if !event.comment.isEmpty { row["comment"] = event.comment }
            return row
        }
        let shownGaps = gaps.prefix(30)
        context["hasGaps"] = !shownGaps.isEmpty
        context["gaps"] = shownGaps.map { gap -> [String: Any] in
            ["example": gap.example, "count": gap.count, "nearest": gap.nearest?.title ?? "–"]
        }
        context["articles"] = knowledge.articles.filter { owner == nil || $0.owner == owner!.id }.map {
            article -> [String: Any] in
            [
                "title": article.title, "id": article.id, "status": statusWord(article.status),
                "reviewBy": article.reviewBy ?? "–",
            ]
        }
        return render("dashboard", context)
    }

    /// The Swedish word for an article's status.
    public static func statusWord(_ status: ArticleStatus) -> String {
        switch status {
        case .draft: "utkast"
        case .published: "publicerad"
        case .archived: "arkiverad"
        }
    }

    /// "1 dag", "30 dagar".
    public static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagar" }

    /// `text` percent-encoded for a path segment or query value: only unreserved characters
    /// stay as they are.
    public static func urlEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static func render(_ template: String, _ context: [String: Any]) -> String {
        DeskPageTemplates.library.render(context, withTemplate: template) ?? ""
    }
}
