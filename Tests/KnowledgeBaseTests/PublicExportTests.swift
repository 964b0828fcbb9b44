import Foundation
import Testing

@testable import FileSupport
@testable import KnowledgeBase
@testable import Rendering

/// The public exports: FAQ JSON-LD and static HTML pages of the published articles.
@Suite struct PublicExportTests {
    /// The fixture plus: an article whose title holds markup and an ampersand, with easy-read
    /// text, two questions and a note to staff; a draft; a guide-only article.
    static func folder() throws -> Fixture {
        let fixture = try Fixture.make()
        let special = Fixture.article(
            id: "forskola-special", title: "Avgift &lt;b&gt;fet&lt;/b&gt; &amp; moms &lt;!-- x --&gt;"
        )
        .replacingOccurrences(
            of: "<p>Barn kan få plats från ett års ålder.</p>",
            with: """
                <p>Barn kan få plats från ett års ålder.</p>
                    <staff-only><p>Säg inget om kön.</p></staff-only>
                    <steps><step>Logga in.</step><step>Ansök.</step></steps>
                    <list><item>Hemligt? Nej.</item></list>
                    <staff-only><steps><step>Bara för personalen.</step></steps></staff-only>
                """
        )
        .replacingOccurrences(
            of: "  <questions>", with: "  <easy-read><p>Du kan få en plats.</p></easy-read>\n  <questions>"
        )
        .replacingOccurrences(
            of: "<question>Hur söker jag dagis?</question>",
            with: "<question>Hur söker jag dagis?</question><question>Vad kostar det &amp; när?</question>")
        try fixture.write("articles/forskola-special.xml", special)
        let draft = Fixture.article(id: "forskola-utkast", title: "Utkast om förskola")
            .replacingOccurrences(of: "status=\"published\"", with: "status=\"draft\"")
            .replacingOccurrences(of: "Hur söker jag dagis?", with: "En fråga i ett utkast?")
        try fixture.write("articles/forskola-utkast.xml", draft)
        let guideOnly = Fixture.article(id: "forskola-intern", title: "Intern rutin")
            .replacingOccurrences(of: "  <owner ", with: "  <audience>guide</audience>\n  <owner ")
            .replacingOccurrences(of: "Hur söker jag dagis?", with: "En fråga för personalen?")
        try fixture.write("articles/forskola-intern.xml", guideOnly)
        let (knowledge, diagnostics) = try FolderScan(folder: fixture.folder).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(knowledge?.articles.count == 5)
        return fixture
    }

