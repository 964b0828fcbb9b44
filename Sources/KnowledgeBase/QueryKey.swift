import Analysis

/// The grouping key of a query: its analysed terms, sorted and deduplicated.
///
/// Exists because two layers group queries the same way: the index (best bets and learned
/// raises are looked up by it) and insight (gaps and learned associations are counted by it).
/// It lives here, below both, so the index never needs the insight module.
public enum QueryKey {
    /// The grouping key of `text`: its analysed terms, sorted and deduplicated.
    public static func key(_ text: String, analyzer: SwedishAnalyzer) -> String {
        key(
            terms: analyzer.analyze(searchable(text), maxTokens: AnalysisLimits.maxTokensPerQuery).map(\.term)
        )
    }

    /// The grouping key of a query's analysed terms (`QueryPlan.analyzedTerms`).
    public static func key(terms: [[UInt8]]) -> String {
        // Sorted, then each term once: the same as through a `Set`, without hashing every term
        // (this runs for every search of an index with best bets).
        var terms = terms.map { String(decoding: $0, as: UTF8.self) }
        terms.sort()
        var key = ""
        var previous: String?
        for term in terms where term != previous {
            if previous != nil { key += " " }
            key += term
            previous = term
        }
        return key
    }

    /// What `Redaction` put in place of personal data ("[telefon]") is not what was asked about:
    /// it is left out of the key and of the search made again.
    public static func searchable(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        var result = text
        for placeholder in ["[e-post]", "[telefon]", "[personnummer]", "[siffror]"] {
            result = result.replacing(placeholder, with: " ")
        }
        return result
    }
}
