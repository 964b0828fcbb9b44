import Search

/// A learned raise of one article for one analysed query, ready for search time.
struct LearnedBoost: Sendable {
    var document: UInt32
    /// What the article's score is multiplied by (above 1, at most 1 + `LearnedAssociations.maxBoost`).
    var factor: Float
    /// What `--explain` says.
    var note: String
}

/// What moves hits after the engine ranked them: best bets (from the folder) and, when switched
/// on, learned associations (from the click log).
///
/// Exists so the engine stays ignorant of articles and logs, and so the adjustments are one
/// step with one rule: with no best bet and no learned association for a query, the engine's
/// result is returned untouched (not even the query is analysed again when both are empty).
/// Learned raises are applied first (bounded multipliers, then a stable re-sort), then a best
/// bet puts its article first.
struct RankAdjustments: Sendable {
    var bestBets = BestBetTable()
    /// Analysed query → raises; empty unless learning was switched on.
    var learned: [String: [LearnedBoost]] = [:]
    /// Today, for best bets' expiry (tests set it).
    var today: @Sendable () -> CivilDate = { CivilDate.today() }
    /// How many hits are fetched when a learned raise may lift one from further down.
    static let learnedWindow = 20

    var isEmpty: Bool { bestBets.isEmpty && learned.isEmpty }

    /// Moves `result`'s hits for the analysed query `key`, keeping `limit` of them; each moved
    /// hit's document → what `--explain` says about it.
    /// Without `notes`, nothing is said (the server's fast path shows no explanation).
    func apply(
        _ key: String, to result: inout SearchResult, limit: Int, index: InvertedIndex, tags: [String],
        notes wanted: Bool = true
    ) -> [UInt32: String] {
        var notes: [UInt32: String] = [:]
        if !learned.isEmpty, let boosts = learned[key] {
            var raised = false
            for boost in boosts {
                guard let at = result.hits.firstIndex(where: { $0.document == boost.document }) else {
                    continue
                }
                result.hits[at].score *= boost.factor
                if wanted { notes[boost.document] = boost.note }
                raised = true
            }
            if raised {
                // Stable: hits not raised keep the engine's order among themselves.
                result.hits = result.hits.enumerated().sorted {
                    $0.element.score != $1.element.score
                        ? $0.element.score > $1.element.score : $0.offset < $1.offset
                }.map(\.element)
            }
        }
        if result.hits.count > limit { result.hits.removeLast(result.hits.count - limit) }
        if !bestBets.isEmpty, let pin = bestBets.pin(key, today: today), limit > 0,
            tags.isEmpty || index.document(pin.document, hasTags: tags)
        {
            var score = result.hits.first?.score ?? 0
            if let at = result.hits.firstIndex(where: { $0.document == pin.document }) {
                score = max(score, result.hits.remove(at: at).score)
            } else if result.hits.count == limit {
                result.hits.removeLast()
            }
            result.hits.insert(SearchHit(placing: pin.document, score: score), at: 0)
            result.total = max(result.total, result.hits.count)
            guard wanted else { return notes }
            let entry = pin.entry
            notes[pin.document] =
                "Fäst först av bästa träff '\(entry.id)' (\(entry.owner), gäller till och med \(entry.expires))"
                + (notes[pin.document].map { "; " + $0 } ?? "")
        }
        return notes
    }
}

extension KnowledgeIndex {
    /// Runs `request` and applies the best bets and learned associations (`RankAdjustments`);
    /// the document → explanation of each hit they moved.
    /// Without `notes`, the explanations are not made (and come back empty).
    func adjustedSearch(_ request: SearchRequest, notes: Bool = true) -> (SearchResult, [UInt32: String]) {
        guard !adjustments.isEmpty else { return (searcher.search(request), [:]) }
        if adjustments.learned.isEmpty, !request.text.utf8.contains(UInt8(ascii: "[")) {
            // Best bets only: nothing widens the search, and the key comes from the terms the
            // search analysed (`QueryKey.searchable` would leave the text as it is).
            var result = searcher.search(request)
            let key = QueryKey.key(terms: result.plan.analyzedTerms)
            let said = adjustments.apply(
                key, to: &result, limit: request.limit, index: searcher.index, tags: request.requiredTags,
                notes: notes)
            return (result, said)
        }
        let key = QueryKey.key(request.text, analyzer: searcher.index.analyzer)
        var widened = request
        if adjustments.learned[key] != nil {
            widened.limit = min(max(request.limit, RankAdjustments.learnedWindow), SearchLimits.maxResults)
        }
        var result = searcher.search(widened)
        let said = adjustments.apply(
            key, to: &result, limit: request.limit, index: searcher.index, tags: request.requiredTags,
            notes: notes)
        return (result, said)
    }
}