    @Test func faqJSONLDHasOneQuestionPerQuestionOfPublishedArticles() throws {
        let fixture = try Self.folder()
        let out = temporaryDirectory("faq")
        let (path, articles, questions) = try FAQJSONLD.export(
            folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        #expect(path == out + "/vagvisare-faq-alla-2026-11-25.jsonld")
        #expect(articles == 3)
        #expect(questions == 4)
        let data = try #require(FileManager.default.contents(atPath: path))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["@context"] as? String == "https://schema.org")
        let pages = try #require(root["@graph"] as? [[String: Any]])
        #expect(pages.count == 3)
        #expect(pages.allSatisfy { $0["@type"] as? String == "FAQPage" })
        #expect(pages.allSatisfy { $0["inLanguage"] as? String == "sv" })
        #expect(pages.allSatisfy { $0["dateModified"] as? String == "2026-09-01" })
        let names = pages.compactMap { $0["name"] as? String }
        #expect(names.contains("Avgift <b>fet</b> & moms <!-- x -->"))
        #expect(!names.contains("Utkast om förskola") && !names.contains("Intern rutin"))
        let mainEntities = pages.flatMap { $0["mainEntity"] as? [[String: Any]] ?? [] }
        #expect(mainEntities.count == 4)
        #expect(mainEntities.allSatisfy { $0["@type"] as? String == "Question" })
        let asked = mainEntities.compactMap { $0["name"] as? String }
        #expect(asked.filter { $0 == "Hur söker jag dagis?" }.count == 3)
        #expect(asked.contains("Vad kostar det & när?"))
        #expect(!asked.contains("En fråga i ett utkast?") && !asked.contains("En fråga för personalen?"))
        for page in pages {
            for key in ["author", "publisher"] {
                let organization = try #require(page[key] as? [String: Any])
                #expect(organization["@type"] as? String == "Organization")
                #expect(organization["name"] as? String == "Förskoleförvaltningen")
            }
        }
        let special = try #require(pages.first { $0["identifier"] as? String == "forskola-special" })
        let question = try #require((special["mainEntity"] as? [[String: Any]])?.first)
        let answer = try #require(question["acceptedAnswer"] as? [String: Any])
        #expect(answer["@type"] as? String == "Answer")
        let text = try #require(answer["text"] as? String)
        #expect(text.hasPrefix("Ansök i e-tjänsten senast fyra månader innan.\n\nBarn kan få plats"))
        #expect(text.contains("1. Logga in.\n2. Ansök."))
        #expect(text.contains("• Hemligt? Nej."))
        #expect(!text.contains("Säg inget om kön") && !text.contains("Bara för personalen"))
    }

    @Test func faqJSONLDForOneOwner() throws {
        let fixture = try Self.folder()
        let out = temporaryDirectory("faq")
        let (path, articles, _) = try FAQJSONLD.export(
            folder: fixture.folder, owner: "stadskontoret", to: out, date: "2026-11-25")
        #expect(path.hasSuffix("/vagvisare-faq-stadskontoret-2026-11-25.jsonld"))
        #expect(articles == 0)
        #expect(throws: RenderingError.self) {
            try FAQJSONLD.export(folder: fixture.folder, owner: "ingen-sadan", to: out, date: "2026-11-25")
        }
        #expect(DurableFiles.list(out) == ["vagvisare-faq-stadskontoret-2026-11-25.jsonld"])
    }

