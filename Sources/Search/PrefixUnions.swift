import Analysis
import Dispatch

/// Per common short prefix, its completions' postings merged into one extra term of the postings.
///
/// Exists because a query ending in a short prefix ("ändras grå br") completes it into up to 40
/// terms without bitmaps, and the tiered walk would decode every posting of all of them for the
/// exact count and the word's sets (300k–870k postings at 1M). When the planner's completions of a
/// word are exactly a list a union was built for, the walk reads the union instead: one term with
/// a bitmap and tier bitmaps, whose posting for a document is the payload of the first completion
/// (in the planner's order) with the highest level there. The completions share one idf and one
/// weight, so that posting gives the document what the best completion gives, and the scores are
/// the same floats. The unions are built in the freeze from the frozen postings, so an index an
/// incremental update derives (it freezes anew) has its own; a list the planner makes that no
/// union was built for (another prefix, or one of the word's own terms left out) takes the walk
/// over the completions as before.
struct PrefixUnions: Sendable {
    /// Completions (term ids in the planner's order) → the term id of their union in the postings
    /// (after the dictionary's terms).
    let terms: [[Int32]: Int32]
    /// For the build's trace: the prefixes' lists costly enough, and how many of each prefix
    /// length got a union.
    var candidates = 0
    var builtByLength: [Int: Int] = [:]

    static let empty = PrefixUnions(terms: [:])

    /// Prefixes of these lengths (in bytes) may get a union…
    static let prefixLengths = 2...4
    /// …when their completions hold at least 1/`postingsShare` of the documents' count in
    /// postings: about what decoding them costs as much as the walk's other steps.
    static let postingsShare = 4
    /// At most this many postings (times the documents' count) in all unions, the costliest
    /// prefixes first: at 1M documents a union holds about 600k documents, and costs about
    /// 1.7 MB with its bitmaps.
    static let budgetPerDocument = 64

    var count: Int { terms.count }

    /// The union's term for these completions, if one was built.
    func term(for completions: [Int32]) -> Int? {
        terms[completions].map(Int.init)
    }
}

extension PrefixUnions {
    /// Appends to `writer` (the postings of `dictionary`'s terms, in order) the unions of the
    /// costliest prefixes' completions, numbered from `dictionary.count` on. Each union is merged
    /// from the postings into a table per document, then written from it, so nothing but the
    /// table is held beside the postings (the writer has room for the budget reserved).
    /// `mergedTogether` lists are merged side by side (any count gives the same unions);
    /// `budgetPerDocument` is lowered only by tests, to make the budget bind.
    static func append(
        to writer: inout PostingsWriter, dictionary: TermDictionary, analyzer: SwedishAnalyzer,
        documentCount: Int, mergedTogether: Int = mergedTogether, budgetPerDocument: Int = budgetPerDocument
    ) -> PrefixUnions {
        let termCount = dictionary.count
        let start = writer.start
        func frequency(_ term: Int) -> Int { Int(start[term + 1] - start[term]) }
        let least = max(documentCount / postingsShare, 1)
        var lists: [(completions: [Int], postings: Int, length: Int)] = []
        var seen: Set<[Int]> = []
        for length in prefixLengths {
            var t = 0
            while t < termCount {
                let term = dictionary.term(t)
                guard term.count >= length else {
                    t += 1
                    continue
                }
                let prefix = Array(term.prefix(length))
                let range = dictionary.prefixRange(prefix)
                t = max(t + 1, range.upperBound)
                let full = QueryPlanner.completions(in: range, start: start, documentCount: documentCount)
                let postings = full.reduce(0) { $0 + frequency($1) }
                guard postings >= least else { continue }
                // A prefix that is a word itself: the planner leaves the word's own term out.
                var stem = prefix
                analyzer.stemWord(&stem)
                let itself = Set([dictionary.lookup(prefix), dictionary.lookup(stem)].compactMap { $0 })
                var variants = [full]
                let rest = full.filter { !itself.contains($0) }
                if rest.count < full.count { variants.append(rest) }
                for list in variants where list.count >= 2 && seen.insert(list).inserted {
                    lists.append((list, list.reduce(0) { $0 + frequency($1) }, length))
                }
            }
        }
        // The shortest prefixes first (every word typed passes through its shortest; they have the
        // most completions), among them the costliest to decode, while their unions fit the budget.
        lists.sort {
            $0.length != $1.length
                ? $0.length < $1.length
                : $0.postings != $1.postings
                    ? $0.postings > $1.postings : $0.completions.lexicographicallyPrecedes($1.completions)
        }
        var budget = documentCount * budgetPerDocument
        var terms: [[Int32]: Int32] = [:]
        var builtByLength: [Int: Int] = [:]
        // The lists are merged a few at a time side by side (each into its own table), then taken
        // in order: a list whose commonest completion no longer fits what the lists before it in
        // the window left of the budget is passed over, as it would have been one at a time.
        let candidates = lists.filter { $0.postings >= least }
        let mergedTogether = max(mergedTogether, 1)
        let tables = (0..<mergedTogether).map { _ in UnionTable(documentCount: documentCount) }
        var next = 0
        while next < candidates.count {
            let window = Array(candidates[next..<min(next + mergedTogether, candidates.count)])
            next += window.count
            // A union holds at least its commonest completion's documents.
            let commonest = window.map { $0.completions.map(frequency).max() ?? 0 }
            let mayFit = commonest.map { $0 <= budget }
            writer.documentBytes.withUnsafeBufferPointer { bytes in
                writer.payload.withUnsafeBufferPointer { payloads in
                    let merge = UnionMerge(
                        bytes: bytes, payloads: payloads, start: writer.start, byteStart: writer.byteStart)
                    DispatchQueue.concurrentPerform(iterations: window.count) { slot in
                        if mayFit[slot] { merge.merge(window[slot].completions, into: tables[slot]) }
                    }
                }
            }
            for (slot, list) in window.enumerated() where mayFit[slot] {
                let table = tables[slot]
                let allowed = commonest[slot] <= budget
                var size = 0
                for w in 0..<table.words { size += table.present[w].nonzeroBitCount }
                let fits = allowed && size <= budget
                if fits {
                    budget -= size
                    terms[list.completions.map(Int32.init)] = Int32(termCount + terms.count)
                    builtByLength[list.length, default: 0] += 1
                }
                for w in 0..<table.words where table.present[w] != 0 {
                    var bits = table.present[w]
                    table.present[w] = 0
                    while bits != 0 {
                        let document = w << 6 | bits.trailingZeroBitCount
                        bits &= bits - 1
                        if fits { writer.add(document: UInt32(document), payload: table.best[document]) }
                        table.best[document] = 0
                    }
                }
                if fits { writer.endTerm() }
            }
        }
        return PrefixUnions(terms: terms, candidates: lists.count, builtByLength: builtByLength)
    }

