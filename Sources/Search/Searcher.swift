/// Runs queries against one `InvertedIndex` snapshot.
///
/// Exists to hold what a snapshot's queries share: the synonym table and a pool of scratch
/// memory. Scoring is BM25F summed over query words, each word scoring by its best-matching
/// alternative (`MatchKind.weight` makes exact beat corrected); then documents that match more
/// of the words, and match them in short fields (title, questions), move up. Thread-safe.
public struct Searcher: Sendable {
    public let index: InvertedIndex
    public let synonyms: SynonymTable
    /// Words of other languages (English) and the Swedish terms they stand for.
    public let translations: SynonymTable
    let pool: ScratchPool

    /// Multiplier for a hit that matches every query word.
    static let allWordsBonus: Float = 1.5
    /// Multiplier per extra query word matched within a short field (words close together).
    static let proximityBonus: Float = 0.15

    public init(index: InvertedIndex, synonyms: SynonymTable = .empty, translations: SynonymTable = .empty) {
        self.index = index
        self.synonyms = synonyms
        self.translations = translations
        pool = ScratchPool(documentCount: index.documentCount)
    }

    /// Plans a query without running it (for `--explain` and "did you mean").
    public func plan(_ request: SearchRequest) -> QueryPlan {
        QueryPlanner(index: index, synonyms: synonyms, translations: translations).plan(request)
    }

    public func search(_ request: SearchRequest) -> SearchResult {
        var plan = plan(request)
        var required: [UInt32] = []
        for tag in request.requiredTags {
            guard let id = index.tagID(tag) else {
                return SearchResult(hits: [], total: 0, plan: plan)  // nobody has that tag
            }
            required.append(id)
        }
        var result = pool.withScratch { scratch in
            run(plan, required: required, limit: request.limit, scratch: scratch)
        }
        // "Did you mean" only offers a correction the first hit was found by.
        if let first = result.hits.first {
            plan.corrections.removeAll {
                index.postings.payload(term: $0.term, document: first.document) == nil
            }
            result.plan = plan
        }
        return result
    }

