import Insight

extension QueryStatistics {
    /// `{"searches", "weeks": [{"week", "monday", "channels": [{"channel", "total", "topics":
    /// [{"topic", "count"}]}]}]}`, each channel's `top` topics.
    public func json(top: Int) -> JSONValue {
        .object([
            ("searches", .int(searches)),
            (
                "weeks",
                .array(
                    weeks.map { week in
                        .object([
                            ("week", .string(week.description)),
                            ("monday", .string(week.monday.description)),
                            (
                                "channels",
                                .array(
                                    (counts[week] ?? [:]).keys.sorted(by: QueryChannel.order).map { channel in
                                        .object([
                                            ("channel", .string(channel)),
                                            ("total", .int(total(week: week, channel: channel))),
                                            (
                                                "topics",
                                                .array(
                                                    topics(week: week, channel: channel).prefix(top).map {
                                                        .object([
                                                            ("topic", .string($0.topic)),
                                                            ("count", .int($0.count)),
                                                        ])
                                                    })
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}

extension ClickStatistics {
    /// `{"opens", "unmatched", "channels": [row], "topics": [row]}`, a row being `{"name",
    /// "searches", "clicked", "click_through", "opens", "mean_rank"}`.
    public var json: JSONValue {
        func row(_ row: Row) -> JSONValue {
            .object([
                ("name", .string(row.name)), ("searches", .int(row.searches)), ("clicked", .int(row.clicked)),
                ("click_through", .double((row.clickThrough * 1000).rounded() / 1000)),
                ("opens", .int(row.opens)),
                ("mean_rank", row.meanRank.map { .double(($0 * 100).rounded() / 100) } ?? .null),
            ])
        }
        return .object([
            ("opens", .int(openCount)), ("unmatched", .int(unmatchedOpens)),
            ("channels", .array(byChannel.map(row))), ("topics", .array(byTopic.map(row))),
        ])
    }
}

extension GapAnalysis {
    /// Gaps as JSON: `{"searches", "gaps": [{"key", "count", "no_hit", "channels", "example",
    /// "wordings", "last_asked", "nearest", "answered_now", "owner", "owner_name",
    /// "owner_share"}]}`; `owner` is null for an unattributed gap.
    public static func json(_ gaps: [Gap], searches: Int) -> JSONValue {
        .object([
            ("searches", .int(searches)),
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
                            ("wordings", .object(gap.wordings.map { ($0.wording, .int($0.count)) })),
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
                            ("answered_now", .bool(gap.answeredNow)),
                            ("owner", .optional(gap.owner)),
                            ("owner_name", .optional(gap.ownerName)),
                            ("owner_share", .double(Double((gap.ownerShare * 100).rounded() / 100))),
                        ])
                    })
            ),
        ])
    }
}
