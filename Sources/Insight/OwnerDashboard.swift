import KnowledgeBase

/// What a förvaltning's own view shows, as values: its reviews due within 30 days, the feedback
/// on its articles and the gaps attributed to it.
///
/// Exists so the desk's owner page only formats; the choice of what an owner sees (the last 90
/// days of settled searches, reviews due within 30 days) is made here, once.
public struct OwnerDashboard: Sendable {
    /// Days of searches the gaps are counted over.
    public static let gapDays = 90
    /// Reviews due within this many days are listed.
    public static let reviewDays = 30

    /// The förvaltning, or nil for all of them (an administrator's view).
    public var owner: Owner?
    public var due: [ReviewItem]
    /// Feedback on the owner's articles.
    public var feedback: [FeedbackEvent]
    /// Gaps attributed to the owner (all gaps for an administrator's view).
    public var gaps: [Gap]

    /// The view of `owner` (an id; nil for all): gaps from `log`'s settled searches of the last
    /// `gapDays` days, searched again in `index`.
    public static func gather(
        owner: String?, knowledge: Knowledge, index: KnowledgeIndex, log: some QueryEventSource,
        feedback allFeedback: [FeedbackEvent],
        today: CivilDate = .today()
    ) -> OwnerDashboard {
        let feedback = allFeedback.filter { owner == nil || knowledge.outline($0.article)?.owner == owner }
        var analysis = GapAnalysis(index: index, knowledge: knowledge)
        log.forEachSettledEvent(since: today.adding(days: -gapDays)) { analysis.add($0) }
        let gaps = analysis.gaps().filter { owner == nil || $0.owner == owner }
        let due = ReviewSchedule.due(
            knowledge, today: today, within: reviewDays, owner: owner, feedback: allFeedback)
        return OwnerDashboard(
            owner: owner.flatMap { knowledge.registers.owner($0) }, due: due, feedback: feedback, gaps: gaps)
    }
}
