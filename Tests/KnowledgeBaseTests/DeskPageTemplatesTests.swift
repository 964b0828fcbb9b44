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
            DeskSearchTemplates.article, HTMLReportTemplates.report, HTMLReportTemplates.content,
            HTMLReportTemplates.table, HTMLReportTemplates.cell, HTMLReportTemplates.chart,
            HTMLReportTemplates.shape, HTMLReportTemplates.time,
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

    @Test func markupInTheCityReportComesOutAsText() {
        let hostile = "<img src=x onerror=\"alert('x')\"> & mer"
        let article = Article(
            id: "a", title: "Titel " + hostile, summary: "s", body: [], category: "Ämne " + hostile,
            owner: "o",
            reviewBy: "2020-01-01")
        let owner = Owner(id: "o", name: "Förvaltning " + hostile, contact: "")
        let knowledge = Knowledge(registers: Registers(owners: [owner], units: []), articles: [article])
        var statistics = QueryStatistics(knowledge: knowledge)
        let time = Int64(CivilDate("2026-11-25")!.day) * 86_400 + 36_000
        statistics.add(
            QueryEvent(
                time: time, channel: "web", query: "Fråga " + hostile, hits: 1, topHit: "a", topScore: 1,
                confidence: .weak))
        let gap = Gap(
            key: "k", count: 1, noHit: 0, channels: [(channel: "web", count: 1)], example: "Fråga " + hostile,
            wordings: [(wording: "Fråga " + hostile, count: 1)], lastAsked: CivilDate("2026-11-25")!,
            nearest: NearestArticle(id: "a", title: "Titel " + hostile, owner: "o", score: 1),
            answeredNow: false, owner: "o", ownerName: "Förvaltning " + hostile, ownerShare: 1)
        var report = HTMLReport(
            statistics: statistics, gaps: [gap],
            owners: [OwnerSummary(owner: owner, overdue: 1, openFeedback: 1)],
            today: CivilDate("2026-11-30")!)
        report.overdue = [
            ReviewItem(article: ArticleOutline(article), owner: owner, daysLeft: -3, openFeedback: 1)
        ]
        report.openFeedback = [
            FeedbackEvent(
                time: "2026-11-26T10:00:00Z", article: "a", kind: .wrong, channel: "web",
                comment: "Synpunkt " + hostile)
        ]
        report.titles = ["a": "Titel " + hostile]
        let html = report.render()
        #expect(!html.contains("<img"))
        #expect(!html.contains("alert('x')"))
        let escaped = "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; mer"
        for text in ["Fråga ", "Titel ", "Förvaltning ", "Synpunkt ", "Ämne "] {
            #expect(html.contains(text + escaped), "\(text)")
        }
        // The gap query as the row's header, the feedback comment in its cell, the owner in its table.
        #expect(html.contains("<th scope=\"row\">Fråga " + escaped + "</th>"))
        #expect(html.contains("<td>Synpunkt " + escaped + "</td>"))
        #expect(html.contains("<th scope=\"row\">Förvaltning " + escaped + "</th>"))
        #expect(html.contains("<th scope=\"row\">Titel " + escaped + "</th>"))
        // The topic in a chart's bar tooltip, and the charts' markup itself is intact.
        #expect(html.contains("<title>Ämne " + escaped + ", webb: 1</title></rect>"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("class=\"n attention\"><strong>1</strong>"))
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
