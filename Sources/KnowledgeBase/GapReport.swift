import Analysis

/// A question the knowledge base answers badly or not at all, with everyone who asked it.
public struct Gap: Sendable {
    /// The analyzed form shared by every wording counted here (terms sorted, space-separated).
    public var key: String
    /// Searches counted as a gap.
    public var count: Int
    /// Of `count`: searches that found nothing.
    public var noHit: Int
    /// Per channel, in `QueryChannel.order`.
    public var channels: [(channel: String, count: Int)]
    /// The most frequent wording, as typed (redacted).
    public var example: String
    /// When it was last asked, UTC.
    public var lastAsked: CivilDate
    /// The best hit when the example is searched again now against the current folder.
    public var nearest: NearestArticle?
    /// The share of the example's words `nearest` matches (words no article knows count as
    /// unmatched); 0 without `nearest`.
    public var coverage: Float
    /// Whether that search now finds a hit that is not weak (a strong score, enough words
    /// matched): the gap may be closed — or the hit is strong and still wrong; a person decides.
    public var answeredNow: Bool
    /// The owner the question most likely belongs to.
    public var owner: String?
    public var ownerName: String?
    /// How `owner` was chosen.
    public var ownerSource: OwnerSource?

    public enum OwnerSource: String, Sendable {
        /// The owner of `nearest`.
        case nearest
        /// The most common owner of the weak hits the searches got when they were made.
        case loggedHits = "logged-hits"
    }
}

/// The article nearest a gap.
public struct NearestArticle: Sendable {
    public var id: String
    public var title: String
    public var owner: String
    public var score: Float
}

/// Finds the gaps in a query log: what is asked and not (well) answered.
///
/// A search counts as a gap when
/// - it found nothing, or
/// - its best hit was weak: it scored below `minScore` when the search was made, or, searched
///   again now, the best hit matches less than `minCoverage` (60%) of the query's words, words
///   no article knows counting as unmatched.
///
/// Measured on the shipped folder: of the 329 relevance-set queries (typed the way guides type)
/// whose first hit is right, 15 (5%) are weak by this rule; of 28 questions the folder has no
/// article for ("simhall öppettider", "cykel stulen", "dagvatten översvämning källare"), 8 find
/// nothing and 13 of the other 20 are weak. Scores below 4.0 are rare for right answers (5th percentile
/// 4.2) and common for off-topic ones (1–2); a 2-word question with one word matched (50%) is
/// a typical gap, a long question missing one or two filler words (5 of 7) is not. The other
/// off-topic questions ("gatlykta trasig") match every word of some article: no lexical rule
/// can tell them apart. Scores grow with the folder's size (idf), hence `minScore` is a
/// parameter.
///
/// Searches are grouped by their analyzed form (the index's analyzer: lowercased, stop words
/// out, stemmed, å/ä/ö folded; terms sorted and deduplicated), so "Förskolans öppettider" and
/// "oppettider forskola" count together. Feed events with `add`, then take `gaps()`.
public struct GapAnalysis {
    public static let defaultMinScore: Float = 4.0
    public static let minCoverage: Float = 0.6

    public let index: KnowledgeIndex
    public let minScore: Float
    /// Searches seen, gaps or not.
    public private(set) var searches = 0

    private var owners: [String: String] = [:]
    private var keyOfQuery: [String: Int] = [:]
    private var groups: [Group] = []
    private var groupOfKey: [String: Int] = [:]

    private struct Group {
        var key: String
        /// Per channel: [no hit, weak by score, otherwise].
        var channels: [String: [Int]] = [:]
        var wordings: [String: Int] = [:]
        /// Owners of the logged top hits of weak searches.
        var weakOwners: [String: Int] = [:]
        var lastDay = Int.min
    }

    /// - Parameter knowledge: the folder's articles (all of them, so logged hits on articles
    ///   archived since still name an owner); the index's records are used when nil.
    public init(index: KnowledgeIndex, knowledge: Knowledge? = nil, minScore: Float = defaultMinScore) {
        self.index = index
        self.minScore = minScore
        if let knowledge {
            for article in knowledge.articles { owners[article.id] = article.owner }
        } else {
            for document in 0..<index.count {
                let record = index.record(document)
                owners[record.id] = record.owner
            }
        }
    }

    /// The grouping key of `text`: its analyzed terms, sorted and deduplicated.
    public static func key(_ text: String, analyzer: SwedishAnalyzer) -> String {
        let terms = Set(
            analyzer.analyze(searchable(text), maxTokens: AnalysisLimits.maxTokensPerQuery).map(\.text))
        return terms.sorted().joined(separator: " ")
    }

