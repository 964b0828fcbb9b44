import Foundation
import Testing

@testable import KnowledgeBase

/// The relevance test set (`Relevance/queries.tsv`): queries typed the way guides and librarians
/// type, each with its best article and acceptable alternatives, written before any tuning.
/// Prints Recall@1, Recall@3 and MRR@10 per kind; fails below Recall@1 0.90 and Recall@3 0.97.
@Suite struct RelevanceTests {
    struct Case {
        var kind: String
        var query: String
        var relevant: Set<String>
    }

    static func cases() throws -> [Case] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Relevance/queries.tsv")
        let text = try String(contentsOf: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { return nil }
            var relevant: Set<String> = [columns[2]]
            if columns.count > 3 {
                for id in columns[3].split(separator: ",") {
                    relevant.insert(id.trimmingCharacters(in: .whitespaces))
                }
            }
            return Case(kind: columns[0], query: columns[1], relevant: relevant)
        }
    }

    @Test func recallAndMRROnTheShippedKnowledge() throws {
        let (loaded, diagnostics) = try FolderScan(
            folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        ).load()
        #expect(diagnostics.isEmpty)
        let knowledge = try #require(loaded)
        let index = KnowledgeIndex(knowledge: knowledge)
        let cases = try Self.cases()
        #expect(cases.count >= 200)
        let ids = Set(knowledge.articles.map(\.id))
        for test in cases { #expect(test.relevant.isSubset(of: ids), "unknown id in \(test.query)") }

        struct Tally {
            var count = 0
            var top1 = 0
            var top3 = 0
            var reciprocal = 0.0
        }
        var kinds: [String: Tally] = [:]
        var overall = Tally()
        var misses: [String] = []
        for test in cases {
            let hits = index.search(test.query, limit: 10).hits.map(\.record.id)
            let rank = hits.firstIndex { test.relevant.contains($0) }.map { $0 + 1 }
            var tally = kinds[test.kind, default: Tally()]
            for index in [0, 1] {
                var t = index == 0 ? tally : overall
                t.count += 1
                if rank == 1 { t.top1 += 1 }
                if let rank, rank <= 3 { t.top3 += 1 }
                if let rank { t.reciprocal += 1 / Double(rank) }
                if index == 0 { tally = t } else { overall = t }
            }
            kinds[test.kind] = tally
            if rank != 1 {
                misses.append(
                    "  [\(test.kind)] \"\(test.query)\" → \(hits.first ?? "nothing") (want \(test.relevant.sorted().joined(separator: "|")), rank \(rank.map(String.init) ?? "-"))"
                )
            }
        }
        func row(_ name: String, _ t: Tally) -> String {
            let r1 = Double(t.top1) / Double(t.count)
            let r3 = Double(t.top3) / Double(t.count)
            let mrr = t.reciprocal / Double(t.count)
            return name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: "%4d   %.3f   %.3f   %.3f", t.count, r1, r3, mrr)
        }
        var report = ["kind             n     R@1     R@3     MRR@10"]
        for kind in kinds.keys.sorted() { report.append(row(kind, kinds[kind]!)) }
        report.append(row("overall", overall))
        print(report.joined(separator: "\n"))
        print("not first (\(misses.count)):\n" + misses.joined(separator: "\n"))
        let recall1 = Double(overall.top1) / Double(overall.count)
        let recall3 = Double(overall.top3) / Double(overall.count)
        #expect(recall1 >= 0.90, "Recall@1 \(recall1) is below 0.90")
        #expect(recall3 >= 0.97, "Recall@3 \(recall3) is below 0.97")
    }
}
