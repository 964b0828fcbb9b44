import KnowledgeBase

/// An ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    public init(_ date: CivilDate) {
        // 1970-01-01 was a Thursday: weekday 0 is Monday.
        let weekday = ((date.day % 7) + 7 + 3) % 7
        let thursday = date.adding(days: 3 - weekday)
        let year = Int(thursday.description.prefix(4))!
        let first = CivilDate("\(year)-01-01")!
        self.year = year
        week = (thursday - first) / 7 + 1
    }

    /// The week's Monday.
    public var monday: CivilDate {
        let january4 = CivilDate("\(year)-01-04")!
        let weekday = ((january4.day % 7) + 7 + 3) % 7
        return january4.adding(days: -weekday + 7 * (week - 1))
    }

    /// `2026-W48`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    /// `v. 48`, for people.
    public var label: String { "v. \(week)" }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}

/// What is asked: searches counted per ISO week, channel and topic.
///
/// The topic of a search is the category of its top hit (looked up in the folder as it is now,
/// archived and draft articles included); "(ingen träff)" when it found nothing, "(okänd
/// artikel)" when the article is no longer in the folder. Feed events with `add`.
public struct QueryStatistics: Sendable {
    public static let noHit = "(ingen träff)"
    public static let unknownArticle = "(okänd artikel)"

    private var categories: [String: String] = [:]
    private var weekOfDay: [Int: ISOWeek] = [:]
    /// week → channel → topic → searches.
    public private(set) var counts: [ISOWeek: [String: [String: Int]]] = [:]
    public private(set) var searches = 0
    /// The first and last day with searches.
    public private(set) var firstDay: CivilDate?
    public private(set) var lastDay: CivilDate?

    public init(knowledge: Knowledge) {
        for article in knowledge.outlines { categories[article.id] = article.category }
    }

    public mutating func add(_ event: QueryEvent) {
        searches += 1
        let day = event.date.day
        if firstDay.map({ day < $0.day }) ?? true { firstDay = CivilDate(day: day) }
        if lastDay.map({ day > $0.day }) ?? true { lastDay = CivilDate(day: day) }
        let week: ISOWeek
        if let known = weekOfDay[day] {
            week = known
        } else {
            week = ISOWeek(CivilDate(day: day))
            weekOfDay[day] = week
        }
        let topic =
            event.topHit.isEmpty || event.hits == 0
            ? Self.noHit : categories[event.topHit] ?? Self.unknownArticle
        counts[week, default: [:]][event.channel, default: [:]][topic, default: 0] += 1
    }

    /// The weeks with searches, oldest first.
    public var weeks: [ISOWeek] { counts.keys.sorted() }

    /// The channels with searches, in `QueryChannel.order`.
    public var channels: [String] {
        Set(counts.values.flatMap(\.keys)).sorted(by: QueryChannel.order)
    }

    /// Searches per channel in `week`.
    public func total(week: ISOWeek, channel: String) -> Int {
        counts[week]?[channel]?.values.reduce(0, +) ?? 0
    }

    /// Searches per topic over all weeks (of one channel, or all), most asked first.
    public func topics(channel: String? = nil) -> [(topic: String, count: Int)] {
        var totals: [String: Int] = [:]
        for perChannel in counts.values {
            for (name, topics) in perChannel where channel == nil || name == channel {
                for (topic, count) in topics { totals[topic, default: 0] += count }
            }
        }
        return Self.ranked(totals)
    }

    /// Searches per topic in `week` (of one channel, or all), most asked first.
    public func topics(week: ISOWeek, channel: String? = nil) -> [(topic: String, count: Int)] {
        var totals: [String: Int] = [:]
        for (name, topics) in counts[week] ?? [:] where channel == nil || name == channel {
            for (topic, count) in topics { totals[topic, default: 0] += count }
        }
        return Self.ranked(totals)
    }

    /// Searches on `topic` per channel over all weeks.
    public func count(topic: String, channel: String) -> Int {
        counts.values.reduce(0) { $0 + ($1[channel]?[topic] ?? 0) }
    }

    private static func ranked(_ totals: [String: Int]) -> [(topic: String, count: Int)] {
        totals.map { (topic: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.topic < $1.topic
        }
    }
}
