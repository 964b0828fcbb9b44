import Foundation
import Testing

/// The click log from the CLI's side: kb stats shows click-through and mean rank, kb learned
/// lists and removes what the clicks taught, kb search --learn uses it.
@Suite struct LearnedCommandTests {
    let knowledge: String
    let logs = temporaryDirectory("click-logs")
    let query = "hemtjänst avgift"

    init() throws {
        knowledge = try copyOfShippedKnowledge()
    }

    /// `YYYY-MM-DD`, `days` before today (UTC).
    func day(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(Double(-days) * 86_400))
    }

    func ids(_ arguments: [String]) throws -> [String] {
        let result = try KBProcess.run(
            ["search", "--knowledge", knowledge, "--log-dir", logs, "--json", "--limit", "10"] + arguments)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (object["hits"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Searches logged on three days, each followed by an open of the third hit.
    func writeLog(article: String) throws {
        for days in [3, 2, 1] {
            let date = day(days)
            try
                "time\tchannel\tquery\thits\ttop_hit\ttop_score\n\(date)T10:00:00Z\tcontact-center\t\(query)\t5\tavgift-vard-och-omsorg\t19.514\n"
                .write(toFile: logs + "/queries-\(date).tsv", atomically: true, encoding: .utf8)
            try
                "time\tkind\tchannel\tquery\trank\tarticle\n\(date)T10:01:00Z\topen\tcontact-center\t\(query)\t3\t\(article)\n"
                .write(toFile: logs + "/clicks-\(date).tsv", atomically: true, encoding: .utf8)
        }
    }

    @Test func clicksShowInStatsTeachSearchAndCanBeRemoved() throws {
        let before = try ids([query])
        let low = before[2]
        try writeLog(article: low)

        let stats = try KBProcess.run(["stats", "--knowledge", knowledge, "--log-dir", logs])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("Öppnade träffar: 3 (0 utan sökning i loggen)"))
        #expect(stats.stdout.contains("kontaktcenter") && stats.stdout.contains("100 %"))
        #expect(stats.stdout.contains("medelplats 3.0"))
        let json = try KBProcess.run(["stats", "--json", "--knowledge", knowledge, "--log-dir", logs])
        #expect(json.stdout.contains("\"clicks\":{\"opens\":3,\"unmatched\":0"))

        // Off by default: the log changes nothing until --learn.
        #expect(try ids([query]) == before)
        let learned = try ids(["--learn", query])
        #expect(learned.firstIndex(of: low)! < 2)
        let explained = try KBProcess.run(
            ["search", "--knowledge", knowledge, "--log-dir", logs, "--learn", "--explain", query])
        #expect(explained.stdout.contains("Upplyft ×"))

        let list = try KBProcess.run(["learned", "--knowledge", knowledge, "--log-dir", logs, "--json"])
        let items = try #require(
            JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        let id = try #require(items.first?["id"] as? String)
        let owner = try #require(items.first?["owner"] as? String)
        #expect(items.first?["article"] as? String == low && items.first?["days"] as? Int == 3)
        let text = try KBProcess.run([
            "learned", "--knowledge", knowledge, "--log-dir", logs, "--owner", owner,
        ])
        #expect(text.stdout.contains(id) && text.stdout.contains("\"\(query)\""))
        let other = owner == "stadskontoret" ? "forskoleforvaltningen" : "stadskontoret"
        let none = try KBProcess.run([
            "learned", "--knowledge", knowledge, "--log-dir", logs, "--owner", other,
        ])
        #expect(none.stdout.contains("Inga inlärda kopplingar"))

        // Another förvaltning may not remove it, nor may an unknown id be removed: nothing is written.
        let refused = try KBProcess.run(
            ["learned", "--knowledge", knowledge, "--log-dir", logs, "--owner", other, "--remove", id])
        #expect(refused.status != 0 && refused.stderr.contains("raises an article of '\(owner)'"))
        let unknown = try KBProcess.run(
            ["learned", "--knowledge", knowledge, "--log-dir", logs, "--remove", id, "l00000000"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no learned association 'l00000000'"))
        #expect(!FileManager.default.fileExists(atPath: logs + "/learned-removed.tsv"))

        let removed = try KBProcess.run(
            ["learned", "--knowledge", knowledge, "--log-dir", logs, "--owner", owner, "--remove", id])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try ids(["--learn", query]) == before)
        let after = try KBProcess.run(["learned", "--knowledge", knowledge, "--log-dir", logs])
        #expect(after.stdout.contains("Inga inlärda kopplingar"))
    }
}
