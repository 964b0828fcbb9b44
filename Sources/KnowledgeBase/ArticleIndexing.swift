import Analysis
import Search

/// How articles map onto the search engine: which text goes in which field, with what weight,
/// and which filter tags an article carries. The only file that knows both sides.
public enum ArticleIndexing {
    /// Title and questions weigh most: they are written the way callers ask.
    public static let schema = FieldSchema([
        .init(name: "title", weight: 3.0, lengthNormalization: 0.5, isShort: true),
        .init(name: "questions", weight: 2.0, lengthNormalization: 0.5, isShort: true),
        .init(name: "keywords", weight: 2.0, lengthNormalization: 0.3, isShort: true),
        .init(name: "summary", weight: 1.5),
        .init(name: "body", weight: 1.0),
        .init(name: "easy-read", weight: 0.5),
    ])

    static func fields(_ article: Article) -> [String] {
        [
            article.title,
            article.questions.joined(separator: "\n"),
            (article.keywords + [article.category]).joined(separator: "\n"),
            article.summary,
            article.body.flatMap(\.lines).joined(separator: "\n"),
            (article.easyRead ?? []).flatMap(\.lines).joined(separator: "\n"),
        ]
    }

    static func tags(_ article: Article) -> [String] {
        ["category:" + article.category.lowercased(), "owner:" + article.owner]
            + article.audience.map { "audience:" + $0.rawValue }
    }

    /// The analyzer for a folder: abbreviations from the synonym register ("sfi", "lss") are
    /// protected from stemming.
    public static func analyzer(_ registers: Registers) -> SwedishAnalyzer {
        let abbreviations = registers.synonyms.map(\.term).filter {
            !$0.contains(" ") && !$0.contains("-") && $0.count <= 4
        }
        return SwedishAnalyzer(protectedWords: Array(Set(abbreviations)).sorted())
    }
}
