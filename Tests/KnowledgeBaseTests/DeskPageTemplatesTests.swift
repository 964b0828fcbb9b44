import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import Rendering

/// The desk page's templates escape every value: markup from the folder and from guides
/// comes out as text.
@Suite struct DeskPageTemplatesTests {
    @Test func noTemplateWritesAValueUnescaped() {
        for template in [
            DeskPageTemplates.head, DeskPageTemplates.tail, DeskPageTemplates.login,
            DeskPageTemplates.notFound,
            DeskPageTemplates.dashboard, DeskHandoutTemplates.handout, DeskHandoutTemplates.block,
            DeskHandoutTemplates.contact, DeskSearchTemplates.search, DeskSearchTemplates.hits,
            DeskSearchTemplates.article,
        ] {
            #expect(!template.contains("{{{"))
            #expect(!template.contains("{{&"))
        }
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
            due: [ReviewItem(article: ArticleOutline(article), owner: owner, daysLeft: -3, openFeedback: 1)],
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

    @Test func aHandoutShowsMarkupAsTextAndKeepsStaffPartsFromVisitors() {
        let hostile = "<b>fet</b> & \"citat\""
        let article = Article(
            id: "a", title: hostile, summary: hostile,
            body: [.paragraph(hostile), .staff([.list([hostile])])],
            easyRead: [.paragraph("Lätt " + hostile), .staff([.paragraph("Internt")])], category: "c",
            owner: "o",
            referrals: [Referral(unit: "u", note: "Bara för personalen")], legalBasis: [hostile])
        let registers = Registers(
            owners: [Owner(id: "o", name: hostile, contact: "")],
            units: [Unit(id: "u", owner: "o", name: hostile, phone: "040-34 10 00", hours: hostile)])
        let visitor = DeskHTML.handout(article, for: .visitor, registers: registers)
        let staff = DeskHTML.handout(article, for: .staff, registers: registers)
        for html in [visitor, staff] {
            #expect(!html.contains("<b>fet"))
            #expect(html.contains("<h1>&lt;b&gt;fet&lt;/b&gt; &amp; &quot;citat&quot;</h1>"))
            #expect(html.contains("<a href=\"tel:040341000\">040-34 10 00</a>"))
        }
        #expect(visitor.contains("<p>Lätt &lt;b&gt;"))
        #expect(!visitor.contains("Internt") && !visitor.contains("Bara för personalen"))
        #expect(
            staff.contains(
                "<div class=\"staff-only\"><p><strong>Till personalen (lämnas inte ut):</strong></p><ul><li>&lt;b&gt;"
            ))
        #expect(staff.contains("<span class=\"note\">Bara för personalen</span>"))
    }
}
