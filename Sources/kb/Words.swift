import KnowledgeBase

/// Swedish counts for output ("1 artikel", "73 artiklar").
///
/// Exists because `kb` speaks Swedish throughout and a count reads wrong with a "(s)" suffix;
/// every command words its counts through here.
enum Words {
    /// `number` followed by the singular or the plural form.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}

/// The Swedish word for an article's status, as `kb` prints it.
enum ArticleStatusWord {
    static func word(_ status: ArticleStatus) -> String {
        switch status {
        case .draft: "utkast"
        case .published: "publicerad"
        case .archived: "arkiverad"
        }
    }
}
