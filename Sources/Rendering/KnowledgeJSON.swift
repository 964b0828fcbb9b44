import KnowledgeBase

/// How articles, referrals and search results look as JSON: one definition shared by the CLI's
/// `--json` and the server's `.JSON` commands, following `article-format.md`.
public enum KnowledgeJSON {
    public static func referrals(_ referrals: [Referral], _ registers: Registers) -> JSONValue {
        .array(
            referrals.map { referral in
                let unit = registers.unit(referral.unit)
                return .object([
                    ("unit", .string(referral.unit)),
                    ("name", .optional(unit?.name)),
                    ("phone", .optional(unit?.phone)),
                    ("email", .optional(unit?.email)),
                    ("hours", .optional(unit?.hours)),
                    ("address", .optional(unit?.address)),
                    ("web", .optional(unit?.web)),
                    ("note", .string(referral.note)),
                ])
            })
    }

    public static func blocks(_ blocks: [Block]) -> JSONValue {
        .array(
            blocks.map { block in
                switch block {
                case .paragraph(let text): .object([("p", .string(text))])
                case .steps(let steps): .object([("steps", .array(steps.map { .string($0) }))])
                case .list(let items): .object([("list", .array(items.map { .string($0) }))])
                case .staff(let inner): .object([("staff_only", Self.blocks(inner))])
                }
            })
    }

    public static func summary(_ article: Article, _ registers: Registers) -> JSONValue {
        .object([
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("summary", .string(article.summary)),
            ("category", .string(article.category)),
            ("status", .string(article.status.rawValue)),
            ("owner", .string(article.owner)),
            ("review_by", .optional(article.reviewBy)),
        ])
    }

    public static func full(_ article: Article, _ registers: Registers) -> JSONValue {
        let owner = registers.owner(article.owner)
        return .object([
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("summary", .string(article.summary)),
            ("status", .string(article.status.rawValue)),
            ("revision", .int(article.revision)),
            ("language", .optional(article.language)),
            ("body", blocks(article.body)),
            ("easy_read", article.easyRead.map(blocks) ?? .null),
            ("questions", .array(article.questions.map { .string($0) })),
            ("keywords", .array(article.keywords.map { .string($0) })),
            ("category", .string(article.category)),
            ("audience", .array(article.audience.map { .string($0.rawValue) })),
            ("owner", .string(article.owner)),
            ("owner_name", .optional(owner?.name)),
            ("owner_contact", .optional(owner?.contact)),
            ("refer", referrals(article.referrals, registers)),
            ("related", .array(article.related.map { .string($0) })),
            ("legal_basis", .array(article.legalBasis.map { .string($0) })),
            ("reviewed", .optional(article.reviewed)),
            ("review_by", .optional(article.reviewBy)),
        ])
    }
}

extension KnowledgeJSON {
    /// A search result: `{"query", "took_us", "total", "confidence", "hits": [...], "did_you_mean"}`;
    /// `confidence` (strong, weak, none) is the first hit's, and each hit has its own.
    public static func search(_ result: ArticleSearchResult, _ registers: Registers, explain: Bool = false)
        -> JSONValue
    {
        .object([
            ("query", .string(result.query)),
            ("took_us", .int(result.tookMicroseconds)),
            ("total", .int(result.total)),
            ("confidence", .string(result.confidence.rawValue)),
            (
                "hits",
                .array(
                    result.hits.map { hit in
                        var fields: [(String, JSONValue)] = [
                            ("id", .string(hit.record.id)),
                            ("title", .string(hit.record.title)),
                            ("summary", .string(hit.record.summary)),
                            ("score", .double(Double((hit.score * 1000).rounded() / 1000))),
                            ("confidence", .string(hit.confidence.rawValue)),
                            ("owner", .string(hit.record.owner)),
                            ("category", .string(hit.record.category)),
                            ("refer", referrals(hit.record.referrals, registers)),
                        ]
                        if explain, let explanation = hit.explanation {
                            fields.append(("explain", .string(explanation.description)))
                            if let adjustment = hit.adjustment {
                                fields.append(("adjusted", .string(adjustment)))
                            }
                        }
                        return .object(fields)
                    })
            ),
            ("did_you_mean", .optional(result.correctedQuery)),
        ])
    }
}
