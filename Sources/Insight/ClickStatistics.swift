import KnowledgeBase

/// How often a search was followed by an opened hit, and from how far down, per topic and
/// channel: the click-through rate and mean rank of `kb stats`.
///
/// Exists so the city can see where the desk finds its answer first and where it has to dig.
/// A search and an open are joined by channel and query (both redacted the same way): an open
/// belongs to the latest search of the same query on the same channel at most `window` seconds
/// before it. A search counts as clicked once, however many hits were opened; the mean rank is
/// over every open. Topics are as in `QueryStatistics` (the category of the search's top hit).
/// Give it the opens first, then stream the searches with `add`.
public struct ClickStatistics: Sendable {
    /// The most seconds between a search and an open of one of its hits.
    public static let window: Int64 = 30 * 60

    /// One line of the table.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var searches = 0
        /// Searches followed by at least one opened hit.
        public var clicked = 0
        /// Opened hits joined to a search.
        public var opens = 0
        var rankSum = 0

        /// Clicked searches per search.
        public var clickThrough: Double { searches > 0 ? Double(clicked) / Double(searches) : 0 }
        /// The mean rank of the opened hits (1 is the top); nil without opens.
        public var meanRank: Double? { opens > 0 ? Double(rankSum) / Double(opens) : nil }
    }

    private struct Search {
        var time: Int64
        var topic: String
        var channel: String
    }

    private var categories: [String: String] = [:]
    /// Channel + tab + query → the opens' times and ranks, oldest first.
    private var opens: [String: [(time: Int64, rank: Int)]] = [:]
    /// The searches of the queries that have opens.
    private var candidates: [String: [Search]] = [:]
    private var topics: [String: Row] = [:]
    private var channels: [String: Row] = [:]
    public private(set) var searches = 0
    public private(set) var openCount = 0

    public init(knowledge: Knowledge, clicks: [ClickEvent]) {
        for article in knowledge.outlines { categories[article.id] = article.category }
        for click in clicks where click.kind == .open {
            opens[click.channel + "\t" + click.query, default: []].append((click.time, click.rank))
            openCount += 1
        }
        for key in opens.keys { opens[key]!.sort { $0.time < $1.time } }
    }

    public mutating func add(_ event: QueryEvent) {
        searches += 1
        let topic =
            event.topHit.isEmpty || event.hits == 0
            ? QueryStatistics.noHit : categories[event.topHit] ?? QueryStatistics.unknownArticle
        topics[topic, default: Row(name: topic)].searches += 1
        channels[event.channel, default: Row(name: event.channel)].searches += 1
        let key = event.channel + "\t" + event.query
        if opens[key] != nil {
            candidates[key, default: []].append(
                Search(time: event.time, topic: topic, channel: event.channel))
        }
    }

    /// Opens that no logged search within `window` before them explains.
    public var unmatchedOpens: Int { openCount - joined.topics.values.reduce(0) { $0 + $1.opens } }

    /// Per topic, most searched first.
    public var byTopic: [Row] { Self.ranked(joined.topics) }

    /// Per channel, in `QueryChannel.order`.
    public var byChannel: [Row] {
        joined.channels.values.sorted { QueryChannel.order($0.name, $1.name) }
    }

    /// The rows with every open joined to its search.
    private var joined: (topics: [String: Row], channels: [String: Row]) {
        var topics = self.topics
        var channels = self.channels
        for (key, list) in opens {
            guard let searches = candidates[key]?.sorted(by: { $0.time < $1.time }) else { continue }
            var clicked = Set<Int>()
            var next = 0
            for open in list {
                while next < searches.count, searches[next].time <= open.time { next += 1 }
                let at = next - 1
                guard at >= 0, open.time - searches[at].time <= Self.window else { continue }
                let search = searches[at]
                topics[search.topic]!.opens += 1
                topics[search.topic]!.rankSum += open.rank
                channels[search.channel]!.opens += 1
                channels[search.channel]!.rankSum += open.rank
                if clicked.insert(at).inserted {
                    topics[search.topic]!.clicked += 1
                    channels[search.channel]!.clicked += 1
                }
            }
        }
        return (topics, channels)
    }

    private static func ranked(_ rows: [String: Row]) -> [Row] {
        rows.values.sorted { $0.searches != $1.searches ? $0.searches > $1.searches : $0.name < $1.name }
    }
}
