/// Every cap the search engine applies to one query, in one place.
///
/// Each expansion (prefix completions, typo corrections, compound parts) costs postings to walk;
/// these caps keep the worst query bounded whatever the corpus size.
public enum SearchLimits {
    /// Query words considered; the rest are ignored. A bitmask per document tracks them.
    public static let maxQueryWords = 16
    /// Completions taken for the word being typed, the most frequent first: at least the
    /// minimum, then more while their postings add up to no more than the number of documents.
    public static let maxPrefixExpansions = 40
    public static let minPrefixExpansions = 3
    /// Dictionary terms scanned for a prefix before the most frequent are chosen.
    public static let maxPrefixScan = 5_000
    /// Shortest prefix (in characters) that is expanded.
    public static let minPrefixLength = 2
    /// Corrections taken per misspelled word, the closest and most frequent first.
    public static let maxTypoExpansions = 12
    /// Words shorter than this get no typo tolerance; from `twoTypoLength` on, two edits.
    public static let oneTypoLength = 4
    public static let twoTypoLength = 8
    /// Largest number of hits a caller may ask for.
    public static let maxResults = 1_000
    /// Compound splitting: the shortest whole word split, the shortest part, the most parts.
    public static let minCompoundLength = 6
    public static let minCompoundPart = 3
    public static let maxCompoundParts = 3
    /// A compound that is itself a term also matches its parts apart ("säga upp förskoleplats"
    /// and "säga upp plats i förskolan") from this length, with parts this long; shorter ones
    /// split into chance words ("plat" + "sen").
    public static let minPartsLength = 9
    public static let minPartsPart = 4
    /// How many of the best candidates the second pass (deferred alternatives) looks at.
    public static let rerankDepth = 50
}
