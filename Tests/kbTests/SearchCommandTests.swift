import Foundation
import Testing

@Suite struct SearchCommandTests {
    let knowledge = repositoryRoot + "/Knowledge"

    @Test func jsonFollowsTheFormat() throws {
        let result = try KBProcess.run([
            "search", "--json", "--limit", "3", "--knowledge", knowledge, "dagis", "ko",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "dagis ko")
        #expect(object["took_us"] is Int)
        #expect((object["total"] as? Int ?? 0) >= 1)
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(hits.count == 3)
        let first = hits[0]
        for key in ["id", "title", "summary", "owner"] { #expect(first[key] is String, "\(key)") }
        #expect(first["score"] is Double)
        let refer = try #require(first["refer"] as? [[String: Any]])
        #expect(refer.first?["unit"] is String && refer.first?["name"] is String)
        #expect((first["id"] as? String)?.hasPrefix("forskola-") == true)
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func humanOutputMarksWordsAndRefers() throws {
        let result = try KBProcess.run(["search", "--knowledge", knowledge, "skriva", "ut", "kontoutdrag"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1. Skriva ut kontoutdrag på biblioteket"))
        #expect(result.stdout.contains("«kontoutdrag»"))
        #expect(result.stdout.contains("   → "))
    }

    @Test func correctionIsOffered() throws {
        let result = try KBProcess.run(["search", "--knowledge", knowledge, "trygghetslram"])
        #expect(result.stdout.hasPrefix("Menade du: trygghetslarm?"))
        #expect(result.stdout.contains("[trygghetslarm]"))
    }

    @Test func nothingFoundSaysSo() throws {
        let result = try KBProcess.run(["search", "--knowledge", knowledge, "qqqxxzz"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Inga träffar för \"qqqxxzz\"."))
    }

    @Test func filtersNarrowTheHits() throws {
        let result = try KBProcess.run([
            "search", "--json", "--category", "bibliotek", "--knowledge", knowledge, "skriva", "ut",
        ])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0["category"] as? String == "bibliotek" })
        let owner = try KBProcess.run([
            "search", "--json", "--owner", "stadskontoret", "--knowledge", knowledge, "avgift",
        ])
        let ownerHits =
            (try JSONSerialization.jsonObject(with: Data(owner.stdout.utf8)) as? [String: Any])?["hits"]
            as? [[String: Any]]
        #expect(ownerHits?.allSatisfy { $0["owner"] as? String == "stadskontoret" } == true)
    }

    @Test func draftsAreNeverFound() throws {
        let result = try KBProcess.run([
            "search", "--json", "--limit", "50", "--knowledge", knowledge, "särskola", "anpassad",
            "grundskola",
        ])
        #expect(!result.stdout.contains("\"id\":\"skola-anpassad-grundskola\""))
    }

    @Test func explainShowsTheScore() throws {
        let result = try KBProcess.run([
            "search", "--explain", "--limit", "1", "--knowledge", knowledge, "dagisavgift",
        ])
        #expect(result.stdout.contains("Frågan tolkas så här:"))
        #expect(result.stdout.contains("Poäng:"))
        #expect(result.stdout.contains("coverage"))
    }

    @Test func suggestCompletes() throws {
        let result = try KBProcess.run(["suggest", "--knowledge", knowledge, "trygg"])
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count <= 10)
        #expect(lines.contains { $0.lowercased().contains("trygghetslarm") })
    }
}
