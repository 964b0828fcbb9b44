import Foundation
import Testing

/// `kb get --easy` and `kb search --easy`: the lättläst text in place of the summary.
@Suite struct EasyReadTests {
    let knowledge = repositoryRoot + "/Knowledge"
    let marker = "(Ingen lättläst text finns; här är sammanfattningen.)"

    /// A copy of the shipped folder in which `trygghetslarm` has no easy-read text.
    func copyWithoutEasyRead() throws -> String {
        let copy = try copyOfShippedKnowledge()
        let path = copy + "/articles/trygghetslarm.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(text.range(of: "  <easy-read>"))
        let end = try #require(text.range(of: "</easy-read>\n"))
        try text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func getShowsTheEasyReadTextInPlaceOfSummaryAndBody() throws {
        let result = try KBProcess.run(["get", "--easy", "--knowledge", knowledge, "trygghetslarm"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(6)) == [
                "Trygghetslarm", "=============", "trygghetslarm · revision 1 · äldreomsorg", "", "Lättläst:",
                "  Ett trygghetslarm är en knapp som du har på armen eller runt halsen.",
            ])
        #expect(!result.stdout.contains("Läs upp:"))
        #expect(!result.stdout.contains("Text:"))
        #expect(!result.stdout.contains("Trygghetslarmet består av en basenhet"), "the body is left out")
        #expect(!result.stdout.contains(marker))
        #expect(result.stdout.contains("Hänvisa till:\n  Trygghetslarm"))
        #expect(!result.stdout.contains("\n\n\n"))
        #expect(result.stdout.hasSuffix("Granskas senast: 2027-03-10 (granskad 2026-09-10)\n"))
    }

    @Test func getWithoutEasyIsAsBefore() throws {
        let result = try KBProcess.run(["get", "--knowledge", knowledge, "trygghetslarm"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nLäs upp:\n  Den som har fyllt 69 år"))
        #expect(result.stdout.contains("\nText:\n  Trygghetslarmet består av en basenhet"))
        #expect(result.stdout.contains("\n\nLättläst:\n  Ett trygghetslarm är en knapp"))
        #expect(result.stdout.contains("Ring 112.\n\nVanliga frågor:\n"))
        #expect(!result.stdout.contains("\n\n\n"))
    }

    @Test func getFallsBackToTheSummaryWithAMarker() throws {
        let copy = try copyWithoutEasyRead()
        let result = try KBProcess.run(["get", "--easy", "--knowledge", copy, "trygghetslarm"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nLättläst:\n  \(marker)\n  Den som har fyllt 69 år"))
        #expect(!result.stdout.contains("Text:"))
        #expect(!result.stdout.contains("\n\n\n"))
    }

    @Test func searchShowsEachHitsEasyReadText() throws {
        let result = try KBProcess.run([
            "search", "--easy", "--limit", "1", "--knowledge", knowledge, "trygghetslarm",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                """
                1. Trygghetslarm  [trygghetslarm]
                   Ett trygghetslarm är en knapp som du har på armen eller runt halsen.
                   Trycker du på knappen får du prata med någon som kan skicka hjälp hem till dig.

                """))
        #expect(!result.stdout.contains("Den som har fyllt 69 år"))
        #expect(result.stdout.contains("   → Trygghetslarm"))

        let json = try KBProcess.run([
            "search", "--easy", "--json", "--limit", "1", "--knowledge", knowledge, "trygghetslarm",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let hit = try #require((object["hits"] as? [[String: Any]])?.first)
        let summary = try #require(hit["summary"] as? String)
        #expect(
            summary.hasPrefix(
                "Ett trygghetslarm är en knapp som du har på armen eller runt halsen. Trycker du"))
        #expect(!summary.contains("\n"))
    }

    @Test func searchFallsBackToTheSummaryWithAMarker() throws {
        let copy = try copyWithoutEasyRead()
        let result = try KBProcess.run([
            "search", "--easy", "--limit", "1", "--knowledge", copy, "trygghetslarm",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix("1. Trygghetslarm  [trygghetslarm]\n   \(marker)\n   Den som har fyllt"))
        let json = try KBProcess.run([
            "search", "--easy", "--json", "--limit", "1", "--knowledge", copy, "trygghetslarm",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let hit = try #require((object["hits"] as? [[String: Any]])?.first)
        #expect((hit["summary"] as? String)?.hasPrefix(marker + " Den som har fyllt 69 år") == true)
    }
}

/// `kb export --format faq-jsonld|html` on the shipped folder.
@Suite struct PublicExportCommandTests {
    let knowledge = repositoryRoot + "/Knowledge"

    @Test func exportsFAQJSONLDAndHTML() throws {
        let out = temporaryDirectory("export")
        let faq = try KBProcess.run([
            "export", "--format", "faq-jsonld", "--knowledge", knowledge, "--out", out,
        ])
        #expect(faq.status == 0, "\(faq.stderr)")
        #expect(faq.stdout.hasPrefix("exporterade ") && faq.stdout.contains(" artiklar och "))
        let html = try KBProcess.run([
            "export", "--format", "html", "--owner", "kulturforvaltningen", "--knowledge", knowledge, "--out",
            out,
        ])
        #expect(html.status == 0, "\(html.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == 2)
        let jsonld = try #require(
            names.first { $0.hasPrefix("vagvisare-faq-alla-") && $0.hasSuffix(".jsonld") })
        let folder = try #require(names.first { $0.hasPrefix("html-kulturforvaltningen-") })
        let data = try #require(FileManager.default.contents(atPath: out + "/" + jsonld))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pages = try #require(root["@graph"] as? [[String: Any]])
        // One page per published article with questions (all shipped articles are for the public).
        let published = try FileManager.default.contentsOfDirectory(atPath: knowledge + "/articles").filter {
            let text = try String(contentsOfFile: knowledge + "/articles/" + $0, encoding: .utf8)
            return text.contains("status=\"published\"") && text.contains("<question>")
        }
        #expect(pages.count == published.count)
        let files = try FileManager.default.contentsOfDirectory(atPath: out + "/" + folder)
        #expect(files.contains("index.html"))
        #expect(files.contains("skriva-ut-kontoutdrag-pa-biblioteket.html"))
        let page = try String(
            contentsOfFile: out + "/" + folder + "/skriva-ut-kontoutdrag-pa-biblioteket.html", encoding: .utf8
        )
        #expect(page.contains("<a href=\"tel:+46406608500\">"))

        let unknown = try KBProcess.run([
            "export", "--format", "html", "--owner", "ingen", "--knowledge", knowledge, "--out", out,
        ])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("kb: ingen förvaltning 'ingen'"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).allSatisfy {
                !$0.hasPrefix("html-ingen")
            })
        let bad = try KBProcess.run(["export", "--format", "pdf", "--knowledge", knowledge, "--out", out])
        #expect(bad.status != 0)
    }
}
