import FileSupport
import Foundation
import KnowledgeBase

/// Learns, from the click log, which articles to raise for which queries.
///
/// Exists so the desk's own use improves ranking over time (closed-loop analytics), without
/// letting it take over: an association needs the article to be opened for the same analysed
/// query from rank `minRank` or lower on at least `minDays` different days, and to be the
/// majority of the opens for that query. Its raise is a bounded multiplier that fades with a
/// half-life of `halfLifeDays` since the opens; at most `maxEntries` associations are kept. The
/// result depends only on the log, the folder and the day given (no randomness; ties go by
/// query, then article). Off unless asked for (`kb search --learn`, `kb serve --learn`); the
/// owner of an article can remove an association (`kb learned --remove`), recorded durably in
/// `learned-removed.tsv` in the log folder.
public enum LearnedAssociations {
    public static let minRank = 3
    public static let minDays = 3
    public static let halfLifeDays = 30.0
    /// The largest raise: the score at most doubles.
    public static let maxBoost = 1.0
    /// Evidence at which half of `maxBoost` is given.
    public static let saturation = 3.0
    public static let maxEntries = 500
    /// Below this evidence an association is dropped (about one open a quarter of a year ago).
    public static let minWeight = 0.25
    /// The file of removed associations in the log folder.
    public static let removedFile = "learned-removed.tsv"

    private struct Tally {
        var opens = 0
        var helpful = 0
        var lowDays = Set<Int>()
        var weight = 0.0
        var lastDay = Int.min
        var examples: [String: Int] = [:]
    }

    /// The associations that `clicks` support, as of `today`, for the published articles of
    /// `index`, without those in `removed`. Sorted by query, then article.
    public static func learn(
        clicks: [ClickEvent], index: KnowledgeIndex, today: CivilDate, removed: Set<String> = []
    ) -> [LearnedAssociation] {
        let analyzer = index.searcher.index.analyzer
        var owners: [String: String] = [:]
        for document in 0..<index.count {
            let record = index.record(document)
            owners[record.id] = record.owner
        }
        var keys: [String: String] = [:]
        /// key → article → tally, and key → opens of any article.
        var tallies: [String: [String: Tally]] = [:]
        var opensOfKey: [String: Int] = [:]
        for click in clicks {
            let key: String
            if let known = keys[click.query] {
                key = known
            } else {
                key = GapAnalysis.key(click.query, analyzer: analyzer)
                keys[click.query] = key
            }
            guard !key.isEmpty, owners[click.article] != nil else { continue }
            let day = QueryLog.day(of: click.time)
            let age = Double(max(0, today.day - day))
            var tally = tallies[key]?[click.article] ?? Tally()
            if click.kind == .open {
                tally.opens += 1
                opensOfKey[key, default: 0] += 1
            } else {
                tally.helpful += 1
            }
            tally.weight += pow(0.5, age / halfLifeDays)
            tally.lastDay = max(tally.lastDay, day)
            tally.examples[click.query, default: 0] += 1
            if click.rank >= minRank { tally.lowDays.insert(day) }
            tallies[key, default: [:]][click.article] = tally
        }
        var learned: [LearnedAssociation] = []
        for (key, articles) in tallies {
            let all = opensOfKey[key] ?? 0
            for (article, tally) in articles {
                let share = all > 0 ? Double(tally.opens) / Double(all) : 0
                guard tally.lowDays.count >= minDays, share > 0.5, tally.weight >= minWeight else { continue }
                let id = identifier(key: key, article: article)
                guard !removed.contains(id) else { continue }
                let example = tally.examples.max { a, b in
                    a.value != b.value ? a.value < b.value : a.key > b.key
                }!.key
                learned.append(
                    LearnedAssociation(
                        id: id, key: key, example: example, article: article, owner: owners[article]!,
                        opens: tally.opens, helpful: tally.helpful, days: tally.lowDays.count, share: share,
                        lastSeen: CivilDate(day: tally.lastDay), weight: tally.weight,
                        factor: 1 + maxBoost * tally.weight / (tally.weight + saturation)))
            }
        }
        learned.sort { a, b in
            a.weight != b.weight ? a.weight > b.weight : (a.key, a.article) < (b.key, b.article)
        }
        return learned.prefix(maxEntries).sorted { ($0.key, $0.article) < ($1.key, $1.article) }
    }

    /// Learns from the click log in `logDirectory` (as `learn`), leaving out removed associations.
    public static func learn(logDirectory: String, index: KnowledgeIndex, today: CivilDate = .today())
        -> [LearnedAssociation]
    {
        learn(
            clicks: ClickLog(directory: logDirectory).events(), index: index, today: today,
            removed: removed(logDirectory: logDirectory))
    }

    /// What a `KnowledgeStore` does to each index it builds: learn from the click log in
    /// `logDirectory` (again at every reload); nothing when it is nil.
    public static func preparer(logDirectory: String?) -> @Sendable (KnowledgeIndex) -> KnowledgeIndex {
        guard let logDirectory else { return { $0 } }
        return { $0.learning(learn(logDirectory: logDirectory, index: $0)) }
    }

    /// `l` and the FNV-1a hash of the analysed query and the article, as eight hex digits.
    static func identifier(key: String, article: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in (key + "\t" + article).utf8 {
            hash ^= UInt32(byte)
            hash &*= 16_777_619
        }
        let hex = String(hash, radix: 16)
        return "l" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The ids removed so far.
    public static func removed(logDirectory: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: logDirectory + "/" + removedFile) else {
            return []
        }
        return Set(
            String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
                $0.split(separator: "\t").first.map(String.init)
            })
    }

    /// Records `ids` as removed (fsync'd before returning), with the time and who removed them.
    public static func remove(_ ids: [String], by owner: String, logDirectory: String, time: String)
        throws(InsightError)
    {
        guard !ids.isEmpty else { return }
        let lines = ids.map { "\($0)\t\(time)\t\(owner)\n" }.joined()
        try onFiles(DurableFiles.makeDirectory(logDirectory))
        try onFiles(DurableFiles.append(Array(lines.utf8), to: logDirectory + "/" + removedFile))
    }
}
