import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import Rendering

/// The desk page's templates escape every value but the frame's body slot, and the owner view
/// shows markup from the folder and from guides as text.
@Suite struct DeskPageTemplatesTests {
    @Test func onlyTheFrameTakesHTML() {
        for template in [
            DeskPageTemplates.head, DeskPageTemplates.tail, DeskPageTemplates.login,
            DeskPageTemplates.notFound,
            DeskPageTemplates.dashboard,
        ] {
            #expect(!template.contains("{{{"))
            #expect(!template.contains("{{&"))
        }
        #expect(DeskPageTemplates.frame.components(separatedBy: "{{{").count == 2)
    }

    @Test func markupInTheOwnerViewComesOutAsText() {
        let hostile = "<img src=x onerror=\"alert('x')\"> & mer"
        let article = Article(
            id: "a b", title: hostile, summary: "s", body: [], category: "c", owner: "o",
            reviewBy: "2020-01-01")
        let knowledge = Knowledge(
            registers: Registers(owners: [Owner(id: "o", name: hostile, contact: hostile)], units: []),
            articles: [article])
        let owner = knowledge.registers.owner("o")
        let html = DeskHTML.dashboard(
            owner: owner, knowledge: knowledge,
            due: [ReviewItem(article: article, owner: owner, daysLeft: -3, openFeedback: 1)],
            feedback: [
                FeedbackEvent(
                    time: "2026-01-02T10:00:00Z", article: "a b", kind: .wrong, channel: "web",
                    comment: hostile)
            ], gaps: [])
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=&quot;alert("))
        #expect(html.contains("href=\"/articles/a%20b\""))
        #expect(html.contains("<strong class=\"overdue\">Försenad 3 dagar</strong>"))
        #expect(DeskHTML.login(failed: hostile).contains("role=\"alert\">&lt;img"))
        #expect(DeskHTML.notFound(hostile).contains("<p>&lt;img"))
    }
}
