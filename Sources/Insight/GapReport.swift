import Analysis
import KnowledgeBase
import Search

/// A question the knowledge base answers badly or not at all, with everyone who asked it.
public struct Gap: Sendable {
    /// The analysed, decompounded form shared by every wording counted here (parts sorted,
    /// space-separated).
    public var key: String
    /// Searches counted as a gap.
    public var count: Int
    /// Of `count`: searches that found nothing.
    public var noHit: Int
    /// Per channel, in `QueryChannel.order`.
    public var channels: [(channel: String, count: Int)]
    /// The most frequent wording, as typed (redacted).
    public var example: String
    /// Every wording counted here with its count, most frequent first.
    public var wordings: [(wording: String, count: Int)]
    /// When it was last asked, UTC.
    public var lastAsked: CivilDate
    /// The best hit when the example is searched again now against the current folder.
    public var nearest: NearestArticle?
    /// Whether that search now finds a strong hit: the gap may be closed — or the hit is strong
    /// and still wrong; a person decides.
    public var answeredNow: Bool
    /// The förvaltning the question belongs to, judged by what its words are about; nil when no
    /// förvaltning owns enough of it ("unattributed").
    public var owner: String?
    public var ownerName: String?
    /// The share of the question's importance that points at `owner` (0 to 1); for an
    /// unattributed gap, the share of the förvaltning that came closest.
    public var ownerShare: Float
}

/// The article nearest a gap.
public struct NearestArticle: Sendable {
    public var id: String
    public var title: String
    public var owner: String
    public var score: Float
}

/// Finds the gaps in a query log: what is asked and not (well) answered, and whose subject it is.
///
/// A settled search (see `KeystrokeFilter`) counts as a gap when its first hit was not strong
/// (`Confidence`) or it found nothing. Lines logged before the log kept the confidence are
/// judged by the confidence of the same search made again now. A question of stop words only
/// ("och att det") is no question and is left out.
///
/// Searches are grouped by their analysed and decompounded form (`Searcher.decompounded`: stop
/// words out, stemmed, å/ä/ö folded, compounds split into parts the index, the other logged
/// questions or the Swedish lexicon know; parts sorted), so "Förskolans öppettider" and
/// "oppettider forskola" count together, and so do "dagisavgift" and "dagis avgift". A
/// compound made of a word the index does not know and one more part counts with that word
/// alone: "bostadsanpassningsbidrag" with "bostadsanpassning" — both ask about the thing no
/// article covers.
///
/// A gap goes to the förvaltning its words are about (`Searcher.topics`): each word votes with
/// its importance, shared among the owners of the articles that have it in their title,
/// questions or keywords (the category is a keyword); words no article is about vote for no
/// one. The owner with at least `minOwnerShare` of the question's importance gets the gap;
/// otherwise it is unattributed. So "simhall öppettider" is not Förskoleförvaltningen's for
/// the one förskola article that mentions öppettider: "simhall", which weighs most, belongs to
/// no one. Feed events with `add`, then take `gaps()`.
public struct GapAnalysis {
    /// The share of a question's importance an owner needs to be given the gap.
    public static let minOwnerShare: Float = 0.5

    public let index: KnowledgeIndex
    /// Searches seen, gaps or not.
    public private(set) var searches = 0

    /// Per query as logged.
    private var queries: [String: Asked] = [:]

    private struct Asked {
        /// Per channel: [no hit, not strong, strong, confidence not logged].
        var channels: [String: [Int]] = [:]
        var lastDay = Int.min
    }

    /// - Parameter knowledge: unused; kept so callers that pass the folder need not change.
    public init(index: KnowledgeIndex, knowledge: Knowledge? = nil) {
        self.index = index
    }

    /// The grouping key of `text` (`QueryKey`).
    public static func key(_ text: String, analyzer: SwedishAnalyzer) -> String {
        QueryKey.key(text, analyzer: analyzer)
    }

    /// `text` without redaction placeholders (`QueryKey.searchable`).
    static func searchable(_ text: String) -> String {
        QueryKey.searchable(text)
    }

    public mutating func add(_ event: QueryEvent) {
        searches += 1
        let kind: Int
        if event.hits == 0 || event.topHit.isEmpty {
            kind = 0
        } else {
            switch event.confidence {
            case .none?, .weak?: kind = 1
            case .strong?: kind = 2
            case nil: kind = 3
            }
        }
        queries[event.query, default: Asked()].channels[event.channel, default: [0, 0, 0, 0]][kind] += 1
        queries[event.query]!.lastDay = max(queries[event.query]!.lastDay, event.date.day)
    }

    private struct Group {
        var key: [String]
        var members: [String] = []
    }