    private func run(_ plan: QueryPlan, required: [UInt32], limit: Int, scratch: Scratch) -> SearchResult {
        let postings = index.postings
        let queryStamp = scratch.nextGeneration()
        scratch.touched.removeAll()
        var knownGroups = 0
        var knownImportance: Float = 0
        var importance = [Float](repeating: 0, count: plan.groups.count)
        var deferred = false
        for (g, group) in plan.groups.enumerated() where !group.alternatives.isEmpty {
            knownGroups += 1
            knownImportance += group.importance
            importance[g] = group.importance
            let bit = UInt16(1) << UInt16(g)
            let active = group.alternatives.count(where: { !$0.deferred })
            if active < group.alternatives.count { deferred = true }
            if active == 1, group.alternatives[0].clauses.count == 1,
                group.alternatives[0].clauses[0].count == 1,
                !group.alternatives[0].deferred
            {
                // One term: no best-of to take, so add straight into the totals.
                let alternative = group.alternatives[0]
                let term = alternative.clauses[0][0]
                let idf = (alternative.sharedIDF ?? index.idf(term)) * alternative.weight * postings.scale
                let firm = alternative.isFirm ? bit : 0
                let totals = scratch.totals.baseAddress!
                postings.forEach(term) { document, payload in
                    let slot = totals + document
                    if slot.pointee.stamp != queryStamp {
                        slot.pointee = Scratch.Total.empty
                        slot.pointee.stamp = queryStamp
                        scratch.touched.append(UInt32(document))
                    }
                    slot.pointee.sum += idf * Float(payload & 0x7F)
                    slot.pointee.matched |= bit
                    slot.pointee.firm |= firm
                    if payload & Postings.shortBit != 0 { slot.pointee.short |= bit }
                }
                continue
            }
            let groupStamp = scratch.nextGeneration()
            scratch.touchedGroup.removeAll()
            for alternative in group.alternatives where !alternative.deferred {
                let weight = alternative.weight
                let firm = alternative.isFirm
                if alternative.clauses.count == 1 {
                    // One clause: each document's best term in it.
                    for term in alternative.clauses[0] {
                        let idf = (alternative.sharedIDF ?? index.idf(term)) * weight * postings.scale
                        postings.forEach(term) { document, payload in
                            let value = idf * Float(payload & 0x7F)
                            offer(
                                scratch, document, value, payload & Postings.shortBit != 0, firm, groupStamp)
                        }
                    }
                    continue
                }
                // Several clauses: a document must match each; it scores their mean.
                let alternativeStamp = scratch.nextGeneration()
                scratch.touchedAlternative.removeAll()
                for clause in alternative.clauses {
                    let clauseStamp = scratch.nextGeneration()
                    scratch.touchedClause.removeAll()
                    for term in clause {
                        let idf = index.idf(term) * postings.scale
                        postings.forEach(term) { document, payload in
                            let value = idf * Float(payload & 0x7F)
                            if scratch.clauseStamp[document] != clauseStamp {
                                scratch.clauseStamp[document] = clauseStamp
                                scratch.clauseBest[document] = value
                                scratch.touchedClause.append(UInt32(document))
                            } else if value > scratch.clauseBest[document] {
                                scratch.clauseBest[document] = value
                            }
                        }
                    }
                    for touched in scratch.touchedClause.buffer {
                        let document = Int(touched)
                        if scratch.alternativeStamp[document] != alternativeStamp {
                            scratch.alternativeStamp[document] = alternativeStamp
                            scratch.alternativeSum[document] = 0
                            scratch.alternativeCount[document] = 0
                            scratch.touchedAlternative.append(UInt32(document))
                        }
                        scratch.alternativeSum[document] += scratch.clauseBest[document]
                        scratch.alternativeCount[document] &+= 1
                    }
                }
                let clauseCount = UInt8(alternative.clauses.count)
                for touched in scratch.touchedAlternative.buffer {
                    let document = Int(touched)
                    guard scratch.alternativeCount[document] == clauseCount else { continue }
                    let value = weight * scratch.alternativeSum[document] / Float(clauseCount)
                    offer(scratch, document, value, false, firm, groupStamp)
                }
            }
            // Fold this word's best per document into the totals.
            for touched in scratch.touchedGroup.buffer {
                let document = Int(touched)
                let best = scratch.best[document]
                if scratch.totals[document].stamp != queryStamp {
                    scratch.totals[document] = Scratch.Total.empty
                    scratch.totals[document].stamp = queryStamp
                    scratch.touched.append(UInt32(document))
                }
                scratch.totals[document].sum += best.value
                scratch.totals[document].matched |= bit
                if best.firm { scratch.totals[document].firm |= bit }
                if best.short { scratch.totals[document].short |= bit }
            }
        }
        let weights = Coverage(importance: importance, known: knownImportance, count: knownGroups)
        var top = TopK(capacity: deferred ? max(limit, SearchLimits.rerankDepth) : limit)
        var total = 0
        for document in scratch.touched.buffer {
            if !required.isEmpty, !index.document(document, hasAll: required) { continue }
            total += 1
            if let floor = top.floor,
                scratch.totals[Int(document)].sum * Searcher.maximumBonus(knownGroups) < floor
            {
                continue  // cannot reach the hits kept so far
            }
            let total = scratch.totals[Int(document)]
            let score = Searcher.finalScore(
                total.sum, matched: total.matched, short: total.short, coverage: weights)
            top.offer(SearchHit(document: document, score: score))
        }
        var hits = top.sorted()
        if deferred {
            secondPass(plan, &hits, coverage: weights, scratch: scratch)
            if hits.count > limit { hits.removeLast(hits.count - limit) }
        }
        let allImportance = plan.groups.reduce(Float(0)) { $0 + $1.importance }
        for h in hits.indices {
            let total = scratch.totals[Int(hits[h].document)]
            hits[h].confidence = Confidence(
                importance: importance, all: allImportance, matched: total.matched, firm: total.firm,
                short: total.short)
        }
        return SearchResult(hits: hits, total: total, plan: plan)
    }

