/// The caps that keep analysis linear and bounded, whatever text comes in.
///
/// Text reaches the analyzer from article files and from callers typing into a
/// search box; neither is trusted to be sensible. Each cap is enforced by the
/// tokenizer, and each is a default that a caller can lower per call.
public enum AnalysisLimits {
    /// Longest term kept, in UTF-8 bytes (å, ä and ö take two). Longer runs of
    /// letters or digits (a pasted hash, a URL without separators, a run of
    /// one key held down) are dropped, though they still use up a position.
    /// Long Swedish compounds such as "barnomsorgsavgiftsreducering" (28
    /// bytes) fit with room to spare.
    public static let maxTokenBytes = 64

    /// Most tokens taken from one field of one document; the rest of the field
    /// is not indexed. A guidance article runs to a few thousand words, so
    /// this bounds only pathological input.
    public static let maxTokensPerField = 20_000

    /// Most tokens taken from one search query, stop words included. A caller's
    /// question is a sentence; every query term costs a dictionary walk for
    /// prefix and typo matches, so a pasted page must not become a query.
    public static let maxTokensPerQuery = 32
}