    /// What `Redaction` put in place of personal data ("[telefon]") is not what was asked about:
    /// it is left out of the key and of the search made again.
    static func searchable(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var result = text
        for placeholder in ["[e-post]", "[telefon]", "[personnummer]", "[siffror]"] {
            result = result.replacing(placeholder, with: " ")
        }
        return result
    }

    public mutating func add(_ event: QueryEvent) {
        searches += 1
        let position: Int
        if let known = keyOfQuery[event.query] {
            position = known
        } else {
            let key = Self.key(event.query, analyzer: index.searcher.index.analyzer)
            if let existing = groupOfKey[key] {
                position = existing
            } else {
                position = groups.count
                groups.append(Group(key: key))
                groupOfKey[key] = position
            }
            keyOfQuery[event.query] = position
        }
        let kind = event.hits == 0 || event.topHit.isEmpty ? 0 : event.topScore < minScore ? 1 : 2
        groups[position].channels[event.channel, default: [0, 0, 0]][kind] += 1
        groups[position].wordings[event.query, default: 0] += 1
        groups[position].lastDay = max(groups[position].lastDay, event.date.day)
        if kind == 1, let owner = owners[event.topHit] {
            groups[position].weakOwners[owner, default: 0] += 1
        }
    }

    /// The gaps, most asked first (then by key).
    public func gaps() -> [Gap] {
        var gaps: [Gap] = []
        for group in groups {
            let example = group.wordings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
            let now = index.search(Self.searchable(example), limit: 1, explain: true, highlight: false)
            var coverage: Float = 0
            if let explanation = now.hits.first?.explanation {
                let words = explanation.knownWords + now.unknownWords.count
                coverage = words == 0 ? 1 : Float(explanation.matchedWords) / Float(words)
            }
            let weakNow = coverage < Self.minCoverage
            var channels: [(channel: String, count: Int)] = []
            var count = 0
            var noHit = 0
            for (channel, kinds) in group.channels {
                let gapCount = kinds[0] + kinds[1] + (weakNow ? kinds[2] : 0)
                guard gapCount > 0 else { continue }
                channels.append((channel, gapCount))
                count += gapCount
                noHit += kinds[0]
            }
            guard count > 0 else { continue }
            channels.sort { QueryChannel.order($0.channel, $1.channel) }
            var gap = Gap(
                key: group.key, count: count, noHit: noHit, channels: channels, example: example,
                lastAsked: CivilDate(day: group.lastDay), nearest: nil, coverage: coverage, answeredNow: false
            )
            if let hit = now.hits.first {
                gap.nearest = NearestArticle(
                    id: hit.record.id, title: hit.record.title, owner: hit.record.owner, score: hit.score)
                gap.answeredNow = !weakNow && hit.score >= minScore
                gap.owner = hit.record.owner
                gap.ownerSource = .nearest
            } else if let owner = group.weakOwners.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
                gap.owner = owner
                gap.ownerSource = .loggedHits
            }
            gap.ownerName = gap.owner.flatMap { index.registers.owner($0)?.name }
            gaps.append(gap)
        }
        return gaps.sorted { ($1.count, $0.key) < ($0.count, $1.key) }
    }

    /// Gaps as JSON: `{"searches", "min_score", "gaps": [{"key", "count", "no_hit", "channels",
    /// "example", "last_asked", "nearest", "coverage", "answered_now", "owner", "owner_name",
    /// "owner_source"}]}`.
    public static func json(_ gaps: [Gap], searches: Int, minScore: Float) -> JSONValue {
        .object([
            ("searches", .int(searches)),
            ("min_score", .double(Double(minScore))),
            (
                "gaps",
                .array(
                    gaps.map { gap in
                        .object([
                            ("key", .string(gap.key)),
                            ("count", .int(gap.count)),
                            ("no_hit", .int(gap.noHit)),
                            ("channels", .object(gap.channels.map { ($0.channel, .int($0.count)) })),
                            ("example", .string(gap.example)),
                            ("last_asked", .string(gap.lastAsked.description)),
                            (
                                "nearest",
                                gap.nearest.map { nearest in
                                    .object([
                                        ("id", .string(nearest.id)),
                                        ("title", .string(nearest.title)),
                                        ("owner", .string(nearest.owner)),
                                        ("score", .double(Double((nearest.score * 1000).rounded() / 1000))),
                                    ])
                                } ?? .null
                            ),
                            ("coverage", .double(Double((gap.coverage * 100).rounded() / 100))),
                            ("answered_now", .bool(gap.answeredNow)),
                            ("owner", .optional(gap.owner)),
                            ("owner_name", .optional(gap.ownerName)),
                            ("owner_source", .optional(gap.ownerSource?.rawValue)),
                        ])
                    })
            ),
        ])
    }
}
