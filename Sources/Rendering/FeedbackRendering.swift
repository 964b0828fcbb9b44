import Insight

extension KnowledgeJSON {
    /// Feedback on one article: counts per kind and the open items.
    public static func feedback(_ events: [FeedbackEvent], reviewed: String?) -> JSONValue {
        .object(
            FeedbackKind.allCases.map { kind in
                (kind.rawValue, JSONValue.int(events.filter { $0.kind == kind }.count))
            }
                + [
                    (
                        "open",
                        .array(
                            events.filter { $0.isOpen(reviewed: reviewed) }.map { event in
                                .object([
                                    ("time", .string(event.time)), ("kind", .string(event.kind.rawValue)),
                                    ("channel", .string(event.channel)), ("comment", .string(event.comment)),
                                ])
                            })
                    )
                ])
    }
}

extension ArticleText {
    /// "Återkoppling: 3 hjälpsam, 1 inaktuell" and the open items, newest first.
    public static func feedbackLines(_ events: [FeedbackEvent], reviewed: String?) -> [String] {
        guard !events.isEmpty else { return [] }
        let counts = FeedbackKind.allCases.compactMap { kind -> String? in
            let count = events.filter { $0.kind == kind }.count
            return count > 0 ? "\(count) \(kind.label)" : nil
        }
        var lines = ["", "Återkoppling: " + counts.joined(separator: ", ")]
        for event in events.filter({ $0.isOpen(reviewed: reviewed) }).reversed().prefix(5) {
            var line = "  – \(event.time.prefix(10)) \(event.kind.label)"
            if !event.comment.isEmpty { line += ": " + event.comment }
            lines.append(line)
        }
        return lines
    }
}
