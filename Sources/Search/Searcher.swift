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
        switch request.pruning {
        case .automatic: search(request, pruning: nil)
        case .always: search(request, pruning: true)
        case .never: search(request, pruning: false)
        }
    }

    /// From how many documents `.automatic` prunes (`pruningFromDocuments`; tests lower it).
    var pruningFrom = Searcher.pruningFromDocuments
    /// From how many documents the final pass goes in document order (`sortedPassFromDocuments`;
    /// tests lower it).
    var sortedPassFrom = Searcher.sortedPassFromDocuments
    /// From how many postings of its words a pruned query takes the block-max walk
    /// (`blockWalkFromPostings`; tests lower it).
    var blocksFrom = Searcher.blockWalkFromPostings
    /// Documents per range when the tiered walk decodes terms (`decodeRangeDocuments`; tests
    /// lower it, a multiple of 64).
    var decodeRange = Searcher.decodeRangeDocuments
    /// Whether the tiered walk reads completions from their unions (`PrefixUnions`; tests turn
    /// it off to compare with decoding them).
    var readsPrefixUnions = true

    /// Pruning pays for words completed or corrected into several terms: with the bitmaps of the
    /// commonest terms, pruned typo and prefix queries cost less CPU at 100k and at 1M (p50 and
    /// mean by a quarter to a half, p99 about the same or less), plain ones more at p99 (see the
    /// README's Growth section).
    public static let pruningFromDocuments = 50_000
    /// Measured faster at 1M, not at 100k.
    static let sortedPassFromDocuments = 500_000

    /// The automatic choice for `plan`: prune in a large index when a word was completed or
    /// corrected (its group has prefix or typo alternatives).
    func prunes(_ plan: QueryPlan) -> Bool {
        guard index.documentCount >= pruningFrom else { return false }
        return plan.groups.contains { group in
            group.alternatives.contains {
                switch $0.kind {
                case .prefix, .typo: true
                default: false
                }
            }
        }
    }

    /// `pruning: false` scores every matching document: what tests compare the pruned search with
    /// (the hits and their scores must be the same); nil is the automatic choice (`prunes`).
    /// `eager` switches to candidates however many remain, and `allWords: false` never tries the
    /// documents matching every word first (tests: more searches take each path).
    func search(
        _ request: SearchRequest, pruning: Bool?, eager: Bool = false, allWords: Bool = true,
        blocks: Bool = true
    ) -> SearchResult {
        var plan = plan(request)
        let automatic = pruning == nil
        let pruning = pruning ?? prunes(plan)
        var required: [UInt32] = []
        for tag in request.requiredTags {
            guard let id = index.tagID(tag) else {
                return SearchResult(hits: [], total: 0, plan: plan)  // nobody has that tag
            }
            required.append(id)
        }
        var result = pool.withScratch { scratch in
            run(
                plan, required: required, limit: request.limit, scratch: scratch, pruning: pruning,
                automatic: automatic, eager: eager, allWords: allWords, blocks: blocks)
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

    /// What an upper bound is multiplied by, so that summing in another order (float rounding)
    /// never makes a true score exceed its bound.
    static let boundSlack: Float = 1.001

    /// Scores the plan's words term-at-a-time, the word that can give most first (`bound(of:)`).
    /// With `pruning`, once no document that has not matched yet could reach the `capacity`
    /// best (the best remaining words together cannot lift it over the k-th partial score, a
    /// lower bound of the final k-th: scores only grow as words are added), the remaining
    /// words add only to the candidates — the documents whose partial score plus what the
    /// remaining words can add still reaches that k-th (MaxScore) — as long as at most half of
    /// the documents seen stay candidates. The hits and scores are those of scoring everything;
    /// `total` stays exact: the remaining words' postings are still decoded, each document id a
    /// bit test against the candidates and a test-and-set in a bitmap of the documents counted.
    private func run(
        _ plan: QueryPlan, required: [UInt32], limit: Int, scratch: Scratch, pruning: Bool,
        automatic: Bool = false, eager: Bool, allWords: Bool, blocks: Bool
    ) -> SearchResult {
        let postings = index.postings
        var queryStamp = scratch.nextGeneration()
        scratch.touched.removeAll()
        scratch.candidates.removeAll()
        var knownGroups = 0
        var knownImportance: Float = 0
        let groupCount = plan.groups.count
        var importance = [Float](repeating: 0, count: groupCount)
        var bounds = [Float](repeating: 0, count: groupCount)
        var postingCounts = [Int](repeating: 0, count: groupCount)
        var bitmapCounts = [Int](repeating: 0, count: groupCount)
        var singleClause = [Bool](repeating: true, count: groupCount)
        var order: [Int] = []
        var deferred = false
        for (g, group) in plan.groups.enumerated() where !group.alternatives.isEmpty {
            knownGroups += 1
            knownImportance += group.importance
            importance[g] = group.importance
            var walked = false
            for alternative in group.alternatives {
                if alternative.deferred {
                    deferred = true
                    continue
                }
                walked = true
                bounds[g] = max(bounds[g], bound(of: alternative))
                if alternative.clauses.count != 1 { singleClause[g] = false }
                for clause in alternative.clauses {
                    for term in clause {
                        postingCounts[g] += postings.documentFrequency(term)
                        if postings.bitmap(of: term) != nil {
                            bitmapCounts[g] += postings.documentFrequency(term)
                        }
                    }
                }
            }
            if walked { order.append(g) }
        }
        // The word that can give most first: the later ones are those candidates look up.
        order.sort { bounds[$0] != bounds[$1] ? bounds[$0] > bounds[$1] : $0 < $1 }
        let weights = Coverage(importance: importance, known: knownImportance, count: knownGroups)
        let capacity = deferred ? max(limit, SearchLimits.rerankDepth) : limit
        // From position i on: the bounds' sum, the words' bits, the postings, whether all are
        // simple (single-clause alternatives, which candidates can look up).
        var restBound = [Float](repeating: 0, count: order.count + 1)
        var restBits = [UInt16](repeating: 0, count: order.count + 1)
        var restPostings = [Int](repeating: 0, count: order.count + 1)
        var restBitmapPostings = [Int](repeating: 0, count: order.count + 1)
        var restSimple = [Bool](repeating: true, count: order.count + 1)
        for i in stride(from: order.count - 1, through: 0, by: -1) {
            let g = order[i]
            restBound[i] = restBound[i + 1] + bounds[g]
            restBits[i] = restBits[i + 1] | UInt16(1) << UInt16(g)
            restPostings[i] = restPostings[i + 1] + postingCounts[g]
            restBitmapPostings[i] = restBitmapPostings[i + 1] + bitmapCounts[g]
            restSimple[i] = restSimple[i + 1] && singleClause[g]
        }
        // The tiered walk; the automatic choice takes it for plain queries too (in a large index).
        if pruning || (automatic && index.documentCount >= pruningFrom), blocks, capacity > 0, !order.isEmpty,
            order.count <= Searcher.tieredWords, restPostings[0] >= blocksFrom
        {
            let (top, total, paths) = blockMaxTop(
                plan, order: order, bounds: bounds, required: required, capacity: capacity, coverage: weights,
                scratch: scratch, queryStamp: queryStamp)
            var result = finish(
                plan, top: top, total: total, importance: importance, coverage: weights, deferred: deferred,
                limit: limit, scratch: scratch, pruned: true)
            result.byBlocks = true
            result.byOneTerm = paths.oneTerm
            result.byOneWord = paths.oneWord
            result.byDecodedBest = paths.decodedBest
            result.byPrefixUnion = paths.prefixUnion
            return result
        }
        if pruning, allWords, capacity > 0, order.count > 1, restSimple[0],
            restBitmapPostings[0] >= Searcher.allWordsFirstPostings
        {
            if let (top, total) = allWordsFirst(
                plan, order: order, bounds: bounds, required: required, capacity: capacity, coverage: weights,
                scratch: scratch, queryStamp: queryStamp)
            {
                var result = finish(
                    plan, top: top, total: total, importance: importance, coverage: weights,
                    deferred: deferred,
                    limit: limit, scratch: scratch, pruned: true)
                result.byAllWords = true
                return result
            }
            // Not decided by the documents that match every word: score as below, afresh.
            queryStamp = scratch.nextGeneration()
            scratch.touched.removeAll()
            scratch.candidates.removeAll()
        }
        var doneBound: Float = 0
        var doneBits: UInt16 = 0
        var switchedAt: Int?
        var countedBefore = 0
        var countedAfter = 0
        var skippedFirst = false
        var attempts = 0
        for (position, g) in order.enumerated() {
            let group = plan.groups[g]
            let bit = UInt16(1) << UInt16(g)
            defer {
                doneBound += bounds[g]
                doneBits |= bit
            }
            if pruning, switchedAt == nil, position > 0, capacity > 0, restSimple[position], attempts < 2,
                restPostings[position] > scratch.touched.count
            {
                // A document not seen yet can score at most this; the best seen so far at most
                // `best`: only when that is more can the k-th partial score shut newcomers out.
                let newcomer =
                    Searcher.finalScore(
                        restBound[position], matched: restBits[position], short: restBits[position],
                        coverage: weights) * Searcher.boundSlack
                let best =
                    Searcher.finalScore(doneBound, matched: doneBits, short: doneBits, coverage: weights)
                    * Searcher.boundSlack
                if best > newcomer {
                    attempts += 1  // each costs a pass over the documents seen
                    let (floor, passing) = kth(
                        scratch.touched.buffer, capacity: capacity, required: required, coverage: weights,
                        scratch: scratch)
                    if let floor, newcomer < floor {
                        for document in scratch.touched.buffer
                        where required.isEmpty || index.document(document, hasAll: required) {
                            if upper(document, restBound[position], restBits[position], weights, scratch)
                                >= floor
                            {
                                scratch.candidates.append(document)
                            }
                        }
                        if !eager, scratch.candidates.count * Searcher.candidateShare > passing,
                            scratch.candidates.count * (order.count - position) * Searcher.probeCost
                                >= restBitmapPostings[position]
                        {
                            // Too many stay: each would cost more than scoring it (its value is
                            // offered and folded, and the k-th is sought again after each word),
                            // and probing them costs more than the bitmap words' postings saved.
                            scratch.candidates.removeAll()
                        } else {
                            switchedAt = position
                            countedBefore = passing
                            // Ascending, and their bits left in `candidateBits` for the walks below.
                            scratch.candidates.sortByBitmap(scratch.candidateBits)
                            markTouched(scratch)
                        }
                    }
                }
            }
            if switchedAt != nil {
                countedAfter += walkCandidates(
                    group, bit: bit, required: required, scratch: scratch, queryStamp: queryStamp)
                if position + 1 < order.count {
                    let (floor, _) = kth(
                        scratch.candidates.buffer, capacity: capacity, required: [], coverage: weights,
                        scratch: scratch)
                    if let floor {
                        let bits = scratch.candidateBits
                        scratch.candidates.keep {
                            if upper($0, restBound[position + 1], restBits[position + 1], weights, scratch)
                                >= floor
                            {
                                return true
                            }
                            bits[Int($0) >> 6] &= ~(1 << UInt64($0 & 63))
                            return false
                        }
                    }
                }
                continue
            }
            if pruning, position == 0, capacity > 0, required.isEmpty, singleClause[g],
                postingCounts[g] >= Searcher.blockWalkPostings
            {
                skippedFirst = walkFirst(
                    group, bit: bit, rest: restBound[1], bits: restBits[0], capacity: capacity,
                    coverage: weights, scratch: scratch, queryStamp: queryStamp)
                continue
            }
            walkAll(group, bit: bit, scratch: scratch, queryStamp: queryStamp)
        }
        var top = TopK(capacity: capacity)
        var total = 0
        if switchedAt != nil {
            top = candidatesTop(capacity: capacity, coverage: weights, scratch: scratch)
            // The words after the switch counted their new documents as they were walked; only
            // the first word's skipped blocks remain.
            total = countedBefore + countedAfter
            if skippedFirst { total += countNew(plan, [order[0]], required: required, scratch: scratch) }
        } else {
            if index.documentCount >= sortedPassFrom,
                scratch.touched.count >= min(Searcher.sortedPassDocuments, index.documentCount / 8)
            {
                // In a large index, one ascending pass over the totals instead of one per word's
                // run of new documents: profiled on the 1M corpus, this pass waited on memory
                // more than it computed. (At 100k it was not faster, so it is left as it was.)
                scratch.touched.sortByBitmap(scratch.seen)
            }
            for document in scratch.touched.buffer {
                if !required.isEmpty, !index.document(document, hasAll: required) { continue }
                total += 1
                if let floor = top.floor,
                    scratch.totals[Int(document)].sum * Searcher.maximumBonus(knownGroups) < floor
                {
                    continue  // cannot reach the hits kept so far
                }
                let sums = scratch.totals[Int(document)]
                let score = Searcher.finalScore(
                    sums.sum, matched: sums.matched, short: sums.short, coverage: weights)
                top.offer(SearchHit(document: document, score: score))
            }
            if skippedFirst {
                markTouched(scratch)
                total += countNew(plan, [order[0]], required: required, scratch: scratch)
            }
        }
        return finish(
            plan, top: top, total: total, importance: importance, coverage: weights, deferred: deferred,
            limit: limit, scratch: scratch, pruned: switchedAt != nil)
    }

    /// The hits of `top` best first (the deferred alternatives weighed), with their confidence.
    private func finish(
        _ plan: QueryPlan, top: TopK, total: Int, importance: [Float], coverage: Coverage, deferred: Bool,
        limit: Int, scratch: Scratch, pruned: Bool
    ) -> SearchResult {
        var hits = top.sorted()
        if deferred {
            secondPass(plan, &hits, coverage: coverage, scratch: scratch)
            if hits.count > limit { hits.removeLast(hits.count - limit) }
        }
        let allImportance = plan.groups.reduce(Float(0)) { $0 + $1.importance }
        for h in hits.indices {
            let sums = scratch.totals[Int(hits[h].document)]
            hits[h].confidence = Confidence(
                importance: importance, all: allImportance, matched: sums.matched, firm: sums.firm,
                short: sums.short)
        }
        return SearchResult(hits: hits, total: total, plan: plan, pruned: pruned)
    }

    /// The best `capacity` of the candidates by their final scores.
    private func candidatesTop(capacity: Int, coverage: Coverage, scratch: Scratch) -> TopK {
        var top = TopK(capacity: capacity)
        for document in scratch.candidates.buffer {
            let sums = scratch.totals[Int(document)]
            top.offer(
                SearchHit(
                    document: document,
                    score: Searcher.finalScore(
                        sums.sum, matched: sums.matched, short: sums.short, coverage: coverage)))
        }
        return top
    }

    /// Postings of the words' bitmap terms from which `allWordsFirst` is tried.
    static let allWordsFirstPostings = 8_192

    /// For a query of several words (single-clause alternatives) whose commonest terms have
    /// bitmaps: finds the documents that match every word (an AND of the words' document sets,
    /// each an OR of its terms' bitmaps, or of their decoded postings), scores only those (each
    /// word probed in the blocks that hold them), and keeps their best `capacity` when the k-th
    /// of them beats the most a document missing a word can score (the other words' bounds
    /// together, without the bonus for matching every word): then no other document can enter,
    /// and the hits and scores are those of scoring everything. Deferred alternatives do not
    /// change that: they are weighed afterwards for the same `capacity` best, and only for the
    /// words a hit did not match (these match all). The hit count is the OR of the words' sets,
    /// popcounted. Nil when that bound is not beaten (the caller scores everything afresh).
    private func allWordsFirst(
        _ plan: QueryPlan, order: [Int], bounds: [Float], required: [UInt32], capacity: Int,
        coverage: Coverage, scratch: Scratch, queryStamp: UInt32
    ) -> (TopK, Int)? {
        let postings = index.postings
        var all: UInt16 = 0
        var sum: Float = 0
        for g in order {
            all |= UInt16(1) << UInt16(g)
            sum += bounds[g]
        }
        // A document missing at least one word: at most the best of leaving out one of them.
        var missing: Float = 0
        for g in order {
            let bits = all & ~(UInt16(1) << UInt16(g))
            missing = max(
                missing,
                Searcher.finalScore(sum - bounds[g], matched: bits, short: bits, coverage: coverage)
                    * Searcher.boundSlack)
        }
        let words = (index.documentCount + 63) / 64
        let every = scratch.candidateBits  // the documents matching every word so far
        let some = scratch.seen  // those matching any word
        let word = scratch.wordBits
        for (position, g) in order.enumerated() {
            let target = position == 0 ? every : word
            target.update(repeating: 0)
            for alternative in plan.groups[g].alternatives where !alternative.deferred {
                for term in alternative.clauses[0] {
                    if let bitmap = postings.bitmap(of: term) {
                        postings.bitmaps.withUnsafeBufferPointer { bitmaps in
                            for w in 0..<words { target[w] |= bitmaps[bitmap + w] }
                        }
                    } else {
                        postings.forEach(term) { document, _ in
                            target[document >> 6] |= 1 << UInt64(document & 63)
                        }
                    }
                }
            }
            if position == 0 {
                for w in 0..<words { some[w] = every[w] }
            } else {
                for w in 0..<words {
                    every[w] &= word[w]
                    some[w] |= word[w]
                }
            }
        }
        scratch.candidates.removeAll()
        for w in 0..<words where every[w] != 0 {
            var bits = every[w]
            while bits != 0 {
                let document = UInt32(w << 6 | bits.trailingZeroBitCount)
                if required.isEmpty || index.document(document, hasAll: required) {
                    scratch.candidates.append(document)
                } else {
                    every[w] &= ~(1 << UInt64(bits.trailingZeroBitCount))
                }
                bits &= bits - 1
            }
        }
        guard scratch.candidates.count >= capacity else { return nil }
        // Each word for the documents matching all: the same values, summed in the same order,
        // as scoring everything.
        var restBound = sum
        var restBits = all
        for g in order {
            let bit = UInt16(1) << UInt16(g)
            restBound -= bounds[g]
            restBits &= ~bit
            let groupStamp = scratch.nextGeneration()
            scratch.touchedGroup.removeAll()
            for alternative in plan.groups[g].alternatives where !alternative.deferred {
                let firm = alternative.isFirm
                for term in alternative.clauses[0] {
                    let idf = scaledIDF(term, alternative)
                    offerToCandidates(
                        term: term, idf: idf, firm: firm, bits: every, scratch: scratch,
                        groupStamp: groupStamp)
                }
            }
            fold(bit: bit, scratch: scratch, queryStamp: queryStamp, groupStamp: groupStamp)
            guard restBits != 0 else { continue }
            // Each candidate will match every word, so its score so far with all of them matched
            // is at most its final score: the k-th of those is a floor, and a candidate whose
            // sum with the rest's bounds cannot reach it is left out of the words still to come.
            var lower = TopK(capacity: capacity)
            for document in scratch.candidates.buffer {
                let sums = scratch.totals[Int(document)]
                let score = Searcher.finalScore(sums.sum, matched: all, short: sums.short, coverage: coverage)
                if let floor = lower.floor, score <= floor { continue }
                lower.offer(SearchHit(document: document, score: score))
            }
            guard let floor = lower.floor else { continue }
            scratch.candidates.keep {
                let sums = scratch.totals[Int($0)]
                if Searcher.finalScore(
                    sums.sum + restBound, matched: all, short: sums.short | restBits, coverage: coverage)
                    * Searcher.boundSlack >= floor
                {
                    return true
                }
                every[Int($0) >> 6] &= ~(1 << UInt64($0 & 63))
                return false
            }
        }
        let top = candidatesTop(capacity: capacity, coverage: coverage, scratch: scratch)
        guard let floor = top.floor, missing < floor else { return nil }
        return (top, count(some.baseAddress!, words: words, required: required))
    }

    /// What one posting level of `term` is worth in `alternative`: its idf (or the alternative's
    /// shared one) × the alternative's weight × the postings' scale. One expression for every
    /// walk and for the bounds, so a bound is computed with the same operations as the value.
    @inline(__always)
    func scaledIDF(_ term: Int, _ alternative: Alternative) -> Float {
        (alternative.sharedIDF ?? index.idf(term)) * alternative.weight * index.postings.scale
    }

    /// The most `alternative` can give a document: its value with each term's highest level.
    /// Computed with the same operations as the value itself, so it is never below it.
    func bound(of alternative: Alternative) -> Float {
        let postings = index.postings
        if alternative.clauses.count == 1 {
            var best: Float = 0
            for term in alternative.clauses[0] {
                let idf = scaledIDF(term, alternative)
                best = max(best, idf * Float(postings.maxLevel[term]))
            }
            return best
        }
        var sum: Float = 0
        for clause in alternative.clauses {
            var best: Float = 0
            for term in clause {
                best = max(best, index.idf(term) * postings.scale * Float(postings.maxLevel[term]))
            }
            sum += best
        }
        return alternative.weight * sum / Float(alternative.clauses.count)
    }

    /// The most `document` can score when the words of `bits`, together worth at most `rest`,
    /// are still to come.
    @inline(__always)
    private func upper(
        _ document: UInt32, _ rest: Float, _ bits: UInt16, _ coverage: Coverage, _ scratch: Scratch
    ) -> Float {
        let sums = scratch.totals[Int(document)]
        return Searcher.finalScore(
            sums.sum + rest, matched: sums.matched | bits, short: sums.short | bits, coverage: coverage)
            * Searcher.boundSlack
    }

    /// The `capacity`-th best score so far among `documents` (that pass the filter), or nil when
    /// fewer; and how many pass the filter.
    private func kth(
        _ documents: UnsafeBufferPointer<UInt32>, capacity: Int, required: [UInt32], coverage: Coverage,
        scratch: Scratch
    ) -> (Float?, Int) {
        var top = TopK(capacity: capacity)
        var passing = 0
        for document in documents {
            if !required.isEmpty, !index.document(document, hasAll: required) { continue }
            passing += 1
            let sums = scratch.totals[Int(document)]
            let score = Searcher.finalScore(
                sums.sum, matched: sums.matched, short: sums.short, coverage: coverage)
            if let floor = top.floor, score <= floor { continue }
            top.offer(SearchHit(document: document, score: score))
        }
        return (top.floor, passing)
    }

    /// Adds one word to every document in its postings.
    private func walkAll(_ group: WordGroup, bit: UInt16, scratch: Scratch, queryStamp: UInt32) {
        let postings = index.postings
        let active = group.alternatives.count(where: { !$0.deferred })
        if active == 1, group.alternatives[0].clauses.count == 1,
            group.alternatives[0].clauses[0].count == 1,
            !group.alternatives[0].deferred
        {
            // One term: no best-of to take, so add straight into the totals.
            let alternative = group.alternatives[0]
            let term = alternative.clauses[0][0]
            let idf = scaledIDF(term, alternative)
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
            return
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
                        offer(scratch, document, value, payload & Postings.shortBit != 0, firm, groupStamp)
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
        fold(bit: bit, scratch: scratch, queryStamp: queryStamp, groupStamp: groupStamp)
    }

    /// The switch to candidates pays only when at most 1 in this many of the documents seen
    /// remain candidates (on the 1M corpus, a switch that kept most of them cost twice the CPU
    /// of scoring everything).
    static let candidateShare = 2

    /// What probing one candidate in one word costs, in postings walked: many candidates still
    /// switch when the remaining words' postings that have bitmaps (counted without a decode,
    /// probed only in the candidates' blocks) are more than this many per candidate and word.
    static let probeCost = 8

    /// Documents seen from which the final pass (in a large index) visits them in document order.
    static let sortedPassDocuments = 16_384

    /// Postings from which the first word is walked block by block (`walkFirst`).
    static let blockWalkPostings = 2_048

    /// Adds the first word (single-clause alternatives) to the documents of its postings, skipping
    /// each block whose highest level cannot lift a document into the top `capacity` even with
    /// every other word (`rest`, all words' `bits`): the k-th best so far (a running top k per
    /// term, and between terms the word's best per document) is a lower bound of the final k-th,
    /// and a document of a skipped block ends below it whatever else it matches, so leaving its
    /// value out (or its whole entry, when nothing else touches it) changes no hit. True when a
    /// block was skipped (the hit count then needs `countNew`).
    private func walkFirst(
        _ group: WordGroup, bit: UInt16, rest: Float, bits: UInt16, capacity: Int, coverage: Coverage,
        scratch: Scratch, queryStamp: UInt32
    ) -> Bool {
        let postings = index.postings
        let groupStamp = scratch.nextGeneration()
        scratch.touchedGroup.removeAll()
        // Alone, the word scores value × its share of the importance (no bonus applies to one
        // word): the k-th best is kept as a value, and turned into a score with the same product.
        let share = Searcher.finalScore(1, matched: bit, short: 0, coverage: coverage)
        var floorValue = -Float.infinity
        var floor = -Float.infinity
        var skipped = false
        let alternatives = group.alternatives.filter { !$0.deferred }
        let single = alternatives.count == 1 && alternatives[0].clauses[0].count == 1
        let totals = scratch.totals.baseAddress!
        postings.documentBytes.withUnsafeBufferPointer { bytes in
            postings.payload.withUnsafeBufferPointer { payloads in
                for alternative in alternatives {
                    let firm = alternative.isFirm
                    for term in alternative.clauses[0] {
                        let idf = scaledIDF(term, alternative)
                        let first = Int(postings.start[term])
                        let count = Int(postings.start[term + 1]) - first
                        let skipBase = Int(postings.skipStart[term])
                        let blockBase = skipBase + term
                        var offset = Int(postings.byteStart[term])
                        var document = -1
                        var entry = 0
                        // The best values of this term (each document once): a lower bound of the
                        // k-th best partial score once full.
                        var top = TopK(capacity: capacity)
                        while entry < count {
                            let block = entry / Postings.skipInterval
                            let blockEnd = min(entry + Postings.skipInterval, count)
                            if floor > -Float.infinity {
                                let bound =
                                    Searcher.finalScore(
                                        idf * Float(postings.blockMax[blockBase + block]) + rest,
                                        matched: bits,
                                        short: bits, coverage: coverage) * Searcher.boundSlack
                                if bound < floor {
                                    skipped = true
                                    guard blockEnd - entry == Postings.skipInterval, blockEnd < count else {
                                        break
                                    }
                                    // The block's skip point: its last document and the byte after it.
                                    document = Int(postings.skipDocuments[skipBase + block])
                                    offset = Int(postings.skipOffsets[skipBase + block])
                                    entry = blockEnd
                                    continue
                                }
                            }
                            while entry < blockEnd {
                                document += Postings.varint(bytes, &offset)
                                let payload = payloads[first + entry]
                                let value = idf * Float(payload & 0x7F)
                                if single {
                                    // One term: straight into the totals, as `walkAll` does.
                                    let slot = totals + document
                                    slot.pointee = Scratch.Total.empty
                                    slot.pointee.stamp = queryStamp
                                    slot.pointee.sum += value
                                    slot.pointee.matched = bit
                                    if firm { slot.pointee.firm = bit }
                                    if payload & Postings.shortBit != 0 { slot.pointee.short = bit }
                                    scratch.touched.append(UInt32(document))
                                } else {
                                    offer(
                                        scratch, document, value, payload & Postings.shortBit != 0, firm,
                                        groupStamp)
                                }
                                if value > floorValue {
                                    top.offer(SearchHit(document: UInt32(document), score: value))
                                    if let kth = top.floor, kth > floorValue {
                                        floorValue = kth
                                        floor = kth * share
                                    }
                                }
                                entry += 1
                            }
                        }
                    }
                }
            }
        }
        if !single { fold(bit: bit, scratch: scratch, queryStamp: queryStamp, groupStamp: groupStamp) }
        return skipped
    }

    /// Adds one word (of single-clause alternatives) to the candidates only, walking its postings
    /// once: each posting is a bit test (`candidateBits`, a candidate's value is offered) and a
    /// bit test-and-set (`seen`, the hit count). Returns how many documents (that pass the filter)
    /// this counted for the first time. Seeking each candidate with skip points decodes less,
    /// but the exact hit count needs every document id of the word anyway, so one pass does both.
    private func walkCandidates(
        _ group: WordGroup, bit: UInt16, required: [UInt32], scratch: Scratch, queryStamp: UInt32
    ) -> Int {
        let postings = index.postings
        let groupStamp = scratch.nextGeneration()
        scratch.touchedGroup.removeAll()
        let seen = scratch.seen
        let candidates = scratch.candidateBits
        var counted = 0
        postings.documentBytes.withUnsafeBufferPointer { bytes in
            postings.payload.withUnsafeBufferPointer { payloads in
                for alternative in group.alternatives where !alternative.deferred {
                    let firm = alternative.isFirm
                    for term in alternative.clauses[0] {
                        let idf = scaledIDF(term, alternative)
                        if let bitmap = postings.bitmap(of: term) {
                            // The count from the bitmap; the postings only for the candidates.
                            counted += countBitmap(bitmap, required: required, seen: seen)
                            offerToCandidates(
                                term: term, idf: idf, firm: firm, bits: candidates, scratch: scratch,
                                groupStamp: groupStamp)
                            continue
                        }
                        let first = Int(postings.start[term])
                        let count = Int(postings.start[term + 1]) - first
                        var offset = Int(postings.byteStart[term])
                        var document = -1
                        for entry in 0..<count {
                            document += Postings.varint(bytes, &offset)
                            let word = document >> 6
                            let mask = UInt64(1) << UInt64(document & 63)
                            if seen[word] & mask == 0 {
                                seen[word] |= mask
                                if required.isEmpty || index.document(UInt32(document), hasAll: required) {
                                    counted += 1
                                }
                            }
                            guard candidates[word] & mask != 0 else { continue }
                            let payload = payloads[first + entry]
                            offer(
                                scratch, document, idf * Float(payload & 0x7F),
                                payload & Postings.shortBit != 0,
                                firm, groupStamp)
                        }
                    }
                }
            }
        }
        fold(bit: bit, scratch: scratch, queryStamp: queryStamp, groupStamp: groupStamp)
        return counted
    }

    /// Sets in `seen` the bit of every document touched so far: the documents the hit count
    /// already holds.
    private func markTouched(_ scratch: Scratch) {
        let seen = scratch.seen
        seen.update(repeating: 0)
        for document in scratch.touched.buffer {
            seen[Int(document) >> 6] |= 1 << UInt64(document & 63)
        }
    }

    /// Folds the current word's best per document into the totals.
    private func fold(bit: UInt16, scratch: Scratch, queryStamp: UInt32, groupStamp: UInt32) {
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

    /// How many documents (that pass the filter) the postings of `groups` hold beyond those
    /// marked in `scratch.seen` (`markTouched` and the candidate walks): the rest of the hit count
    /// after pruning, from document ids alone (no scores).
    private func countNew(
        _ plan: QueryPlan, _ groups: [Int], required: [UInt32], scratch: Scratch
    ) -> Int {
        let postings = index.postings
        let seen = scratch.seen
        var count = 0
        for g in groups {
            for alternative in plan.groups[g].alternatives where !alternative.deferred {
                for term in alternative.clauses[0] {
                    if let bitmap = postings.bitmap(of: term) {
                        count += countBitmap(bitmap, required: required, seen: seen)
                        continue
                    }
                    postings.forEach(term) { document, _ in
                        let word = document >> 6
                        let mask = UInt64(1) << UInt64(document & 63)
                        guard seen[word] & mask == 0 else { return }
                        seen[word] |= mask
                        if required.isEmpty || index.document(UInt32(document), hasAll: required) {
                            count += 1
                        }
                    }
                }
            }
        }
        return count
    }

    /// Adds to `seen` the documents of the bitmap starting at word `bitmap` of the postings'
    /// bitmaps; returns how many of them (that pass the filter) were not in it yet.
    private func countBitmap(_ bitmap: Int, required: [UInt32], seen: UnsafeMutableBufferPointer<UInt64>)
        -> Int
    {
        var count = 0
        index.postings.bitmaps.withUnsafeBufferPointer { bitmaps in
            for word in 0..<index.postings.bitmapWords {
                let new = bitmaps[bitmap + word] & ~seen[word]
                guard new != 0 else { continue }
                seen[word] |= new
                if required.isEmpty {
                    count += new.nonzeroBitCount
                    continue
                }
                var bits = new
                while bits != 0 {
                    let document = UInt32(word << 6 | bits.trailingZeroBitCount)
                    if index.document(document, hasAll: required) { count += 1 }
                    bits &= bits - 1
                }
            }
        }
        return count
    }

    /// Offers the value of `term` to each candidate (listed in `scratch.candidates`, marked in
    /// `bits`) that it holds: probing each candidate when the term has a bitmap and more
    /// postings than there are candidates, else walking its postings with a bit test each (a
    /// word completed into 40 terms would otherwise go over every candidate 40 times).
    private func offerToCandidates(
        term: Int, idf: Float, firm: Bool, bits: UnsafeMutableBufferPointer<UInt64>, scratch: Scratch,
        groupStamp: UInt32
    ) {
        let postings = index.postings
        if let bitmap = postings.bitmap(of: term), postings.documentFrequency(term) > scratch.candidates.count
        {
            probeCandidates(
                term: term, bitmap: bitmap, idf: idf, firm: firm, scratch: scratch, groupStamp: groupStamp)
            return
        }
        postings.forEach(term) { document, payload in
            guard bits[document >> 6] & (1 << UInt64(document & 63)) != 0 else { return }
            offer(
                scratch, document, idf * Float(payload & 0x7F), payload & Postings.shortBit != 0, firm,
                groupStamp)
        }
    }

    /// Offers the value of `term` to each candidate whose bit its bitmap (from word `bitmap`) has,
    /// finding the candidate's entry from the skip point before it: only the blocks that hold
    /// candidates are decoded.
    private func probeCandidates(
        term: Int, bitmap: Int, idf: Float, firm: Bool, scratch: Scratch, groupStamp: UInt32
    ) {
        let postings = index.postings
        let first = Int(postings.start[term])
        let skipBase = Int(postings.skipStart[term])
        let skipCount = Int(postings.skipStart[term + 1]) - skipBase
        var offset = Int(postings.byteStart[term])
        var document = -1
        var next = 0  // the next entry to decode
        var skip = 0  // the skip points before this one lie before the current candidate
        postings.bitmaps.withUnsafeBufferPointer { bitmaps in
            postings.documentBytes.withUnsafeBufferPointer { bytes in
                postings.payload.withUnsafeBufferPointer { payloads in
                    postings.skipDocuments.withUnsafeBufferPointer { skipDocuments in
                        for candidate in scratch.candidates.buffer {
                            let target = Int(candidate)
                            guard bitmaps[bitmap + (target >> 6)] & (1 << UInt64(target & 63)) != 0 else {
                                continue
                            }
                            while skip < skipCount, Int(skipDocuments[skipBase + skip]) < target { skip += 1 }
                            if skip > 0, skip * Postings.skipInterval > next {
                                // Jump to the block after skip point `skip - 1`.
                                document = Int(skipDocuments[skipBase + skip - 1])
                                offset = Int(postings.skipOffsets[skipBase + skip - 1])
                                next = skip * Postings.skipInterval
                            }
                            while document < target {
                                document += Postings.varint(bytes, &offset)
                                next += 1
                            }
                            let payload = payloads[first + next - 1]
                            offer(
                                scratch, target, idf * Float(payload & 0x7F),
                                payload & Postings.shortBit != 0,
                                firm, groupStamp)
                        }
                    }
                }
            }
        }
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
