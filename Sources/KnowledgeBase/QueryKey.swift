import Analysis

/// The grouping key of a query: its analysed terms, sorted and deduplicated.
///
/// Exists because two layers group queries the same way: the index (best bets and learned
/// raises are looked up by it) and insight (gaps and learned associations are counted by it).
/// It lives here, below both, so the index never needs the insight module.
public enum QueryKey {
    /// The grouping key of `text`: its analysed terms, sorted and deduplicated.
    public static func key(_ text: String, analyzer: SwedishAnalyzer) -> String {
        let terms = Set(
            analyzer.analyze(searchable(text), maxTokens: AnalysisLimits.maxTokensPerQuery).map(\.text))
        return terms.sorted().joined(separator: " ")
    }

    /// What `Redaction` put in place of personal data ("[telefon]") is not what was asked about:
    /// it is left out of the key and of the search made again.
    public static func searchable(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var result = text
        for placeholder in ["[e-post]", "[telefon]", "[personnummer]", "[siffror]"] {
            result = result.replacing(placeholder, with: " ")
        }
        return result
    }
}