    /// How many lists are merged side by side.
    static let mergedTogether = 4

    /// One list's merge: per document, the payload of the first completion with the highest
    /// level (every level is at least 1), and which documents are present. Allocated once, left
    /// zeroed after each list is taken.
    final class UnionTable: @unchecked Sendable {
        let words: Int
        let best: UnsafeMutableBufferPointer<UInt8>
        let present: UnsafeMutableBufferPointer<UInt64>

        init(documentCount: Int) {
            words = (documentCount + 63) / 64
            best = .allocate(capacity: documentCount)
            best.initialize(repeating: 0)
            present = .allocate(capacity: words)
            present.initialize(repeating: 0)
        }

        deinit {
            best.deallocate()
            present.deallocate()
        }
    }

    /// The terms' postings that merging reads, read-only while lists are merged side by side.
    struct UnionMerge: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let payloads: UnsafeBufferPointer<UInt8>
        let start: [UInt32]
        let byteStart: [UInt32]

        func merge(_ completions: [Int], into table: UnionTable) {
            let best = table.best
            let present = table.present
            for term in completions {
                var offset = Int(byteStart[term])
                var document = -1
                for entry in Int(start[term])..<Int(start[term + 1]) {
                    document += Postings.varint(bytes, &offset)
                    let payload = payloads[entry]
                    if payload & 0x7F > best[document] & 0x7F {
                        best[document] = payload
                        present[document >> 6] |= 1 << UInt64(document & 63)
                    }
                }
            }
        }
    }
}

extension Searcher {
    /// `plan` with each of `order`'s words whose completions have a union (`PrefixUnions`) taking
    /// that union instead, in the first completion's place; nil when no word has one.
    func withPrefixUnions(_ plan: QueryPlan, order: [Int]) -> QueryPlan? {
        let unions = index.prefixUnions
        guard unions.count > 0 else { return nil }
        var changed: QueryPlan?
        for g in order {
            let alternatives = plan.groups[g].alternatives
            guard let first = alternatives.firstIndex(where: { $0.kind == .prefix && !$0.deferred }) else {
                continue
            }
            // The completions, one term each, side by side, with one idf and one weight.
            var end = first
            var completions: [Int32] = []
            while end < alternatives.count, alternatives[end].kind == .prefix, !alternatives[end].deferred,
                alternatives[end].clauses.count == 1, alternatives[end].clauses[0].count == 1,
                alternatives[end].sharedIDF != nil,
                alternatives[end].sharedIDF == alternatives[first].sharedIDF,
                alternatives[end].scale == alternatives[first].scale
            {
                completions.append(Int32(alternatives[end].clauses[0][0]))
                end += 1
            }
            guard completions.count >= 2,
                !alternatives[end...].contains(where: { $0.kind == .prefix && !$0.deferred }),
                let term = unions.term(for: completions)
            else { continue }
            let union = Alternative(
                kind: .prefix, clauses: [[term]], sharedIDF: alternatives[first].sharedIDF,
                scale: alternatives[first].scale)
            var next = changed ?? plan
            next.groups[g].alternatives.replaceSubrange(first..<end, with: [union])
            changed = next
        }
        return changed
    }
}
