import Analysis
import Foundation
import Testing

@testable import KnowledgeBase
@testable import Search

/// Pruning (skipping documents that cannot reach the top k) must not change what a search
/// returns: on a generated corpus large enough for pruning to happen, every query of the
/// relevance sets and a few thousand random ones give the same hits, scores, confidences and
/// hit counts with pruning as when every matching document is scored.
@Suite struct PruningEquivalenceTests {
    /// A corpus of `count` documents made from the shipped articles: each document takes its
    /// fields from one article, then swaps in words and lines of others, so words keep their
    /// skewed frequencies but documents differ. Seeded: the same corpus every run.
    static func corpus(count: Int) -> (Searcher, words: [String], tags: [String]) {
        let (loaded, _) = try! FolderScan(folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge")).load()
        let knowledge = loaded!
        let articles = knowledge.articles.filter { $0.status == .published }
        let builder = IndexBuilder(
            schema: ArticleIndexing.schema, analyzer: ArticleIndexing.analyzer(knowledge.registers))
        var random = Xorshift(seed: 12)
        let fieldsOf = articles.map(ArticleIndexing.fields)
        let tagsOf = articles.map(ArticleIndexing.tags)
        var words: [String] = []
        for fields in fieldsOf {
            for field in fields {
                words += field.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            }
        }
        for _ in 0..<count {
            let own = random.below(fieldsOf.count)
            var fields = fieldsOf[own]
            for f in fields.indices {
                var tokens = fields[f].split(separator: " ").map(String.init)
                // Some words replaced by words of the whole collection, a line from another article.
                for t in tokens.indices where random.below(4) == 0 {
                    tokens[t] = words[random.below(words.count)]
                }
                if random.below(3) == 0 {
                    let other = fieldsOf[random.below(fieldsOf.count)][f]
                    tokens += other.split(separator: " ").prefix(1 + random.below(12)).map(String.init)
                }
                if random.below(5) == 0 { tokens.shuffle(using: &random) }
                fields[f] = tokens.joined(separator: " ")
            }
            builder.add(fields: fields, tags: tagsOf[random.below(tagsOf.count)])
        }
        let index = builder.build()
        let registers = knowledge.registers
        let searcher = Searcher(
            index: index,
            synonyms: SynonymTable(
                pairs: registers.synonyms.map { ($0.term, $0.formal) }, analyzer: index.analyzer),
            translations: SynonymTable(
                pairs: registers.translations.map { ($0.term, $0.formal) }, analyzer: index.analyzer))
        return (searcher, words, Array(Set(tagsOf.flatMap { $0 })).sorted())
    }

    /// Queries of the relevance sets, then random ones: 1–6 words of the collection, some with a
    /// letter changed, dropped or doubled, some cut short (searched as being typed).
    static func queries(words: [String]) throws -> [(String, Bool)] {
        var queries: [(String, Bool)] = []
        for file in ["queries.tsv", "hard-tune.tsv", "hard-heldout.tsv", "unanswerable.tsv"] {
            for item in try RelevanceTests.cases(file) { queries.append((item.query, item.kind == "prefix")) }
        }
        var random = Xorshift(seed: 7)
        let letters = Array("abcdefghijklmnoprstuvåäö")
        for _ in 0..<800 {
            var query: [String] = []
            for _ in 0..<(1 + random.below(6)) {
                var word = Array(words[random.below(words.count)].lowercased())
                if word.count > 4, random.below(3) == 0 {
                    let at = random.below(word.count)
                    switch random.below(3) {
                    case 0: word[at] = letters[random.below(letters.count)]
                    case 1: word.remove(at: at)
                    default: word.insert(word[at], at: at)
                    }
                }
                query.append(String(word))
            }
            let typing = random.below(4) == 0
            if typing, let last = query.last, last.count > 3 {
                query[query.count - 1] = String(last.prefix(2 + random.below(last.count - 2)))
            }
            queries.append((query.joined(separator: " "), typing))
        }
        return queries
    }

    @Test func prunedSearchEqualsExhaustive() throws {
        let (searcher, words, tags) = Self.corpus(count: 6_000)
        // `.automatic` prunes from `pruningFrom` documents on: lowered here to this corpus.
        var automatic = searcher
        automatic.pruningFrom = searcher.index.documentCount
        automatic.sortedPassFrom = searcher.index.documentCount
        automatic.blocksFrom = 0
        // The tiered walk from any number of postings (the shipped threshold leaves most of this
        // corpus's queries to the other paths, which are compared too).
        var tiered = searcher
        tiered.blocksFrom = 0
        // Terms decoded range by range, several ranges in this corpus.
        tiered.decodeRange = 1_024
        // The same walk decoding every completion instead of reading their unions.
        var decoding = tiered
        decoding.readsPrefixUnions = false
        var pruned = 0
        var byAllWords = 0
        var byBlocks = 0
        var byOneTerm = 0
        var byOneWord = 0
        var byDecodedBest = 0
        var byPrefixUnion = 0
        var candidatePruned = 0
        var automaticPruned = 0
        var compared = 0
        for (n, (text, typing)) in try Self.queries(words: words).enumerated() {
            // Top 10 for every query; every fifth also top 3, every third top 20 with a filter tag.
            var variants: [(Int, [String])] = [(10, [])]
            if n % 5 == 0 { variants.append((3, [])) }
            if n % 3 == 0 { variants.append((20, [tags[n % tags.count]])) }
            for (limit, required) in variants {
                let request = SearchRequest(text: text, limit: limit, requiredTags: required, typing: typing)
                // Eager: candidates also when many remain, so more searches take that path.
                let full = searcher.search(request, pruning: false)
                #expect(!full.pruned)
                // The documents matching every word first (when the bounds allow), and without
                // that step, MaxScore's candidates (the commonest words probed through bitmaps).
                // The tiered walk (`blocks`: high and low states per word, the candidates probed).
                // The tiered walk again without the prefixes' unions (`unions`).
                for (allWords, blocks, unions) in [
                    (true, false, true), (false, false, true), (true, true, true), (true, true, false),
                ] {
                    let fast = (blocks ? (unions ? tiered : decoding) : searcher).search(
                        request, pruning: true, eager: true, allWords: allWords, blocks: blocks)
                    compared += 1
                    if fast.pruned { pruned += 1 }
                    if fast.byAllWords { byAllWords += 1 }
                    if fast.byBlocks { byBlocks += 1 }
                    if fast.byOneTerm { byOneTerm += 1 }
                    if fast.byOneWord { byOneWord += 1 }
                    if fast.byDecodedBest { byDecodedBest += 1 }
                    if fast.byPrefixUnion { byPrefixUnion += 1 }
                    #expect(!fast.byPrefixUnion || (fast.byBlocks && unions))
                    #expect(!fast.byOneTerm || fast.byBlocks)
                    #expect(!fast.byOneWord || (fast.byBlocks && !fast.byOneTerm))
                    #expect(!fast.byDecodedBest || fast.byBlocks)
                    if fast.pruned, !allWords { candidatePruned += 1 }
                    #expect(blocks || !fast.byBlocks)
                    #expect(!fast.byBlocks || fast.pruned)
                    #expect(!allWords ? !fast.byAllWords : fast.byAllWords ? fast.pruned : true)
                    #expect(
                        fast.hits.map(\.document) == full.hits.map(\.document),
                        "\(text) (limit \(limit), \(required), all words first: \(allWords), tiered: \(blocks))"
                    )
                    #expect(
                        fast.hits.map(\.score) == full.hits.map(\.score),
                        "\(text) (limit \(limit), all words first: \(allWords), tiered: \(blocks))")
                    #expect(
                        fast.hits.map(\.confidence) == full.hits.map(\.confidence),
                        "\(text) (limit \(limit), all words first: \(allWords), tiered: \(blocks))")
                    #expect(
                        fast.total == full.total,
                        "\(text) (limit \(limit), \(required), all words first: \(allWords), tiered: \(blocks))"
                    )
                }
                if limit == 10, required.isEmpty {
                    // The engine's own choice: pruned at this size once the threshold is lowered
                    // to it, not below the shipped threshold; the same hits and count either way.
                    let chosen = automatic.search(request)
                    if chosen.pruned { automaticPruned += 1 }
                    #expect(chosen.hits == full.hits, "\(text) (automatic)")
                    #expect(chosen.total == full.total, "\(text) (automatic)")
                    #expect(!searcher.search(request).pruned, "\(text) (below the threshold)")
                }
            }
        }
        print(
            "pruning: \(pruned) of \(compared) searches pruned (\(byAllWords) among the documents matching "
                + "every word, \(candidatePruned) by candidates alone, \(byBlocks) by the tiered walk, \(byOneTerm) of them by one term's best postings, \(byOneWord) by one word's postings over its threshold, \(byDecodedBest) with decoded terms looked up, \(byPrefixUnion) with a prefix's union), "
                + "\(automaticPruned) by the automatic choice"
        )
        // The comparison means something only if pruning happened often, each way.
        #expect(pruned * 4 > compared, "pruned \(pruned) of \(compared)")
        #expect(byAllWords * 50 > compared, "among the documents matching every word: \(byAllWords)")
        #expect(candidatePruned * 8 > compared, "by candidates alone: \(candidatePruned)")
        #expect(byBlocks * 4 > compared, "by the tiered walk: \(byBlocks)")
        #expect(byOneTerm * 100 > compared, "by one term's best postings: \(byOneTerm)")
        #expect(byOneWord * 200 > compared, "by one word's postings over its threshold: \(byOneWord)")
        #expect(byDecodedBest * 40 > compared, "with decoded terms looked up: \(byDecodedBest)")
        #expect(byPrefixUnion * 400 > compared, "with a prefix's union: \(byPrefixUnion)")
        #expect(automaticPruned > 0)
        #expect(searcher.index.documentCount < Searcher.pruningFromDocuments)
    }
}

/// A small seeded generator (xorshift64*), so the generated corpus and queries are the same on
/// every run.
struct Xorshift: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
