import Foundation
import TestSupport
import Testing

@testable import Insight
@testable import KnowledgeBase

/// `CityReport` and `OwnerDashboard`: the values `kb report` and the desk format.
@Suite struct ReportValuesTests {
    static let today = CivilDate("2026-12-01")!

    static let knowledge = Knowledge(
        registers: Registers(
            owners: [
                Owner(id: "o1", name: "Första", contact: ""), Owner(id: "o2", name: "Andra", contact: ""),
            ]),
        articles: [
            Article(
                id: "a", title: "Alfa", summary: "s", body: [], category: "c", owner: "o1",
                reviewed: "2026-01-01",
                reviewBy: "2026-11-01"),
            Article(
                id: "b", title: "Beta", summary: "s", body: [], category: "c", owner: "o2",
                reviewed: "2026-01-01",
                reviewBy: "2027-06-01"),
        ])

    static let feedback = [
        FeedbackEvent(time: "2026-11-02T10:00:00Z", article: "a", kind: .wrong, channel: "web", comment: ""),
        FeedbackEvent(
            time: "2026-11-03T10:00:00Z", article: "a", kind: .helpful, channel: "web", comment: ""),
        FeedbackEvent(
            time: "2026-11-04T10:00:00Z", article: "b", kind: .outdated, channel: "web", comment: ""),
    ]

    static func emptyLog() -> QueryLog {
        QueryLog(
            directory: TemporaryFolder.make("report-values") + "/Logs")
    }

    @Test func theCityReportNamesOverdueReviewsAndOpenFeedbackNewestFirst() {
        let report = CityReport.gather(
            knowledge: Self.knowledge, index: KnowledgeIndex(knowledge: Self.knowledge), log: Self.emptyLog(),
            feedback: Self.feedback, today: Self.today)
        #expect(report.overdue.map(\.article.id) == ["a"])
        #expect(report.openFeedback.map(\.article) == ["b", "a"])
        #expect(report.titles == ["a": "Alfa", "b": "Beta"])
        #expect(report.owners.count == 2)
        #expect(report.statistics.searches == 0)
        #expect(report.gaps.isEmpty)
    }

    @Test func anOwnersDashboardHoldsOnlyItsOwn() {
        let view = OwnerDashboard.gather(
            owner: "o2", knowledge: Self.knowledge, index: KnowledgeIndex(knowledge: Self.knowledge),
            log: Self.emptyLog(), feedback: Self.feedback, today: Self.today)
        #expect(view.owner?.name == "Andra")
        #expect(view.feedback.map(\.article) == ["b"])
        #expect(view.due.isEmpty)  // b's review is due in June, more than 30 days away
        let all = OwnerDashboard.gather(
            owner: nil, knowledge: Self.knowledge, index: KnowledgeIndex(knowledge: Self.knowledge),
            log: Self.emptyLog(), feedback: Self.feedback, today: Self.today)
        #expect(all.owner == nil)
        #expect(all.feedback.count == 3)
        #expect(all.due.map(\.article.id) == ["a"])
    }
}
