import Insight
import KnowledgeBase

/// The desk page's HTML for guides, librarians and förvaltningar: the search page and its
/// hits, the article page, the printed handouts, the login, the förvaltning's view and the
/// not-found page, from `DeskPageTemplates`, `DeskSearchTemplates` and `DeskHandoutTemplates`.
///
/// Exists so the desk server only routes: what a page shows and how it is written is here, in
/// Rendering, and every value goes into the markup escaped by the template engine.
public enum DeskHTML {
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
                "title": knowledge.outline(event.article)?.title ?? event.article, "kind": event.kind.label,
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
        context["articles"] = knowledge.outlines.filter { owner == nil || $0.owner == owner!.id }.map {
            article -> [String: Any] in
            [
                "title": article.title, "id": article.id, "status": statusWord(article.status),
                "reviewBy": article.reviewBy ?? "–",
            ]
        }
        return render("dashboard", context)
    }

    /// Where an article page was opened from: the hit list of `query`, at `rank`, in `channel`.
    public typealias HitOrigin = (query: String, rank: Int, channel: String)

    /// The query string a hit link carries (`q=…&r=…&c=…`), so an opened hit can be recorded.
    public static func hitParameters(query: String, rank: Int, channel: String) -> String {
        "q=\(urlEncode(query))&r=\(rank)&c=\(urlEncode(channel))"
    }

    /// The search page; with `result`, its hits (`reviewDates`: review-by dates by article id).
    public static func search(
        query: String, channel: String, result: ArticleSearchResult?, registers: Registers,
        reviewDates: [String: String] = [:]
    ) -> String {
        var context: [String: Any] = [
            "title": query.isEmpty ? "Vägvisare" : "\(query) – Vägvisare", "query": query,
            "library": channel == "library", "hasResult": result != nil,
        ]
        if let result {
            context.merge(hitsContext(result, registers, reviewDates, channel)) { _, new in new }
        }
        return render("search", context)
    }

    /// The hits of a search alone (what the page asks for as the guide types). `channel` goes
    /// into the hit links, so that an opened hit is recorded.
    public static func hits(
        _ result: ArticleSearchResult, registers: Registers, reviewDates: [String: String] = [:],
        channel: String = "contact-center"
    ) -> String {
        render("hits", hitsContext(result, registers, reviewDates, channel))
    }

    private static func hitsContext(
        _ result: ArticleSearchResult, _ registers: Registers, _ reviewDates: [String: String],
        _ channel: String
    ) -> [String: Any] {
        let corrected: Any =
            result.correctedQuery.map { ["encoded": urlEncode($0), "text": $0] as [String: Any] } ?? false
        // A weak first hit is not styled like a right answer: the guide is told to check it.
        let unsure = !result.hits.isEmpty && result.confidence != .strong
        return [
            "unsure": unsure, "corrected": corrected, "correctedOnly": unsure ? false : corrected,
            "none": result.hits.isEmpty, "searched": result.query, "hasHits": !result.hits.isEmpty,
            "hits": result.hits.enumerated().map { rank, hit -> [String: Any] in
                let record = hit.record
                return [
                    "strong": hit.confidence == .strong, "id": record.id,
                    "origin": hitParameters(query: result.query, rank: rank + 1, channel: channel),
                    "hitTitle": record.title, "runs": marked(record.summary, hit.summaryHighlights),
                    "hasReferrals": !record.referrals.isEmpty,
                    "referrals": record.referrals.map { contact($0, registers) },
                    "ownerName": registers.owner(record.owner)?.name ?? record.owner,
                    "category": record.category,
                    "reviewBy": reviewDates[record.id] ?? false,
                ]
            },
        ]
    }

    /// The text in runs, the matched words (byte ranges of its UTF-8) marked.
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> [[String: Any]] {
        let bytes = Array(text.utf8)
        var runs: [[String: Any]] = []
        var cursor = 0
        for range in ranges where range.lowerBound >= cursor && range.upperBound <= bytes.count {
            runs.append([
                "mark": false, "text": String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self),
            ])
            runs.append(["mark": true, "text": String(decoding: bytes[range], as: UTF8.self)])
            cursor = range.upperBound
        }
        runs.append(["mark": false, "text": String(decoding: bytes[cursor...], as: UTF8.self)])
        return runs
    }

    /// An article's desk page. `related`: the titles of the related articles that are
    /// published, by id. `origin`: the hit list it was opened from, carried on by the feedback
    /// form.
    public static func article(
        _ article: Article, registers: Registers, easy: Bool, feedbackSent: Bool,
        related: [String: String] = [:], origin: HitOrigin? = nil
    ) -> String {
        let owner = registers.owner(article.owner)
        let seeAlso = article.related.compactMap { id in
            related[id].map { ["relatedPath": urlEncode(id), "relatedTitle": $0] }
        }
        let easyRead = article.easyRead ?? []
        let context: [String: Any] = [
            "title": "\(article.title) – Vägvisare", "heading": article.title, "sent": feedbackSent,
            "easy": easy,
            "id": article.id, "idPath": urlEncode(article.id), "summary": article.summary,
            "hasEasy": !easyRead.isEmpty, "easyBlocks": blocks(easyRead), "body": blocks(article.body),
            "hasReferrals": !article.referrals.isEmpty,
            "referrals": article.referrals.map { contact($0, registers) },
            "legal": article.legalBasis.isEmpty ? false : article.legalBasis.joined(separator: "; "),
            "hasSeeAlso": !seeAlso.isEmpty, "seeAlso": seeAlso, "ownerName": owner?.name ?? article.owner,
            "ownerContact": owner?.contact ?? false, "reviewBy": article.reviewBy ?? "–",
            "origin": origin.map { ["q": $0.query, "r": $0.rank, "c": $0.channel] as [String: Any] } ?? false,
        ]
        return render("article", context)
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