    @Test func htmlPagesAreSwedishScriptFreeEscapedAndPublishedOnly() throws {
        let fixture = try Self.folder()
        let out = temporaryDirectory("html")
        let (path, count) = try HTMLPages.export(
            folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        #expect(path == out + "/html-alla-2026-11-25")
        #expect(count == 3)
        #expect(
            DurableFiles.list(path) == [
                "forskola-ansokan.html", "forskola-avgift.html", "forskola-special.html", "index.html",
            ])
        for name in DurableFiles.list(path) {
            let html = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), "\(name)")
            #expect(!html.lowercased().contains("<script"), "\(name)")
            #expect(html.contains("<a class=\"skip\" href=\"#innehall\">"), "\(name)")
            #expect(html.contains("<main id=\"innehall\""), "\(name)")
            #expect(html.contains("<meta name=\"viewport\""), "\(name)")
            #expect(html.components(separatedBy: "<h1>").count == 2, "\(name)")
            #expect(!html.contains("<link "), "\(name): no external style sheet")
            #expect(!html.contains("Utkast om förskola") && !html.contains("Intern rutin"), "\(name)")
            #expect(!html.contains("Säg inget om kön") && !html.contains("Bara för personalen"), "\(name)")
            #expect(!html.contains(ArticleText.staffLabel), "\(name)")
        }
        let special = try String(contentsOfFile: path + "/forskola-special.html", encoding: .utf8)
        #expect(special.contains("<h1>Avgift &lt;b&gt;fet&lt;/b&gt; &amp; moms &lt;!-- x --&gt;</h1>"))
        #expect(
            special.contains(
                "<title>Avgift &lt;b&gt;fet&lt;/b&gt; &amp; moms &lt;!-- x --&gt; – Malmö stad</title>"))
        #expect(!special.contains("<b>") && !special.contains("<!-- x"))
        #expect(
            special.contains("<a href=\"tel:+4640341000\"><span class=\"nowrap\">040-34 10 00</span></a>"))
        #expect(special.contains("<h2 id=\"lattlast\">Lättläst</h2>\n<p>Du kan få en plats.</p>"))
        #expect(special.contains("<ol>\n<li>Logga in.</li>\n<li>Ansök.</li>\n</ol>"))
        #expect(special.contains("<ul>\n<li>Hemligt? Nej.</li>\n</ul>"))
        #expect(special.contains("<p>Barn kan få plats från ett års ålder.</p>"))
        #expect(special.contains("Ansvarig för sidan: Förskoleförvaltningen."))
        #expect(special.contains("<time datetime=\"2026-09-01\">1 september 2026</time>"))
        let plain = try String(contentsOfFile: path + "/forskola-ansokan.html", encoding: .utf8)
        #expect(!plain.contains("Lättläst"))
        #expect(plain.contains("<a href=\"forskola-avgift.html\">Avgift för förskola</a>"))
        let index = try String(contentsOfFile: path + "/index.html", encoding: .utf8)
        for page in ["forskola-ansokan.html", "forskola-avgift.html", "forskola-special.html"] {
            #expect(index.contains("href=\"\(page)\""))
        }
        #expect(index.contains("Avgift &lt;b&gt;fet&lt;/b&gt; &amp; moms"))
    }

    @Test func htmlExportReplacesAnEarlierOneWhole() throws {
        let fixture = try Self.folder()
        let out = temporaryDirectory("html")
        let (path, _) = try HTMLPages.export(folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        try "stale".write(toFile: path + "/stale.html", atomically: true, encoding: .utf8)
        _ = try HTMLPages.export(folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        #expect(!DurableFiles.exists(path + "/stale.html"))
        #expect(DurableFiles.list(out) == ["html-alla-2026-11-25"])
        let (owned, count) = try HTMLPages.export(
            folder: fixture.folder, owner: "forskoleforvaltningen", to: out, date: "2026-11-25")
        #expect(owned.hasSuffix("/html-forskoleforvaltningen-2026-11-25") && count == 3)
        #expect(throws: RenderingError.self) {
            try HTMLPages.export(folder: fixture.folder, owner: "ingen-sadan", to: out, date: "2026-11-25")
        }
    }

    @Test func anInvalidFolderExportsNothing() throws {
        let fixture = try Self.folder()
        try fixture.write("articles/trasig.xml", "<article>")
        let out = temporaryDirectory("html")
        #expect(throws: RenderingError.self) {
            try HTMLPages.export(folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        }
        #expect(throws: RenderingError.self) {
            try FAQJSONLD.export(folder: fixture.folder, owner: nil, to: out, date: "2026-11-25")
        }
        #expect(DurableFiles.list(out).isEmpty)
    }

    @Test func staffOnlyTextIsLeftOutAndRoundTrips() throws {
        let blocks: [Block] = [
            .paragraph("Ring oss."), .staff([.paragraph("Säg inget."), .list(["a"])]), .list(["b"]),
        ]
        #expect(PublicExport.blocks(blocks) == [.paragraph("Ring oss."), .list(["b"])])
        // Marked by the format, not by wording: a public sentence that happens to address a guide
        // stays.
        #expect(PublicExport.blocks([.paragraph("Till guiden: hej.")]) == [.paragraph("Till guiden: hej.")])
        let fixture = try Self.folder()
        let (knowledge, _) = try FolderScan(folder: fixture.folder).load()
        let special = try #require(knowledge?.article("forskola-special"))
        #expect(special.body.contains(.staff([.paragraph("Säg inget om kön.")])))
        let xml = String(decoding: try special.canonicalXML(), as: UTF8.self)
        #expect(xml.contains("<staff-only>"))
        // Staff see it, labelled.
        let lines = ArticleText.lines(special, knowledge!.registers)
        let label = try #require(lines.firstIndex { $0.contains(ArticleText.staffLabel) })
        #expect(lines[label + 1].contains("Säg inget om kön."))
    }

    @Test func staffOnlyIsNotAllowedInEasyRead() throws {
        let fixture = try Fixture.make()
        let article = Fixture.article(id: "forskola-lattlast", title: "Lättläst")
            .replacingOccurrences(
                of: "  <questions>",
                with: "  <easy-read><staff-only><p>Nej.</p></staff-only></easy-read>\n  <questions>")
        try fixture.write("articles/forskola-lattlast.xml", article)
        let (knowledge, diagnostics) = try FolderScan(folder: fixture.folder).load()
        #expect(knowledge == nil)
        #expect(diagnostics.contains { $0.description.contains("staff-only") })
    }
}
