/// The tiered walk: the top k of a query whose words' alternatives are single clauses, scoring
/// only the documents whose upper bound can still reach the running k-th.
///
/// The hit count and the top k are found apart. The count is the popcount of the union of the
/// words' document sets (each an OR of its terms' bitmaps, or of their decoded document ids),
/// with no score computed. For the top k, each word also gets, per tier, the set of documents
/// it can give more than the tier's floor value: the OR of its bitmap terms' tier bitmaps
/// (`Postings.tierBitmaps`; the floor value is the most the level below the tier gives) and, for
/// decoded terms, the documents whose value exceeds it. So each document is in one of four
/// states per word (absent, matched, in tier 0, in tier 1), and its score is at most the
/// bonus-weighted sum of those states' values. For the running k-th, the least states that can
/// reach it are enumerated, and a document is a candidate only when its states are at least one
/// of them: an AND of the words' sets per state, an OR over the states, 64 documents at a time.
/// Documents in the top tier of every word are scored first (they set the k-th); then chunk by
/// chunk (`chunkDocuments`, skipping a chunk whose block-max bound is below the k-th), in
/// document order. A query of one word (several terms: completions, inflections) first scores
/// the documents with a posting at or above a threshold that about k postings reach; they are
/// the hits when the k-th beats what any posting below it gives. A candidate is scored by
/// probing each word's bitmap terms through their skip points; a word's decoded terms (two or
/// more) are not probed again: while decoding, each document's best of them is kept in a table
/// (`Scratch.decodedBest`) and looked up. The values are summed word by word in the plan's
/// order, each word's being the first of its terms giving the most, as scoring everything keeps
/// and sums them, so the scores are the same floats. A word whose completions have a union
/// (`PrefixUnions`: a common short prefix) takes the union in their place, a term with bitmaps,
/// so its documents and tiers are ORs of bitmaps instead of decoded postings.
extension Searcher {
    /// Documents per chunk (8 bitmap words).
    static let chunkDocuments = 512

    /// Postings of the query's words from which the tiered walk is taken (`blocksFrom`).
    public static let blockWalkFromPostings = 16_384

    /// Most words the tiered walk handles (it enumerates 4^n states).
    static let tieredWords = 6

    /// How the tiered walk found its hits (for tests: each way must give what scoring every
    /// document gives).
    struct WalkPaths {
        /// By the best postings of a one-term query (`oneTermTop`).
        var oneTerm = false
        /// By the postings of one word that reach its threshold (`oneWordThreshold`).
        var oneWord = false
        /// Some word's decoded terms were looked up in `Scratch.decodedBest`.
        var decodedBest = false
        /// Some word's completions were read from their union (`PrefixUnions`).
        var prefixUnion = false
    }

