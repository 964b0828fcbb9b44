import ArgumentParser
import KnowledgeBase
import Search

/// Resolves what a person typed after `--owner` and `--category` to what the folder holds.
///
/// Exists so that filters forgive what guides type elsewhere: "forskola" finds "förskola" and
/// "Förskoleförvaltningen" the owner `forskoleforvaltningen`; a value that matches nothing is a
/// usage error (exit 64) that names the closest values instead of silently finding nothing.
enum Filters {
    /// Lowercased, with å/ä/ö and accents folded: "Förskola" → "forskola".
    static func fold(_ text: String) -> String {
        String(
            text.lowercased().map { character -> Character in
                switch character {
                case "å", "ä", "á", "à", "â": "a"
                case "ö", "ó", "ò", "ô", "ø": "o"
                case "é", "è", "ê", "ë": "e"
                case "ü", "ú": "u"
                case "í", "ï": "i"
                default: character
                }
            }
        ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The owner id `input` names (by id or by name, folded); a usage error otherwise.
    static func owner(_ input: String?, _ registers: Registers) throws -> String? {
        guard let input else { return nil }
        let wanted = fold(input)
        if let match = registers.owners.first(where: { fold($0.id) == wanted || fold($0.name) == wanted }) {
            return match.id
        }
        let ids = registers.owners.map(\.id)
        throw ValidationError(
            "ingen förvaltning '\(input)'" + suggestion(wanted, ids)
                + "; förvaltningarna är: " + ids.joined(separator: ", "))
    }

    /// The category `input` names (folded); a usage error otherwise.
    static func category(_ input: String?, _ articles: [Article]) throws -> String? {
        guard let input else { return nil }
        let wanted = fold(input)
        let categories = Array(Set(articles.map(\.category))).sorted()
        if let match = categories.first(where: { fold($0) == wanted }) { return match }
        throw ValidationError(
            "ingen kategori '\(input)'" + suggestion(wanted, categories)
                + "; kategorierna är: " + categories.joined(separator: ", "))
    }

    /// " (menade du 'x'?)" for the closest of `candidates`, or "".
    private static func suggestion(_ wanted: String, _ candidates: [String]) -> String {
        let folded = Dictionary(candidates.map { (fold($0), $0) }, uniquingKeysWith: { first, _ in first })
        let budget = max(1, min(3, wanted.count / 4))
        let close = EditDistance.closest(to: wanted, in: Array(folded.keys), limit: budget, count: 1)
        let prefixed = folded.keys.filter {
            $0.hasPrefix(wanted) || (wanted.count >= 4 && wanted.hasPrefix($0))
        }.sorted()
        guard let best = close.first ?? prefixed.first, let original = folded[best] else { return "" }
        return " (menade du '\(original)'?)"
    }
}
