import KnowledgeBase

/// What the city report says, as values: what is asked (per topic, channel and week), what is
/// not answered, how each förvaltning stands with its reviews, and what needs a person's
/// attention.
///
/// Exists so `kb report` and the desk's report page gather the same figures in one place and
/// the front ends only choose the inputs (which index, which days) and the format.
public struct CityReport: Sendable {
    public var statistics: QueryStatistics
    public var gaps: [Gap]
    public var owners: [OwnerSummary]
    /// The first day counted, when limited.
    public var since: CivilDate?
    public var today: CivilDate
    /// Articles whose review date has passed, oldest first.
    public var overdue: [ReviewItem]
    /// Open feedback (criticism newer than the article's last review), newest first.
    public var openFeedback: [FeedbackEvent]
    /// The titles of the articles `openFeedback` is about, by id.
    public var titles: [String: String]

    /// Reads the settled searches of `log` from `since` and works out the report for `knowledge`,
    /// with gaps searched again in `index`.
    public static func gather(
        knowledge: Knowledge, index: KnowledgeIndex, log: some QueryEventSource, feedback: [FeedbackEvent],
        since: CivilDate? = nil, today: CivilDate = .today()
    ) -> CityReport {
        var statistics = QueryStatistics(knowledge: knowledge)
        var analysis = GapAnalysis(index: index, knowledge: knowledge)
        log.forEachSettledEvent(since: since) { event in
            statistics.add(event)
            analysis.add(event)
        }
        let overdue = ReviewSchedule.due(knowledge, today: today, within: -1, feedback: feedback)
        let open = Array(
            feedback.filter { $0.isOpen(reviewed: knowledge.outline($0.article)?.reviewed) }.reversed())
        var titles: [String: String] = [:]
        for event in open { titles[event.article] = knowledge.outline(event.article)?.title }
        return CityReport(
            statistics: statistics, gaps: analysis.gaps(),
            owners: ReviewSchedule.owners(knowledge, feedback: feedback), since: since, today: today,
            overdue: overdue, openFeedback: open, titles: titles)
    }
}
