import KnowledgeBase

/// An article due (or overdue) for review, with whom to remind.
public struct ReviewItem: Sendable {
    public var article: ArticleOutline
    public var owner: Owner?
    /// Days until `review-by`; negative when overdue; nil when the article has no review date.
    public var daysLeft: Int?
    /// Open feedback on the article (criticism since its last review).
    public var openFeedback: Int
}

/// One förvaltning's standing: its articles, reviews and feedback.
public struct OwnerSummary: Sendable {
    public var owner: Owner
    public var published = 0
    public var draft = 0
    public var archived = 0
    public var overdue = 0
    public var dueWithin30Days = 0
    /// Published articles without lättläst text.
    public var withoutEasyRead = 0
    public var openFeedback = 0
}

/// Which articles need review, and how each owner stands.
///
/// Exists so `kb review`, `kb owners`, the report and the desk page agree on what "due" and
/// "open feedback" mean: due within N days of today by `review-by`; archived articles are never
/// due; feedback is open when it criticises the article and is newer than its last review.
public enum ReviewSchedule {
    /// Articles whose `review-by` is within `days` of `today` (or passed), oldest first.
    public static func due(
        _ knowledge: Knowledge, today: CivilDate = .today(), within days: Int, owner: String? = nil,
        feedback: [FeedbackEvent] = []
    ) -> [ReviewItem] {
        let open = openFeedback(knowledge, feedback)
        var items: [ReviewItem] = []
        for article in knowledge.outlines
        where article.status != .archived && (owner == nil || article.owner == owner) {
            guard let reviewBy = article.reviewBy.flatMap(CivilDate.init) else { continue }
            let left = reviewBy - today
            guard left <= days else { continue }
            items.append(
                ReviewItem(
                    article: article, owner: knowledge.registers.owner(article.owner), daysLeft: left,
                    openFeedback: open[article.id] ?? 0))
        }
        return items.sorted {
            ($0.daysLeft ?? 0, $0.article.id) < ($1.daysLeft ?? 0, $1.article.id)
        }
    }

    /// Every owner in the register, with counts.
    public static func owners(
        _ knowledge: Knowledge, today: CivilDate = .today(), feedback: [FeedbackEvent] = []
    )
        -> [OwnerSummary]
    {
        let open = openFeedback(knowledge, feedback)
        var summaries = knowledge.registers.owners.map { OwnerSummary(owner: $0) }
        var index: [String: Int] = [:]
        for (position, summary) in summaries.enumerated() { index[summary.owner.id] = position }
        for article in knowledge.outlines {
            guard let position = index[article.owner] else { continue }
            switch article.status {
            case .published: summaries[position].published += 1
            case .draft: summaries[position].draft += 1
            case .archived:
                summaries[position].archived += 1
                continue
            }
            if article.status == .published, !article.hasEasyRead {
                summaries[position].withoutEasyRead += 1
            }
            summaries[position].openFeedback += open[article.id] ?? 0
            if let reviewBy = article.reviewBy.flatMap(CivilDate.init) {
                let left = reviewBy - today
                if left < 0 {
                    summaries[position].overdue += 1
                } else if left <= 30 {
                    summaries[position].dueWithin30Days += 1
                }
            }
        }
        return summaries
    }

    /// Open feedback per article id.
    public static func openFeedback(_ knowledge: Knowledge, _ feedback: [FeedbackEvent]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for event in feedback where event.isOpen(reviewed: knowledge.outline(event.article)?.reviewed) {
            counts[event.article, default: 0] += 1
        }
        return counts
    }
}
