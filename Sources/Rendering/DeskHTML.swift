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

    /// Who a printed handout is for; the raw value is `?utskrift=` on the article's address.
    public enum HandoutReader: String, Sendable {
        case visitor = "besokare"
        case staff = "personal"
    }

    /// A printed handout of `article`: for a visitor the lättläst text without the staff parts
    /// (or the summary when there is none) and where to turn, without the referral notes meant
    /// for guides; for the staff the text to read aloud, the whole body, the referrals, the law,
    /// related titles (`related`: published ones by id) and who answers for it. Neither has the
    /// navigation, the search box, the feedback form or article ids.
    public static func handout(
        _ article: Article, for reader: HandoutReader, registers: Registers, related: [String: String] = [:],
        today: CivilDate = .today()
    ) -> String {
        var context: [String: Any] = [
            "title": article.title, "summary": article.summary, "today": "\(today)",
            "kind": reader == .visitor ? "till besökaren" : "för personalen",
        ]
        switch reader {
        case .visitor:
            let easy = article.easyRead?.withoutStaffText ?? []
            context["visitor"] = true
            context["hasEasy"] = !easy.isEmpty
            context["easy"] = blocks(easy)
            context["hasReferrals"] = !article.referrals.isEmpty
            // The referral notes are written for guides; a visitor gets the ways to reach.
            context["referrals"] = article.referrals.map { contact(Referral(unit: $0.unit), registers) }
        case .staff:
            context["staff"] = true
            context["body"] = blocks(article.body)
            context["referrals"] = article.referrals.map { contact($0, registers) }
            context["legal"] = article.legalBasis.isEmpty ? false : article.legalBasis.joined(separator: "; ")
            let titles = article.related.compactMap { related[$0] }
            context["seeAlso"] = titles.isEmpty ? false : titles.joined(separator: "; ")
            context["ownerName"] = registers.owner(article.owner)?.name ?? article.owner
            context["reviewBy"] = article.reviewBy ?? "–"
        }
        return render("handout", context)
    }

    /// Template values of text blocks (`DeskHandoutTemplates.block`), every key present.
    static func blocks(_ blocks: [Block]) -> [[String: Any]] {
        blocks.map { block in
            var value: [String: Any] = [
                "paragraph": false, "steps": false, "list": false, "staffOnly": false,
            ]
            switch block {
            case .paragraph(let text): value["paragraph"] = ["text": text]
            case .steps(let steps): value["steps"] = ["items": steps.map { ["text": $0] }]
            case .list(let items): value["list"] = ["items": items.map { ["text": $0] }]
            case .staff(let inner):
                value["staffOnly"] =
                    ["staffLabel": ArticleText.staffLabel, "blocks": Self.blocks(inner)] as [String: Any]
            }
            return value
        }
    }

    /// Template values of one referral (`DeskHandoutTemplates.contact`), every key present: only
    /// an address with `@` becomes a mail link and only an http(s) address a web link.
    static func contact(_ referral: Referral, _ registers: Registers) -> [String: Any] {
        let unit = registers.unit(referral.unit)
        var value: [String: Any] = [
            "unitName": unit?.name ?? referral.unit, "phone": false, "email": false, "web": false,
            "hours": false,
            "place": false, "note": referral.note.isEmpty ? false : ["text": referral.note],
        ]
        if let phone = unit?.phone {
            value["phone"] = ["digits": phone.filter { $0.isNumber || $0 == "+" }, "shown": phone]
        }
        if let email = unit?.email, email.contains("@") { value["email"] = ["address": email] }
        if let web = unit?.web, web.hasPrefix("https://") || web.hasPrefix("http://") {
            value["web"] = ["href": web, "shown": String(web.drop { $0 != "/" }.dropFirst(2))]
        }
        if let hours = unit?.hours { value["hours"] = ["text": hours] }
        if let address = unit?.address { value["place"] = ["text": address] }
        return value
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
