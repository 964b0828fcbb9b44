import Foundation
import Testing

/// The query log from the CLI's side: kb search --channel records, kb gaps and kb stats read,
/// kb report writes the page.
@Suite struct ReportCommandTests {
    let knowledge: String
    let logs = temporaryDirectory("logs")

    init() throws {
        knowledge = try copyOfShippedKnowledge()
        // A title with markup in it (escaped in the XML, so the title's text is "<b>…</b>").
        let path = knowledge + "/articles/trygghetslarm.xml"
        let xml = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "<title>Trygghetslarm</title>",
            with: "<title>Trygghetslarm &lt;b&gt;dygnet runt&lt;/b&gt;</title>")
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func search(_ channel: String?, _ words: String...) throws -> KBProcess.Result {
        try KBProcess.run(
            ["search", "--knowledge", knowledge, "--log-dir", logs]
                + (channel.map { ["--channel", $0] } ?? [])
                + words)
    }

    private func events() -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: logs)) ?? []).filter {
            $0.hasPrefix("queries-")
        }
        return names.flatMap { name in
            ((try? String(contentsOfFile: logs + "/" + name, encoding: .utf8)) ?? "").split(separator: "\n")
                .dropFirst().map(String.init)
        }
    }

    @Test func searchesAreLoggedAndTheGapsFound() throws {
        #expect(try search("contact-center", "simhall", "öppettider").status == 0)
        #expect(try search("library", "Simhallens", "oppettider").status == 0)
        #expect(try search("contact-center", "dagis", "avgift").status == 0)
        #expect(try search("web", "ring", "mig", "på", "0701234567", "om", "hundskatt").status == 0)
        #expect(try search(nil, "inte", "loggad").status == 0)  // without --channel: not logged
        let wrong = try search("telefon", "dagis")
        #expect(wrong.status != 0 && wrong.stderr.contains("--channel"))

        let logged = events()
        #expect(logged.count == 4)
        #expect(logged.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
        #expect(
            logged.contains {
                $0.hasPrefix("20") && $0.contains("\tdagis avgift\t") && $0.hasSuffix("\tstrong")
            })
        #expect(!logged.joined().contains("0701234567"))
        #expect(logged.contains { $0.contains("\tcontact-center\tdagis avgift\t") })

        let text = try KBProcess.run(["gaps", "--knowledge", knowledge, "--log-dir", logs])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("tolkas: opp simhall tid"))
        #expect(text.stdout.contains("skrivet: \"Simhallens oppettider\" 1, \"simhall öppettider\" 1"))
        // The one förskola article that mentions öppettider does not make a swimming pool förskola's.
        #expect(text.stdout.contains("förvaltning: ingen"))
        #expect(!text.stdout.contains("Förskoleförvaltningen"))
        #expect(!text.stdout.contains("dagis avgift"))  // a strong hit is no gap

        let json = try KBProcess.run(["gaps", "--json", "--knowledge", knowledge, "--log-dir", logs])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["searches"] as? Int == 4)
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        let pool = try #require(gaps.first)
        #expect(pool["count"] as? Int == 2)  // two wordings, one gap
        #expect(pool["channels"] as? [String: Int] == ["contact-center": 1, "library": 1])
        #expect(pool["owner"] is NSNull)
        #expect((pool["nearest"] as? [String: Any])?["id"] as? String == "forskola-oppettider-ledighet")
        #expect(gaps.contains { ($0["example"] as? String)?.contains("[telefon]") == true })

        let library = try KBProcess.run([
            "gaps", "--json", "--channel", "library", "--knowledge", knowledge, "--log-dir", logs,
        ])
        #expect(library.stdout.contains("\"searches\":1"))
        let later = try KBProcess.run([
            "gaps", "--since", "2999-01-01", "--knowledge", knowledge, "--log-dir", logs,
        ])
        #expect(later.stdout.hasPrefix("0 luckor bland 0 sökningar"))
        let badDate = try KBProcess.run([
            "gaps", "--since", "igår", "--knowledge", knowledge, "--log-dir", logs,
        ])
        #expect(badDate.status != 0)

        let stats = try KBProcess.run(["stats", "--knowledge", knowledge, "--log-dir", logs])
        #expect(stats.status == 0)
        #expect(stats.stdout.hasPrefix("Vecka "))
        #expect(stats.stdout.contains("kontaktcenter: 2 sökningar"))
        #expect(stats.stdout.contains("förskola"))
    }

    @Test func theReportIsOneAccessiblePageWithEverythingEscaped() throws {
        #expect(try search("contact-center", "simhall", "öppettider").status == 0)
        #expect(try search("web", "trygghetslarm", "hundskatt").status == 0)
        #expect(try search("web", "<script>alert(\"x\")</script>").status == 0)
        #expect(try search("library", "dagis", "avgift").status == 0)
        let feedback = try KBProcess.run([
            "feedback", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm", "outdated", "nytt",
            "pris",
        ])
        #expect(feedback.status == 0, "\(feedback.stderr)")

        let out = temporaryDirectory("report") + "/sub/report.html"
        let result = try KBProcess.run(["report", "--knowledge", knowledge, "--log-dir", logs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": 4 sökningar, "))
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<h1>") && page.contains("<h2 id=\"luckor\">"))
        #expect(page.components(separatedBy: "<svg ").count - 1 == 3)
        // One per chart, gaps, owners, open feedback, and overdue reviews when there are any.
        let overdue = page.contains("<p>Inga försenade granskningar.</p>") ? 0 : 1
        #expect(page.components(separatedBy: "<table>").count - 1 == 6 + overdue)
        #expect(page.contains(", 1 vecka. "))
        // The open feedback with what was written, on the article named by its title.
        #expect(page.contains("<h3 id=\"synpunkter\">Öppna synpunkter</h3>"))
        #expect(page.contains("<th scope=\"row\">Trygghetslarm &lt;b&gt;dygnet runt&lt;/b&gt;</th>"))
        #expect(page.contains("<td>nytt pris</td>"))
        #expect(
            page.contains("<caption>") && page.contains("<th scope=\"col\"")
                && page.contains("<th scope=\"row\">"))
        #expect(page.contains("role=\"img\""))
        // No scripts, nothing loaded from elsewhere.
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("src=") && !page.contains("<link"))
        // Text from outside is escaped: a title with markup, and what a caller typed.
        #expect(page.contains("Trygghetslarm &lt;b&gt;dygnet runt&lt;/b&gt;"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        // Reviews per förvaltning, with the open feedback.
        #expect(page.contains("<th scope=\"row\">Hälsa-, vård- och omsorgsförvaltningen</th>"))
        #expect(page.contains("class=\"n attention\"><strong>1</strong>"))
        // Written atomically: nothing left beside it.
        let siblings = try FileManager.default.contentsOfDirectory(
            atPath: (out as NSString).deletingLastPathComponent)
        #expect(siblings == ["report.html"])
    }

    @Test func anEmptyLogStillGivesAPage() throws {
        let out = temporaryDirectory("report") + "/report.html"
        let result = try KBProcess.run(["report", "--knowledge", knowledge, "--log-dir", logs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.contains("Inga sökningar i loggen för perioden."))
        #expect(page.contains("<th scope=\"row\">Förskoleförvaltningen</th>"))
    }
}
