import Testing

@testable import KnowledgeBase
@testable import Rendering

/// The public pages' templates escape every value: none uses Mustache's unescaped forms, and a
/// value full of markup comes out as text wherever it lands (title, heading, list, link text).
@Suite struct HTMLPageTemplatesTests {
    static let templates = [
        HTMLPageTemplates.head, HTMLPageTemplates.tail, HTMLPageTemplates.run, HTMLPageTemplates.block,
        HTMLPageTemplates.page, HTMLPageTemplates.index,
    ]

    @Test func noTemplateWritesAValueUnescaped() {
        for template in Self.templates {
            #expect(!template.contains("{{{"))
            #expect(!template.contains("{{&"))
        }
    }

    @Test func markupInEveryFieldComesOutAsText() {
        let hostile = "<img src=x onerror=\"alert('x')\"> & 040-34 10 00"
        let article = Article(
            id: "a", title: hostile, summary: hostile,
            body: [.paragraph(hostile), .steps([hostile]), .list([hostile])],
            category: hostile, owner: "o", related: ["b"], legalBasis: [hostile])
        let registers = Registers(
            owners: [Owner(id: "o", name: hostile, contact: "")],
            units: [
                Unit(id: "kontaktcenter", owner: "o", name: hostile, phone: "040-34 10 00", hours: hostile)
            ])
        for html in [
            HTMLPages.page(article, registers, titles: ["b": hostile]),
            HTMLPages.index([article], registers, owner: "o"),
        ] {
            #expect(!html.contains("<img"))
            #expect(html.contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; "))
            #expect(html.contains("<span class=\"nowrap\">040-34 10 00</span>"))
        }
    }
}