    /// Weighs the deferred alternatives for `hits`, the best candidates, and sorts them again: a
    /// document that did not match a word otherwise gets the deferred alternative's value for it.
    private func secondPass(
        _ plan: QueryPlan, _ hits: inout [SearchHit], coverage: Coverage, scratch: Scratch
    ) {
        let postings = index.postings
        for h in hits.indices {
            let document = hits[h].document
            var total = scratch.totals[Int(document)]
            var changed = false
            for (g, group) in plan.groups.enumerated() {
                let bit = UInt16(1) << UInt16(g)
                guard total.matched & bit == 0 else { continue }
                var best: Float = 0
                for alternative in group.alternatives where alternative.deferred {
                    var sum: Float = 0
                    var found = 0
                    for clause in alternative.clauses {
                        var clauseBest: Float = -1
                        for term in clause {
                            if let payload = postings.payload(term: term, document: document) {
                                clauseBest = max(clauseBest, index.idf(term) * postings.saturation(payload))
                            }
                        }
                        if clauseBest < 0 { break }
                        sum += clauseBest
                        found += 1
                    }
                    if found == alternative.clauses.count, found > 0 {
                        best = max(best, alternative.weight * sum / Float(found))
                    }
                }
                if best > 0 {
                    total.sum += best
                    total.matched |= bit
                    total.firm |= bit
                    changed = true
                }
            }
            if changed {
                scratch.totals[Int(document)] = total
                hits[h].score = Searcher.finalScore(
                    total.sum, matched: total.matched, short: total.short, coverage: coverage)
            }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
    }

    @inline(__always)
    private func offer(
        _ scratch: Scratch, _ document: Int, _ value: Float, _ short: Bool, _ firm: Bool, _ stamp: UInt32
    ) {
        let slot = scratch.best.baseAddress! + document
        if slot.pointee.stamp != stamp {
            slot.pointee = Scratch.Best(stamp: stamp, value: value, short: short, firm: firm)
            scratch.touchedGroup.append(UInt32(document))
        } else if value > slot.pointee.value {
            slot.pointee.value = value
            slot.pointee.short = short
            slot.pointee.firm = firm
        }
    }

    /// The most the bonuses can multiply a sum by, for a query of `words` words.
    static func maximumBonus(_ words: Int) -> Float {
        allWordsBonus * (1 + proximityBonus * Float(max(words - 1, 0)))
    }

    /// How much each query word weighs in coverage: its importance (idf), so that matching the
    /// filler words of a long question counts for little.
    struct Coverage {
        var importance: [Float]
        var known: Float
        var count: Int
        /// The share of every mask, for queries of up to `tableWords` words: one load per
        /// document instead of a loop over its bits.
        private var table: [Float] = []
        private static let tableWords = 8

        init(importance: [Float], known: Float, count: Int) {
            self.importance = importance
            self.known = known
            self.count = count
            if importance.count <= Self.tableWords {
                table = (0..<(1 << importance.count)).map { share(bits: UInt16($0)) }
            }
        }

        @inline(__always)
        func share(_ matched: UInt16) -> Float {
            Int(matched) < table.count ? table[Int(matched)] : share(bits: matched)
        }

        private func share(bits matched: UInt16) -> Float {
            guard known > 0 else { return 0 }
            return min(Confidence.importance(of: matched, in: importance) / known, 1)
        }
    }

    /// The BM25F sum scaled by the share of the query's importance matched, with bonuses for
    /// matching every word and for words found together in a short field. (With coverage by
    /// importance, squaring the share no longer helped: measured on the tuning sets, R@1 fell
    /// by about half a point.)
    static func finalScore(_ sum: Float, matched: UInt16, short: UInt16, coverage: Coverage) -> Float {
        guard coverage.count > 0 else { return 0 }
        let share = coverage.share(matched)
        var score = sum * share
        let matchedCount = matched.nonzeroBitCount
        if matchedCount == coverage.count && coverage.count > 1 { score *= allWordsBonus }
        let shortCount = short.nonzeroBitCount
        if shortCount > 1 { score *= 1 + proximityBonus * Float(shortCount - 1) }
        return score
    }
}

extension Searcher {
    /// Words of the index starting with `prefix` (as typed; lowercased and folded here), the most
    /// frequent first, as written in the documents.
    public func completions(of prefix: String, limit: Int) -> [(word: String, documents: Int)] {
        guard let normalized = index.analyzer.normalize(prefix).last?.term, !normalized.isEmpty else {
            return []
        }
        let range = index.dictionary.prefixRange(normalized)
        var ids = Array(range.prefix(SearchLimits.maxPrefixScan))
        ids.sort {
            let a = index.documentFrequency($0)
            let b = index.documentFrequency($1)
            return a != b ? a > b : $0 < $1
        }
        var seen = Set<String>()
        var words: [(String, Int)] = []
        for id in ids {
            let surface = index.surface(id)
            if seen.insert(surface).inserted { words.append((surface, index.documentFrequency(id))) }
            if words.count == limit { break }
        }
        return words
    }
}
