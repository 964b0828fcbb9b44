import Analysis
import Testing

@testable import Search

/// The unions of common prefixes' completions (`PrefixUnions`): each holds, per document, the
/// payload of the first completion (in the planner's order) with the highest level; the tiered
/// walk takes them in the completions' place and finds what scoring every document finds; an index
/// an incremental update derives has the unions of its own documents.
@Suite struct PrefixUnionsTests {
    static func documents(_ count: Int, seed: UInt64) -> [IndexUpdateTests.Document] {
        var seed = seed
        return (0..<count).map { _ in IndexUpdateTests.Document(&seed) }
    }

    /// Per document, what the union of `completions` must hold, merged the slow way.
    static func expectedUnion(_ index: InvertedIndex, _ completions: [Int32]) -> [(Int, UInt8)] {
        var best: [Int: UInt8] = [:]
        for term in completions {
            index.postings.forEach(Int(term)) { document, payload in
                if payload & 0x7F > (best[document] ?? 0) & 0x7F { best[document] = payload }
            }
        }
        return best.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func postings(_ index: InvertedIndex, _ term: Int) -> [(Int, UInt8)] {
        var all: [(Int, UInt8)] = []
        index.postings.forEach(term) { all.append(($0, $1)) }
        return all
    }

    /// The planner's completions of `prefix` (folded, as the index's terms are).
    static func completions(_ index: InvertedIndex, _ prefix: String) -> [Int32] {
        QueryPlanner.completions(
            in: index.dictionary.prefixRange(Array(prefix.utf8)), start: index.postings.start,
            documentCount: index.documentCount
        ).map(Int32.init)
    }

    /// The two- and three-letter prefixes of the corpus's words whose completions have a union.
    static func unionPrefixes(_ index: InvertedIndex) -> [String] {
        let folding = DiacriticFolding()
        var prefixes: Set<String> = []
        for word in IndexUpdateTests.words {
            let folded = folding.fold(word.lowercased())
            for length in 2...3 where folded.count > length {
                let prefix = String(folded.prefix(length))
                if index.prefixUnions.term(for: completions(index, prefix)) != nil { prefixes.insert(prefix) }
            }
        }
        return prefixes.sorted()
    }

    func expectUnionsMerged(_ index: InvertedIndex, _ moment: String) {
        #expect(index.prefixUnions.count > 0, "\(moment): unions built")
        for (completions, term) in index.prefixUnions.terms {
            #expect(Int(term) >= index.dictionary.count, "\(moment): after the dictionary's terms")
            #expect(completions.count >= 2)
            let expected = Self.expectedUnion(index, completions)
            let written = Self.postings(index, Int(term))
            #expect(written.map(\.0) == expected.map(\.0), "\(moment): documents of \(completions)")
            #expect(written.map(\.1) == expected.map(\.1), "\(moment): payloads of \(completions)")
            #expect(index.postings.bitmap(of: Int(term)) != nil, "\(moment): every union has a bitmap")
        }
    }

    @Test func unionsMergeTheCompletionsOfTheCommonPrefixes() {
        let (index, _) = IndexUpdateTests.build(Self.documents(400, seed: 5))
        expectUnionsMerged(index, "built")
        #expect(Self.unionPrefixes(index).count >= 3, "\(Self.unionPrefixes(index))")
        // A prefix with one completion has none: its postings are one term's.
        let rare = Self.completions(index, "maxt")
        #expect(rare.count == 1)
        #expect(index.prefixUnions.term(for: rare) == nil)
    }

    /// Searches typed with a union's prefix last: the walk takes the union and finds the same hits,
    /// scores and count as scoring every document, and as the walk decoding the completions.
    func expectSameSearches(_ index: InvertedIndex, _ moment: String) -> Int {
        let exhaustive = Searcher(index: index)
        var walk = exhaustive
        walk.blocksFrom = 0
        var decoding = walk
        decoding.readsPrefixUnions = false
        var byUnion = 0
        let prefixes = Self.unionPrefixes(index)
        for (n, prefix) in prefixes.enumerated() {
            let before = IndexUpdateTests.words[n % IndexUpdateTests.words.count]
            let other = IndexUpdateTests.words[(n * 7 + 3) % IndexUpdateTests.words.count]
            for text in [prefix, "\(before) \(prefix)", "\(before) \(other) \(prefix)"] {
                for limit in [3, 10] {
                    let request = SearchRequest(text: text, limit: limit, typing: true)
                    let full = exhaustive.search(request, pruning: false)
                    let fast = walk.search(request, pruning: true)
                    let decoded = decoding.search(request, pruning: true)
                    #expect(!decoded.byPrefixUnion)
                    if fast.byPrefixUnion { byUnion += 1 }
                    #expect(!fast.byPrefixUnion || fast.byBlocks)
                    for other in [fast, decoded] {
                        #expect(other.hits.map(\.document) == full.hits.map(\.document), "\(moment): \(text)")
                        #expect(other.hits.map(\.score) == full.hits.map(\.score), "\(moment): \(text)")
                        #expect(other.total == full.total, "\(moment): \(text)")
                    }
                }
            }
        }
        return byUnion
    }

    @Test func theWalkReadsTheUnionAndFindsWhatScoringEverythingFinds() {
        let (index, _) = IndexUpdateTests.build(Self.documents(400, seed: 9))
        let byUnion = expectSameSearches(index, "built")
        #expect(byUnion >= 12, "searches through a union: \(byUnion)")
    }

    /// After an update the unions are those of the new documents (the same as a build from
    /// scratch), not the old ones, and searches through them still equal scoring everything.
    @Test func anUpdatedIndexHasTheUnionsOfItsDocuments() throws {
        let documents = Self.documents(300, seed: 11)
        let (before, source) = IndexUpdateTests.build(documents)
        let removed = [3, 50, 51, 299]
        var after = documents
        for old in removed.sorted(by: >) { after.remove(at: old) }
        // Many new documents saying "förskoleavgift": a new completion of "fo", among its most
        // frequent, so the union of "fo" must change.
        var seed: UInt64 = 21
        var inserted: [InsertedDocument] = []
        for n in 0..<120 {
            var document = IndexUpdateTests.Document(&seed)
            document.fields[0] += " förskoleavgift"
            after.insert(document, at: n * 2)
            inserted.append(
                InsertedDocument(
                    document: n * 2, analyzed: IndexUpdateTests.analyzed(document), tags: document.tags))
        }
        let updated = try #require(
            source.updated(removing: removed, inserting: inserted) { old in
                IndexUpdateTests.analyzed(documents[old])
            })
        let (full, _) = IndexUpdateTests.build(after)
        #expect(updated.index.prefixUnions.terms == full.prefixUnions.terms)
        #expect(updated.index.postings.payload == full.postings.payload)
        #expect(updated.index.postings.documentBytes == full.postings.documentBytes)
        expectUnionsMerged(updated.index, "updated")
        let completions = Self.completions(updated.index, "fo")
        #expect(completions.contains { updated.index.dictionary.string(Int($0)).hasPrefix("forskoleavg") })
        #expect(updated.index.prefixUnions.term(for: completions) != nil)
        #expect(before.prefixUnions.term(for: completions) == nil)
        let byUnion = expectSameSearches(updated.index, "updated")
        #expect(byUnion >= 12, "searches through a union after the update: \(byUnion)")
    }
}