    /// The hits (the best `capacity`, as a heap) and the exact hit count of `order`'s words, every
    /// non-deferred alternative of which has one clause.
    func blockMaxTop(
        _ plan: QueryPlan, order: [Int], bounds groupBounds: [Float], required: [UInt32], capacity: Int,
        coverage: Coverage, scratch: Scratch, queryStamp: UInt32
    ) -> (TopK, Int, WalkPaths) {
        var paths = WalkPaths()
        // A word's completions with a union: the union in their place (the same values).
        let unionPlan = readsPrefixUnions ? withPrefixUnions(plan, order: order) : nil
        paths.prefixUnion = unionPlan != nil
        let plan = unionPlan ?? plan
        if order.count == 1, required.isEmpty,
            let found = oneTermTop(
                plan, word: order[0], capacity: capacity, coverage: coverage, scratch: scratch,
                queryStamp: queryStamp)
        {
            paths.oneTerm = true
            return (found.0, found.1, paths)
        }
        let postings = index.postings
        let n = order.count
        let words = (index.documentCount + 63) / 64
        let chunkWords = Searcher.chunkDocuments / 64
        let chunkCount = (words + chunkWords - 1) / chunkWords
        let tiers = Postings.tiers
        let digits = tiers + 2  // per word: absent, matched, in each tier
        let (fresh, starts) = probes(plan, order: order)
        // The words whose decoded terms keep their best per document (`Scratch.decodedBest`):
        // those with two decoded terms or more (and few enough probes to number in a byte).
        var tables = [Int](repeating: -1, count: n)
        var tableCount = 0
        for i in 0..<n where starts[i + 1] - starts[i] <= 256 {
            let decoded = (starts[i]..<starts[i + 1]).count { fresh[$0].decoded }
            if decoded >= 2 {
                tables[i] = tableCount
                tableCount += 1
            }
        }
        paths.decodedBest = tableCount > 0
        // One word of single terms, no tag filter: its documents with a posting at or above the
        // threshold are scored first, and decide the hits when the k-th beats what a posting
        // below it gives.
        let oneWord =
            n == 1 && required.isEmpty && capacity > 0 && fresh.allSatisfy { $0.clauses == 1 }
            ? oneWordThreshold(fresh, capacity: capacity) : nil
        let threshold = oneWord?.threshold ?? .infinity
        scratch.reserveBlockWalk(
            words: ((1 + tiers) * n + 3 + tableCount) * words, bounds: (n + 1) * chunkCount,
            chunks: chunkCount,
            decoded: tableCount * index.documentCount)
        // Word i's documents at i, those of its tier k at (1 + k) * n + i (bitmaps of `words` words).
        let sets = scratch.wordSets.baseAddress!
        // A several-clause alternative's documents, and one clause's.
        let alternativeSet = sets + (1 + tiers) * n * words
        let clauseSet = alternativeSet + words
        // Per table t, the documents its decoded terms hold, and per document the one giving
        // most: its probe (from the word's first) in the high byte, its payload in the low.
        let decodedSets = clauseSet + words
        let decodedBest = scratch.decodedBest.baseAddress
        // The one word's documents with a posting at or above the threshold.
        let seedSet = decodedSets + tableCount * words
        seedSet.update(repeating: 0, count: words)
        let bounds = scratch.chunkBounds.baseAddress!
        let union = scratch.seen.baseAddress!
        let scored = scratch.wordBits.baseAddress!
        var all: UInt16 = 0
        // Per word i and state d (absent, matched, in tier 0, …), the most it gives, at i * digits + d.
        var values = [Float](repeating: 0, count: n * digits)
        let probeIDFs = fresh.map(\.idf)
        // 1. Each word's documents, its tiers, and per chunk the most it can give a document.
        probeIDFs.withUnsafeBufferPointer { idfs in
            let idfs = idfs.baseAddress!
            postings.documentBytes.withUnsafeBufferPointer { bytes in
                postings.payload.withUnsafeBufferPointer { payloads in
                    postings.bitmaps.withUnsafeBufferPointer { bitmaps in
                        postings.tierBitmaps.withUnsafeBufferPointer { tierBitmaps in
                            postings.skipDocuments.withUnsafeBufferPointer { skipDocuments in
                                postings.blockMax.withUnsafeBufferPointer { blockMax in
                                    for (i, g) in order.enumerated() {
                                        all |= UInt16(1) << UInt16(g)
                                        let set = sets + i * words
                                        for k in 0...tiers {
                                            (sets + (k * n + i) * words).update(repeating: 0, count: words)
                                        }
                                        let most = bounds + i * chunkCount
                                        most.update(repeating: 0, count: chunkCount)
                                        let active = plan.groups[g].alternatives.lazy.filter { !$0.deferred }
                                        // Below each tier: the most a bitmap term gives below its level
                                        // (decoded terms are put in the tiers by their values).
                                        let v = i * digits
                                        values[v + digits - 1] = groupBounds[g]
                                        var anyBitmap = false
                                        for alternative in active where alternative.clauses.count == 1 {
                                            for term in alternative.clauses[0] {
                                                guard let slot = postings.bitmapSlot(of: term) else {
                                                    continue
                                                }
                                                anyBitmap = true
                                                for k in 0..<tiers {
                                                    let level = Float(
                                                        Int(postings.tierLevel[slot * tiers + k]) - 1)
                                                    values[v + 1 + k] = max(
                                                        values[v + 1 + k],
                                                        scaledIDF(term, alternative) * level)
                                                }
                                            }
                                        }
                                        if !anyBitmap {
                                            for k in 0..<tiers {
                                                values[v + 1 + k] =
                                                    groupBounds[g] * Float(k + 2) / Float(tiers + 2)
                                            }
                                        }
                                        let table = tables[i]
                                        let best = decodedBest.map {
                                            $0 + max(table, 0) * index.documentCount
                                        }
                                        // The decoded terms first, so that a document not yet in `set`
                                        // is one no earlier decoded term held; then the bitmap terms
                                        // and the several-clause alternatives.
                                        // Range by range of documents, every decoded term's
                                        // postings in it, so that the table's and the sets' range
                                        // stays in cache.
                                        var cursors: [DecodeCursor] = []
                                        for p in starts[i]..<starts[i + 1] where fresh[p].decoded {
                                            cursors.append(
                                                DecodeCursor(
                                                    fresh[p], code: UInt16(p - starts[i]) << 8,
                                                    floors: (values[v + 1], values[v + 2]),
                                                    threshold: threshold,
                                                    bytes: bytes))
                                            raiseChunkBounds(
                                                most, fresh[p], chunkCount: chunkCount, bytes: bytes,
                                                skipDocuments: skipDocuments, blockMax: blockMax)
                                        }
                                        var rangeEnd = 0
                                        while !cursors.isEmpty, rangeEnd < index.documentCount {
                                            rangeEnd += decodeRange
                                            for c in cursors.indices {
                                                decodeRun(
                                                    &cursors[c], until: rangeEnd, set: set,
                                                    tiers: (
                                                        sets + (n + i) * words, sets + (2 * n + i) * words
                                                    ),
                                                    seedSet: seedSet, best: table >= 0 ? best : nil,
                                                    idfs: idfs + starts[i], bytes: bytes, payloads: payloads)
                                            }
                                        }
                                        for p in starts[i]..<starts[i + 1] where fresh[p].decoded {
                                        }
                                        if table >= 0 {
                                            (decodedSets + table * words).update(from: set, count: words)
                                        }
                                        for p in starts[i]..<starts[i + 1]
                                        where fresh[p].clauses == 1 && !fresh[p].decoded {
                                            let bitmap = fresh[p].bitmap
                                            for w in 0..<words { set[w] |= bitmaps[bitmap + w] }
                                            let slot = bitmap / words
                                            for k in 0..<tiers {
                                                let tierSet = sets + ((1 + k) * n + i) * words
                                                let from = (slot * tiers + k) * words
                                                for w in 0..<words { tierSet[w] |= tierBitmaps[from + w] }
                                            }
                                            if oneWord != nil {
                                                seedBlocks(
                                                    fresh[p], threshold: threshold, seedSet: seedSet,
                                                    bytes: bytes,
                                                    payloads: payloads)
                                            }
                                            raiseChunkBounds(
                                                most, fresh[p], chunkCount: chunkCount, bytes: bytes,
                                                skipDocuments: skipDocuments, blockMax: blockMax)
                                        }
                                        for alternative in active where alternative.clauses.count > 1 {
                                            // Its documents match every clause; they go in every tier,
                                            // and it may give its bound in every chunk.
                                            for (c, clause) in alternative.clauses.enumerated() {
                                                let target = c == 0 ? alternativeSet : clauseSet
                                                target.update(repeating: 0, count: words)
                                                for term in clause {
                                                    if let bitmap = postings.bitmap(of: term) {
                                                        for w in 0..<words {
                                                            target[w] |= bitmaps[bitmap + w]
                                                        }
                                                        continue
                                                    }
                                                    postings.forEach(term) { document, _ in
                                                        target[document >> 6] |= 1 << UInt64(document & 63)
                                                    }
                                                }
                                                if c > 0 {
                                                    for w in 0..<words { alternativeSet[w] &= clauseSet[w] }
                                                }
                                            }
                                            for k in 0...tiers {
                                                let tierSet = sets + (k * n + i) * words
                                                for w in 0..<words { tierSet[w] |= alternativeSet[w] }
                                            }
                                            let most = bounds + i * chunkCount
                                            let bound = bound(of: alternative)
                                            for c in 0..<chunkCount where most[c] < bound { most[c] = bound }
                                        }
                                        if i == 0 {
                                            union.update(from: set, count: words)
                                        } else {
                                            for w in 0..<words { union[w] |= set[w] }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // 2. The hit count.
        let total = count(union, words: words, required: required)
        // 3. The chunks that hold a document, and the most a document in each can score.
        let key = bounds + n * chunkCount
        let chunkOrder = scratch.chunkOrder.baseAddress!
        var chunks = 0
        for c in 0..<chunkCount {
            var any: UInt64 = 0
            for w in c * chunkWords..<min((c + 1) * chunkWords, words) { any |= union[w] }
            guard any != 0 else { continue }
            var sum: Float = 0
            for i in 0..<n { sum += bounds[i * chunkCount + c] }
            key[c] =
                Searcher.finalScore(sum, matched: all, short: all, coverage: coverage) * Searcher.boundSlack
            chunkOrder[chunks] = Int32(c)
            chunks += 1
        }
        var top = TopK(capacity: capacity)
        let list = scratch.chunk
        var cursors = fresh
        var listedChunk = -1
        // Scores the listed documents (one chunk's, ascending) and offers them.
        func flush() {
            guard list.count > 0 else { return }
            scoreChunk(
                order: order, probes: &cursors, starts: starts, tables: tables, decodedSets: decodedSets,
                scratch: scratch)
            for j in 0..<list.count {
                let document = list.documents[j]
                scored[Int(document) >> 6] |= 1 << UInt64(document & 63)
                let total = Scratch.Total(
                    stamp: queryStamp, sum: list.sums[j], matched: list.masks[j], firm: list.firm[j],
                    short: list.short[j])
                scratch.totals[Int(document)] = total
                let score = Searcher.finalScore(
                    total.sum, matched: total.matched, short: total.short, coverage: coverage)
                if let floor = top.floor, score < floor { continue }
                top.offer(SearchHit(document: document, score: score))
            }
            list.count = 0
        }
        // Lists the documents of bitmap word `w` whose bits `bits` holds (after any listed before).
        func add(_ w: Int, _ candidates: UInt64) {
            if w / chunkWords != listedChunk {
                flush()
                listedChunk = w / chunkWords
            }
            var bits = candidates
            while bits != 0 {
                let document = w << 6 | bits.trailingZeroBitCount
                let bit = bits & (0 &- bits)
                bits &= bits - 1
                if !required.isEmpty, !index.document(UInt32(document), hasAll: required) { continue }
                var mask: UInt16 = 0
                for i in 0..<n where sets[i * words + w] & bit != 0 { mask |= UInt16(1) << UInt16(order[i]) }
                list.documents[list.count] = UInt32(document)
                list.masks[list.count] = mask
                list.count += 1
            }
        }
        for w in 0..<words { scored[w] = 0 }
        if let oneWord {
            // A document with no posting at or above the threshold scores at most what `below`
            // gives: when that is under the k-th of those with one, they hold the hits.
            for w in 0..<words where seedSet[w] != 0 { add(w, seedSet[w]) }
            flush()
            cursors = fresh
            listedChunk = -1
            if let floor = top.floor,
                Searcher.finalScore(oneWord.below, matched: all, short: all, coverage: coverage)
                    * Searcher.boundSlack < floor
            {
                paths.oneWord = true
                return (top, total, paths)
            }
        }
        // 4. The documents in the top tier of every word first (then the next tier, while fewer
        // than k): they set the k-th.
        for k in stride(from: tiers - 1, through: 0, by: -1) where top.floor == nil {
            for w in 0..<words {
                var bits = union[w] & ~scored[w]
                for i in 0..<n { bits &= sets[((1 + k) * n + i) * words + w] }
                if bits != 0 { add(w, bits) }
            }
            flush()
            cursors = fresh
            listedChunk = -1
        }
        // 5. Chunk by chunk in document order, the documents whose states can reach the k-th.
        var states: [UInt32] = []
        states.reserveCapacity(64)
        var statesFloor: Float? = -1
        for k in 0..<chunks {
            let c = Int(chunkOrder[k])
            if let floor = top.floor, key[c] < floor { continue }
            // A floor below the k-th only lets more documents through: recomputed when it rose by
            // a thousandth.
            if statesFloor == -1 || (top.floor ?? 0) > (statesFloor ?? 0) * 1.001 {
                statesFloor = top.floor
                leastStates(&states, order: order, values: values, floor: top.floor, coverage: coverage)
            }
            for w in c * chunkWords..<min((c + 1) * chunkWords, words) {
                let open = union[w] & ~scored[w]
                guard open != 0 else { continue }
                var candidates: UInt64 = 0
                for state in states {
                    var bits = open
                    var code = state
                    var i = 0
                    while code != 0, bits != 0 {
                        let digit = Int(code & 3)
                        if digit > 0 { bits &= sets[((digit - 1) * n + i) * words + w] }
                        code >>= 2
                        i += 1
                    }
                    candidates |= bits
                }
                if candidates != 0 { add(w, candidates) }
            }
            flush()
        }
        return (top, total, paths)
    }

    /// Documents per range of the decoding (`decodeRun`): the table's range (2 bytes a document)
    /// and the sets' stay in cache while every decoded term of a word goes over it.
    static let decodeRangeDocuments = 16_384

    /// Where the decoding of one term (a single term without a bitmap) stands, and what it
    /// puts where.
    struct DecodeCursor {
        /// The next posting's bytes, entry and document (already read).
        var offset: Int
        var entry: Int, document: Int
        /// The entry past the last, what a level is worth, and the term's probe number in its
        /// word, shifted a byte (the table's high byte).
        let end: Int, idf: Float, code: UInt16
        /// The least levels giving more than each tier's floor and at least the threshold (the
        /// value grows with the level): compared as integers, without a branch.
        let least: (tier0: Int, tier1: Int, seed: Int)

        init(
            _ probe: Probe, code: UInt16, floors: (Float, Float), threshold: Float,
            bytes: UnsafeBufferPointer<UInt8>
        ) {
            precondition(Postings.tiers == 2, "the tiered walk decodes into two tiers")
            offset = probe.offset
            entry = probe.first
            end = probe.first + probe.count
            document = Postings.varint(bytes, &offset) - 1
            idf = probe.idf
            self.code = code
            least = (
                probe.leastLevel(floors.0, orEqual: false), probe.leastLevel(floors.1, orEqual: false),
                probe.leastLevel(threshold, orEqual: true)
            )
        }
    }

    /// Decodes `cursor`'s postings before document `limit` (a multiple of 64) into its word's
    /// sets: its documents (`set`), the two tiers (`tiers`: those it gives more than their
    /// floors), the seed (those it gives at least the threshold) and, with a table (`best`),
    /// each document's best decoded term, as the cursor's code with the payload: kept when the
    /// document was not in `set` yet (the word's decoded terms come first, in their order) or
    /// when it gives more than the one kept (whose value is `idfs` of its number times its
    /// level). Bits are gathered per bitmap word and written when the word changes.
    @inline(never)
    private func decodeRun(
        _ cursor: inout DecodeCursor, until limit: Int, set: UnsafeMutablePointer<UInt64>,
        tiers: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>),
        seedSet: UnsafeMutablePointer<UInt64>,
        best: UnsafeMutablePointer<UInt16>?, idfs: UnsafePointer<Float>, bytes: UnsafeBufferPointer<UInt8>,
        payloads: UnsafeBufferPointer<UInt8>
    ) {
        guard cursor.entry < cursor.end, cursor.document < limit else { return }
        var at = cursor
        defer { cursor = at }
        var current = -1
        var had: UInt64 = 0
        var matched: UInt64 = 0
        var tier0: UInt64 = 0
        var tier1: UInt64 = 0
        var seed: UInt64 = 0
        func store() {
            guard current >= 0 else { return }
            set[current] = had | matched
            tiers.0[current] |= tier0
            tiers.1[current] |= tier1
            seedSet[current] |= seed
        }
        let last = bytes.count - 1
        while true {
            let document = at.document
            if document >> 6 != current {
                store()
                current = document >> 6
                had = set[current]
                matched = 0
                tier0 = 0
                tier1 = 0
                seed = 0
            }
            let bit = UInt64(1) << UInt64(document & 63)
            let payload = payloads[at.entry]
            let level = Int(payload & 0x7F)
            matched |= bit
            // All ones when the level reaches the least, else none.
            tier0 |= bit & UInt64(bitPattern: Int64((at.least.tier0 - 1 - level) >> 63))
            tier1 |= bit & UInt64(bitPattern: Int64((at.least.tier1 - 1 - level) >> 63))
            seed |= bit & UInt64(bitPattern: Int64((at.least.seed - 1 - level) >> 63))
            if let best {
                if had & bit == 0 {
                    best[document] = at.code | UInt16(payload)
                } else {
                    let kept = best[document]
                    if at.idf * Float(level) > idfs[Int(kept >> 8)] * Float(kept & 0x7F) {
                        best[document] = at.code | UInt16(payload)
                    }
                }
            }
            at.entry += 1
            guard at.entry < at.end else { break }
            at.document += Searcher.shortVarint(bytes, &at.offset, end: last)
            guard at.document < limit else { break }
        }
        store()
    }

    /// Reads a varint at `offset` (before `end`, the last byte's offset), moving past it, as
    /// `Postings.varint` does, but one or two bytes without a branch on their length: a term
    /// whose gaps straddle 128 would otherwise mispredict every other posting.
    @inline(__always)
    static func shortVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int, end: Int) -> Int {
        guard offset < end else { return Postings.varint(bytes, &offset) }
        let first = Int(bytes[offset])
        let second = Int(bytes[offset + 1])
        // Three bytes or more: rare (gaps of 16,384 documents and more).
        if first & second & 0x80 != 0 { return Postings.varint(bytes, &offset) }
        let more = first >> 7  // 1 when a second byte follows
        offset += 1 + more
        return (first & 0x7F) | (second << 7 & (0 &- more))
    }

    /// Raises `most` (per chunk, the most the word gives a document) to what `probe`'s blocks'
    /// highest levels give in the chunks they span.
    @inline(__always)
    private func raiseChunkBounds(
        _ most: UnsafeMutablePointer<Float>, _ probe: Probe, chunkCount: Int,
        bytes: UnsafeBufferPointer<UInt8>,
        skipDocuments: UnsafeBufferPointer<UInt32>, blockMax: UnsafeBufferPointer<UInt8>
    ) {
        var offset = probe.offset
        let blockBase = probe.skipBase + probe.term
        // Block b holds the documents after skip point b - 1 up to skip point b (the last
        // block: to the end).
        var firstChunk = (Postings.varint(bytes, &offset) - 1) / Searcher.chunkDocuments
        for b in 0...probe.skipCount {
            let lastChunk =
                b < probe.skipCount
                ? Int(skipDocuments[probe.skipBase + b]) / Searcher.chunkDocuments : chunkCount - 1
            let value = probe.idf * Float(blockMax[blockBase + b])
            var c = firstChunk
            while c <= lastChunk {
                if most[c] < value { most[c] = value }
                c += 1
            }
            firstChunk = lastChunk
        }
    }

    /// For a query of one word whose probes (`probes`) are single terms: a threshold value that at
    /// least `capacity` postings reach, as far as the blocks' highest levels tell (a block whose
    /// highest level gives at least it holds one such posting), and the most a posting below it
    /// gives. Nil when the blocks hold fewer than `capacity` such postings.
    func oneWordThreshold(_ probes: [Probe], capacity: Int) -> (threshold: Float, below: Float)? {
        let postings = index.postings
        // Per probe, the values of its highest block levels and how many blocks reach each,
        // until `capacity` blocks.
        var values: [(value: Float, blocks: Int)] = []
        var perLevel = [Int](repeating: 0, count: 128)
        postings.blockMax.withUnsafeBufferPointer { blockMax in
            for probe in probes {
                for level in 0..<128 { perLevel[level] = 0 }
                let blockBase = probe.skipBase + probe.term
                for b in 0...probe.skipCount { perLevel[Int(blockMax[blockBase + b])] += 1 }
                var reached = 0
                var level = 127
                while level > 0, reached < capacity {
                    if perLevel[level] > 0 {
                        values.append((probe.idf * Float(level), perLevel[level]))
                        reached += perLevel[level]
                    }
                    level -= 1
                }
            }
        }
        values.sort { $0.value > $1.value }
        var reached = 0
        var threshold: Float?
        for (value, blocks) in values {
            reached += blocks
            if reached >= capacity {
                threshold = value
                break
            }
        }
        guard let threshold else { return nil }
        var below: Float = 0
        for probe in probes {
            var level = Int(postings.maxLevel[probe.term])
            while level > 0, probe.idf * Float(level) >= threshold { level -= 1 }
            below = max(below, probe.idf * Float(level))
        }
        return (threshold, below)
    }

    /// Marks in `seedSet` the documents to which `probe`'s term gives at least `threshold`,
    /// decoding only the blocks whose highest level gives that much.
    private func seedBlocks(
        _ probe: Probe, threshold: Float, seedSet: UnsafeMutablePointer<UInt64>,
        bytes: UnsafeBufferPointer<UInt8>,
        payloads: UnsafeBufferPointer<UInt8>
    ) {
        let postings = index.postings
        let blockBase = probe.skipBase + probe.term
        for b in 0...probe.skipCount where probe.idf * Float(postings.blockMax[blockBase + b]) >= threshold {
            let entry = b * Postings.skipInterval
            guard entry < probe.count else { break }
            var document = b == 0 ? -1 : Int(postings.skipDocuments[probe.skipBase + b - 1])
            var offset =
                b == 0
                ? Int(postings.byteStart[probe.term]) : Int(postings.skipOffsets[probe.skipBase + b - 1])
            for e in entry..<min(entry + Postings.skipInterval, probe.count) {
                document += Postings.varint(bytes, &offset)
                if probe.idf * Float(payloads[probe.first + e] & 0x7F) >= threshold {
                    seedSet[document >> 6] |= 1 << UInt64(document & 63)
                }
            }
        }
    }

    /// The top k of a query of one word that is one term, with no tag filter: its score grows
    /// with the posting's level alone, so the `capacity` best are among the postings at or above
    /// the level that `capacity` of them reach (found from a count per level over the payloads),
    /// and only the blocks whose highest level reaches it are decoded. The hit count is the
    /// term's document frequency. Nil when another shape, or when the level below would score
    /// the same (then a lower posting could tie).
    private func oneTermTop(
        _ plan: QueryPlan, word g: Int, capacity: Int, coverage: Coverage, scratch: Scratch,
        queryStamp: UInt32
    ) -> (TopK, Int)? {
        let active = plan.groups[g].alternatives.filter { !$0.deferred }
        guard active.count == 1, active[0].clauses.count == 1, active[0].clauses[0].count == 1 else {
            return nil
        }
        let alternative = active[0]
        let term = alternative.clauses[0][0]
        let postings = index.postings
        let count = postings.documentFrequency(term)
        guard count > 0 else { return nil }
        let bit = UInt16(1) << UInt16(g)
        let firm = alternative.isFirm ? bit : 0
        let idf = scaledIDF(term, alternative)
        func score(_ level: Int, short: Bool) -> Float {
            Searcher.finalScore(
                0 + idf * Float(level), matched: bit, short: short ? bit : 0, coverage: coverage)
        }
        let first = Int(postings.start[term])
        var perLevel = (0..<128).map { _ in 0 }
        postings.payload.withUnsafeBufferPointer { payloads in
            for entry in first..<first + count { perLevel[Int(payloads[entry] & 0x7F)] += 1 }
        }
        var least = 127
        var reached = perLevel[127]
        while least > 0, reached < capacity {
            least -= 1
            reached += perLevel[least]
        }
        // One short bit among one word gives no bonus: the score depends on the level alone.
        if least > 0, score(least - 1, short: false) >= score(least, short: false) { return nil }
        var top = TopK(capacity: capacity)
        let skipBase = Int(postings.skipStart[term])
        let skipCount = Int(postings.skipStart[term + 1]) - skipBase
        let blockBase = skipBase + term
        postings.documentBytes.withUnsafeBufferPointer { bytes in
            postings.payload.withUnsafeBufferPointer { payloads in
                for block in 0...skipCount where Int(postings.blockMax[blockBase + block]) >= least {
                    let entry = block * Postings.skipInterval
                    guard entry < count else { break }
                    var document = block == 0 ? -1 : Int(postings.skipDocuments[skipBase + block - 1])
                    var offset =
                        block == 0
                        ? Int(postings.byteStart[term]) : Int(postings.skipOffsets[skipBase + block - 1])
                    for e in entry..<min(entry + Postings.skipInterval, count) {
                        document += Postings.varint(bytes, &offset)
                        let payload = payloads[first + e]
                        guard Int(payload & 0x7F) >= least else { continue }
                        let short = payload & Postings.shortBit != 0
                        let total = Scratch.Total(
                            stamp: queryStamp, sum: 0 + idf * Float(payload & 0x7F), matched: bit, firm: firm,
                            short: short ? bit : 0)
                        scratch.totals[document] = total
                        top.offer(
                            SearchHit(
                                document: UInt32(document), score: score(Int(payload & 0x7F), short: short)))
                    }
                }
            }
        }
        return (top, count)
    }

    /// How many documents of the bitmap (`words` words) have every tag of `required`.
    func count(_ bitmap: UnsafeMutablePointer<UInt64>, words: Int, required: [UInt32]) -> Int {
        var total = 0
        for w in 0..<words where bitmap[w] != 0 {
            if required.isEmpty {
                total += bitmap[w].nonzeroBitCount
                continue
            }
            var bits = bitmap[w]
            while bits != 0 {
                if index.document(UInt32(w << 6 | bits.trailingZeroBitCount), hasAll: required) { total += 1 }
                bits &= bits - 1
            }
        }
        return total
    }

    /// The least states whose bound reaches `floor`, each coded in two bits per word position
    /// (0 absent, 1 matched, 2 in tier 0, 3 in tier 1): a document can reach it only when its
    /// own states are at least those of one of them. One empty state (every document) while
    /// there is no floor.
    private func leastStates(
        _ least: inout [UInt32], order: [Int], values: [Float], floor: Float?, coverage: Coverage
    ) {
        least.removeAll(keepingCapacity: true)
        guard let floor else {
            least.append(0)
            return
        }
        let n = order.count
        let digits = Postings.tiers + 2
        var power = 1
        for _ in 0..<n { power *= digits }
        // State s: digit i (base `digits`) is word i's state.
        func reaches(_ s: Int) -> Bool {
            var sum: Float = 0
            var matched: UInt16 = 0
            var rest = s
            for i in 0..<n {
                let digit = rest % digits
                rest /= digits
                guard digit > 0 else { continue }
                sum += values[i * digits + digit]
                matched |= UInt16(1) << UInt16(order[i])
            }
            return Searcher.finalScore(sum, matched: matched, short: matched, coverage: coverage)
                * Searcher.boundSlack >= floor
        }
        for s in 0..<power where reaches(s) {
            // Least: lowering any one word's state no longer reaches the floor.
            var isLeast = true
            var rest = s
            var step = 1
            var code: UInt32 = 0
            for i in 0..<n {
                let digit = rest % digits
                rest /= digits
                if digit > 0, reaches(s - step) {
                    isLeast = false
                    break
                }
                code |= UInt32(digit) << UInt32(2 * i)
                step *= digits
            }
            if isLeast { least.append(code) }
        }
    }

    /// One term of the query as the walk probes it: where its postings are, what a level is worth
    /// and how far its cursor has gone (the documents probed come in ascending order).
    struct Probe {
        var term: Int
        var idf: Float
        var firm: Bool
        var bitmap: Int  // its first bitmap word, or -1
        var first: Int
        var count: Int
        var skipBase: Int
        var skipCount: Int
        var skip = -1  // set on the first document probed
        var document = -1
        var offset: Int
        var next = 0  // entries decoded
        /// Its alternative (in the word), that alternative's clauses and weight, and its clause.
        var alternative: Int
        var clauses: Int
        var weight: Float
        var clause: Int

        /// Whether the walk decodes the term's postings (it has no bitmap and is one clause).
        var decoded: Bool { bitmap < 0 && clauses == 1 }

        /// The least level (0...127) whose value (`idf` times it) is more than `floor` (or equal,
        /// with `orEqual`); 128 when none is.
        func leastLevel(_ floor: Float, orEqual: Bool) -> Int {
            func reaches(_ level: Int) -> Bool {
                let value = idf * Float(level)
                return orEqual ? value >= floor : value > floor
            }
            // From the quotient's estimate, then exactly (the value grows with the level).
            var level =
                floor.isFinite && idf > 0 ? Int(max(0, min(128, floor / idf))) : (reaches(0) ? 0 : 128)
            while level > 0, reaches(level - 1) { level -= 1 }
            while level < 128, !reaches(level) { level += 1 }
            return level
        }
    }

    /// The probes of `order`'s words (each word's non-deferred alternatives' terms in the plan's
    /// order) and where each word's start.
    func probes(_ plan: QueryPlan, order: [Int]) -> ([Probe], [Int]) {
        let postings = index.postings
        var probes: [Probe] = []
        var starts: [Int] = []
        for g in order {
            starts.append(probes.count)
            for (a, alternative) in plan.groups[g].alternatives.enumerated() where !alternative.deferred {
                let clauses = alternative.clauses.count
                for (c, clause) in alternative.clauses.enumerated() {
                    for term in clause where postings.documentFrequency(term) > 0 {
                        let skipBase = Int(postings.skipStart[term])
                        probes.append(
                            Probe(
                                term: term,
                                // As scoring everything weighs a clause's term.
                                idf: clauses == 1
                                    ? scaledIDF(term, alternative) : index.idf(term) * postings.scale,
                                firm: alternative.isFirm, bitmap: postings.bitmap(of: term) ?? -1,
                                first: Int(postings.start[term]), count: postings.documentFrequency(term),
                                skipBase: skipBase, skipCount: Int(postings.skipStart[term + 1]) - skipBase,
                                offset: Int(postings.byteStart[term]), alternative: a, clauses: clauses,
                                weight: alternative.weight, clause: c))
                    }
                }
            }
        }
        starts.append(probes.count)
        return (probes, starts)
    }

    /// Scores the documents listed in `scratch.chunk` (ascending, after those of earlier calls
    /// with the same `probes`, with the words each matches): word by word in `order`, each
    /// document's best value among the word's terms (the first term giving it, as `offer` keeps
    /// it), added to its sum. A word with a table (`tables[i]`, its documents in `decodedSets`)
    /// takes its decoded terms' best from `scratch.decodedBest` instead of probing them.
    private func scoreChunk(
        order: [Int], probes: inout [Probe], starts: [Int], tables: [Int],
        decodedSets: UnsafeMutablePointer<UInt64>, scratch: Scratch
    ) {
        let postings = index.postings
        let list = scratch.chunk
        let count = list.count
        let words = (index.documentCount + 63) / 64
        list.sums.update(repeating: 0, count: count)
        list.firm.update(repeating: 0, count: count)
        list.short.update(repeating: 0, count: count)
        postings.documentBytes.withUnsafeBufferPointer { bytes in
            postings.payload.withUnsafeBufferPointer { payloads in
                postings.skipDocuments.withUnsafeBufferPointer { skipDocuments in
                    postings.skipOffsets.withUnsafeBufferPointer { skipOffsets in
                        postings.bitmaps.withUnsafeBufferPointer { bitmaps in
                            probes.withUnsafeMutableBufferPointer { probes in
                                for (i, g) in order.enumerated() {
                                    let bit = UInt16(1) << UInt16(g)
                                    list.found.update(repeating: false, count: count)
                                    // Calls `found(j, payload)` for each listed document (matching
                                    // the word) that probe `p`'s term holds.
                                    func visit(_ p: Int, _ found: (Int, UInt8) -> Void) {
                                        var probe = probes[p]
                                        defer { probes[p] = probe }
                                        for j in 0..<count where list.masks[j] & bit != 0 {
                                            let target = Int(list.documents[j])
                                            if probe.bitmap >= 0,
                                                bitmaps[probe.bitmap + (target >> 6)]
                                                    & (1 << UInt64(target & 63)) == 0
                                            {
                                                continue
                                            }
                                            if probe.skip < 0 {
                                                // The skip points before the first target.
                                                var low = 0
                                                var high = probe.skipCount
                                                while low < high {
                                                    let mid = (low + high) / 2
                                                    if Int(skipDocuments[probe.skipBase + mid]) < target {
                                                        low = mid + 1
                                                    } else {
                                                        high = mid
                                                    }
                                                }
                                                probe.skip = low
                                            }
                                            while probe.skip < probe.skipCount,
                                                Int(skipDocuments[probe.skipBase + probe.skip]) < target
                                            {
                                                probe.skip += 1
                                            }
                                            if probe.skip > 0, probe.skip * Postings.skipInterval > probe.next
                                            {
                                                // Jump to the block after skip point `skip - 1`.
                                                probe.document = Int(
                                                    skipDocuments[probe.skipBase + probe.skip - 1])
                                                probe.offset = Int(
                                                    skipOffsets[probe.skipBase + probe.skip - 1])
                                                probe.next = probe.skip * Postings.skipInterval
                                            }
                                            while probe.document < target, probe.next < probe.count {
                                                probe.document += Postings.varint(bytes, &probe.offset)
                                                probe.next += 1
                                            }
                                            guard probe.document == target else { continue }
                                            found(j, payloads[probe.first + probe.next - 1])
                                        }
                                    }
                                    let table = tables[i]
                                    if table >= 0, let decodedBest = scratch.decodedBest.baseAddress {
                                        let decodedSet = decodedSets + table * words
                                        let best = decodedBest + table * index.documentCount
                                        for j in 0..<count where list.masks[j] & bit != 0 {
                                            let document = Int(list.documents[j])
                                            guard
                                                decodedSet[document >> 6] & (1 << UInt64(document & 63))
                                                    != 0
                                            else { continue }
                                            let kept = best[document]
                                            let p = starts[i] + Int(kept >> 8)
                                            let payload = UInt8(kept & 0xFF)
                                            list.keep(
                                                j, probes[p].idf * Float(payload & 0x7F),
                                                short: payload & Postings.shortBit != 0, firm: probes[p].firm,
                                                position: p)
                                        }
                                    }
                                    var p = starts[i]
                                    while p < starts[i + 1] {
                                        let firm = probes[p].firm
                                        if table >= 0, probes[p].decoded {
                                            p += 1
                                            continue
                                        }
                                        if probes[p].clauses == 1 {
                                            let idf = probes[p].idf
                                            let position = p
                                            visit(p) { j, payload in
                                                list.keep(
                                                    j, idf * Float(payload & 0x7F),
                                                    short: payload & Postings.shortBit != 0, firm: firm,
                                                    position: position)
                                            }
                                            p += 1
                                            continue
                                        }
                                        // A several-clause alternative: each clause's best, summed in
                                        // clause order; its mean, weighed, where every clause matched.
                                        var q = p
                                        while q < starts[i + 1],
                                            probes[q].alternative == probes[p].alternative
                                        { q += 1 }
                                        let clauses = probes[p].clauses
                                        list.alternativeSum.update(repeating: 0, count: count)
                                        list.alternativeCount.update(repeating: 0, count: count)
                                        for c in 0..<clauses {
                                            list.clauseFound.update(repeating: false, count: count)
                                            for r in p..<q where probes[r].clause == c {
                                                let idf = probes[r].idf
                                                visit(r) { j, payload in
                                                    let value = idf * Float(payload & 0x7F)
                                                    if !list.clauseFound[j] || value > list.clauseBest[j] {
                                                        list.clauseFound[j] = true
                                                        list.clauseBest[j] = value
                                                    }
                                                }
                                            }
                                            for j in 0..<count where list.clauseFound[j] {
                                                list.alternativeSum[j] += list.clauseBest[j]
                                                list.alternativeCount[j] += 1
                                            }
                                        }
                                        let weight = probes[p].weight
                                        for j in 0..<count where list.alternativeCount[j] == clauses {
                                            list.keep(
                                                j, weight * list.alternativeSum[j] / Float(clauses),
                                                short: false, firm: firm, position: p)
                                        }
                                        p = q
                                    }
                                    for j in 0..<count where list.found[j] {
                                        list.sums[j] += list.value[j]
                                        if list.valueFirm[j] { list.firm[j] |= bit }
                                        if list.valueShort[j] { list.short[j] |= bit }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