    /// The gaps, most asked first (then by key).
    public func gaps() -> [Gap] {
        let searcher = index.searcher
        // How many of each query's searches were gaps.
        var gapCounts: [String: [String: (count: Int, noHit: Int)]] = [:]
        for (query, asked) in queries {
            var weakNow: Bool?
            for (channel, kinds) in asked.channels {
                var count = kinds[0] + kinds[1]
                if kinds[3] > 0 {
                    if weakNow == nil {
                        weakNow =
                            index.search(Self.searchable(query), limit: 1, highlight: false).confidence
                            != .strong
                    }
                    if weakNow == true { count += kinds[3] }
                }
                if count > 0 { gapCounts[query, default: [:]][channel] = (count, kinds[0]) }
            }
        }
        // The words of every question asked, so that one question's compound can be split into
        // another's words.
        var vocabulary = Set<[UInt8]>()
        for query in gapCounts.keys {
            for token in searcher.index.analyzer.normalize(Self.searchable(query))
            where token.term.count >= SearchLimits.minCompoundLength {
                vocabulary.insert(token.term)
            }
        }
        // Group by the decompounded form.
        var groups: [Group] = []
        var groupOfKey: [[String]: Int] = [:]
        var readings: [(group: Int, words: [[String]])] = []
        for query in gapCounts.keys.sorted() {
            let words = searcher.decompounded(Self.searchable(query), knownWords: vocabulary)
            let key = Array(Set(words.joined())).sorted()
            guard !key.isEmpty else { continue }  // stop words only: no question
            if let position = groupOfKey[key] {
                groups[position].members.append(query)
                readings.append((position, words))
            } else {
                groupOfKey[key] = groups.count
                readings.append((groups.count, words))
                groups.append(Group(key: key, members: [query]))
            }
        }
        // A compound of an unknown word and one more part counts with the unknown word alone.
        var parent = Array(groups.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        for (position, words) in readings {
            for (w, parts) in words.enumerated() where parts.count >= 2 {
                let modifier = Array(parts.dropLast())
                guard modifier.contains(where: { !searcher.knows(term: $0) }) else { continue }
                var shorter = words
                shorter[w] = modifier
                guard let base = groupOfKey[Array(Set(shorter.joined())).sorted()], base != position else {
                    continue
                }
                parent[root(position)] = root(base)
            }
        }
        var merged: [Int: [String]] = [:]
        for position in groups.indices { merged[root(position), default: []] += groups[position].members }

        var gaps: [Gap] = []
        for (base, members) in merged {
            var channels: [String: Int] = [:]
            var count = 0
            var noHit = 0
            var lastDay = Int.min
            var wordings: [(wording: String, count: Int)] = []
            for query in members {
                var asked = 0
                for (channel, counts) in gapCounts[query] ?? [:] {
                    channels[channel, default: 0] += counts.count
                    asked += counts.count
                    noHit += counts.noHit
                }
                count += asked
                wordings.append((query, asked))
                lastDay = max(lastDay, queries[query]?.lastDay ?? Int.min)
            }
            wordings.sort { ($1.count, $0.wording) < ($0.count, $1.wording) }
            let example = wordings.first?.wording ?? ""
            let now = index.search(Self.searchable(example), limit: 1, highlight: false)
            var gap = Gap(
                key: groups[base].key.joined(separator: " "), count: count, noHit: noHit,
                channels: channels.map { ($0.key, $0.value) }.sorted {
                    QueryChannel.order($0.channel, $1.channel)
                },
                example: example, wordings: wordings, lastAsked: CivilDate(day: lastDay), nearest: nil,
                answeredNow: now.confidence == .strong, owner: nil, ownerName: nil, ownerShare: 0)
            if let hit = now.hits.first {
                gap.nearest = NearestArticle(
                    id: hit.record.id, title: hit.record.title, owner: hit.record.owner, score: hit.score)
            }
            let (owner, share) = attribution(Self.searchable(example))
            gap.ownerShare = share
            if share >= Self.minOwnerShare, let owner {
                gap.owner = owner
                gap.ownerName = index.registers.owner(owner)?.name
            }
            gaps.append(gap)
        }
        return gaps.sorted { ($1.count, $0.key) < ($0.count, $1.key) }
    }

    /// The owner the words of `text` are most about, and its share of their importance.
    func attribution(_ text: String) -> (owner: String?, share: Float) {
        var votes: [String: Float] = [:]
        var total: Float = 0
        for topic in index.searcher.topics(of: text) {
            total += topic.importance
            guard !topic.documents.isEmpty else { continue }
            let each = topic.importance / Float(topic.documents.count)
            for document in topic.documents { votes[index.record(document).owner, default: 0] += each }
        }
        guard total > 0, let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            return (nil, 0)
        }
        return (best.key, best.value / total)
    }
}
