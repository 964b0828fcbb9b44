import Analysis

/// Turns what a guide typed into a `QueryPlan`: for each word, the terms that may match it.
///
/// Exists to keep every tolerance in one reviewable place, applied in this order per word:
/// the exact term; synonyms from the register (multi-word too); the word joined with its
/// neighbour when that is a known term; the word split into known parts; completions when it is
/// the word being typed; and, only when nothing else matched, typo corrections within the
/// budget (1 edit from 4 characters, 2 from 8).
struct QueryPlanner {
    let index: InvertedIndex
    let synonyms: SynonymTable

    private var analyzer: SwedishAnalyzer { index.analyzer }

    private struct Word {
        var term: [UInt8]  // stemmed and folded
        var normalized: [UInt8]  // folded, not stemmed: for prefixes and typo budgets
        var written: [UInt8]  // lowercased as typed: for joining
        var keyword: Bool
        /// A part of a compound the caller typed ("dagis" of "dagisavgift").
        var part = false
    }

    func plan(_ request: SearchRequest) -> QueryPlan {
        let text = request.text
        let bytes = Array(text.utf8)
        let normalized = analyzer.normalize(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        let analyzed = analyzer.analyze(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        let lowercaser = LowercaseFilter()
        let endsInWord = normalized.last.map { $0.end == bytes.count } ?? false
        let prefixPosition = request.prefixLastWord && endsInWord ? normalized.last?.position : nil

        var words: [Word] = analyzed.map { token in
            var written = Array(bytes[token.start..<token.end])
            lowercaser.lowercase(&written)
            let plain = normalized.first { $0.position == token.position }?.term ?? token.term
            return Word(term: token.term, normalized: plain, written: written, keyword: token.isKeyword)
        }
        var prefixIndex: Int?
        if let prefixPosition, let last = normalized.last {
            if let index = analyzed.firstIndex(where: { $0.position == prefixPosition }) {
                prefixIndex = index
            } else if last.term.count >= SearchLimits.minPrefixLength {
                // A stop word being typed may be the start of a real word ("för" → "förskola").
                words.append(Word(term: [], normalized: last.term, written: last.term, keyword: false))
                prefixIndex = words.count - 1
            }
        }
        // A compound that is not a term becomes its parts, each a word of its own, so a document
        // that has some of the parts still ranks ("sfiansökan" → "sfi", "ansökan").
        let dictionary = index.dictionary
        let splitter = CompoundSplitter(
            isTerm: { dictionary.lookup($0) != nil },
            stem: { part in
                var bytes = part
                SwedishStemmer().stem(&bytes)
                return bytes
            })
        var expanded: [Word] = []
        let typedPrefix = prefixIndex
        for (i, word) in words.enumerated() {
            // The word being typed is split only when nothing in the index starts with it.
            let completing = i == typedPrefix && !dictionary.prefixRange(word.normalized).isEmpty
            if !completing, !word.keyword, !word.term.isEmpty, dictionary.lookup(word.term) == nil,
                let parts = splitter.split(word.term)
            {
                for part in parts {
                    expanded.append(
                        Word(term: part, normalized: part, written: part, keyword: false, part: true))
                }
            } else {
                if i == typedPrefix { prefixIndex = expanded.count }
                expanded.append(word)
            }
        }
        words = expanded
        if words.isEmpty {
            // Only stop words: search for them as they are.
            words = normalized.map {
                Word(term: $0.term, normalized: $0.term, written: $0.term, keyword: true)
            }
        }
        if words.count > SearchLimits.maxQueryWords {
            words = Array(words.prefix(SearchLimits.maxQueryWords))
        }

        var groups = words.map {
            WordGroup(word: String(decoding: $0.normalized, as: UTF8.self), alternatives: [])
        }
        let terms = words.map(\.term)

        for (i, word) in words.enumerated() {
            if let id = dictionary.lookup(word.term), !word.term.isEmpty {
                groups[i].alternatives.append(
                    Alternative(kind: word.part ? .compound : .exact, clauses: [[id]]))
            }
            // The word as typed can be a term of its own when the stemmer treats inflections
            // unevenly ("månader" is stored as "manad", "månad" as "man").
            if word.normalized != word.term, !word.keyword, let id = dictionary.lookup(word.normalized) {
                groups[i].alternatives.append(
                    Alternative(kind: word.part ? .compound : .exact, clauses: [[id]]))
            }
            // "förskolan" also means "förskola" (the index merges them the same way).
            if !word.keyword, let base = IndexBuilder.definiteBase(word.normalized, SwedishStemmer()),
                let id = dictionary.lookup(base),
                !groups[i].alternatives.contains(where: { $0.clauses == [[id]] })
            {
                groups[i].alternatives.append(
                    Alternative(kind: word.part ? .compound : .exact, clauses: [[id]]))
            }
            if let match = synonyms.match(terms, at: i) {
                for phrase in match.phrases {
                    let clauses = phrase.map { dictionary.lookup($0).map { [$0] } ?? [] }
                    guard clauses.allSatisfy({ !$0.isEmpty }) else { continue }
                    for covered in i..<(i + match.length) {
                        groups[covered].alternatives.append(Alternative(kind: .synonym, clauses: clauses))
                    }
                }
            }
            if i + 1 < words.count, !word.keyword, !words[i + 1].keyword {
                let joined = analyzer.analyze(word.written + words[i + 1].written)
                if joined.count == 1, let id = dictionary.lookup(joined[0].term) {
                    groups[i].alternatives.append(Alternative(kind: .joined, clauses: [[id]]))
                    groups[i + 1].alternatives.append(Alternative(kind: .joined, clauses: [[id]]))
                }
            }
        }
        var corrections: [(word: String, correction: String)] = []
        if let p = prefixIndex {
            let prefix = words[p].normalized
            if prefix.count >= SearchLimits.minPrefixLength {
                for id in completions(of: prefix)
                where !groups[p].alternatives.contains(where: { $0.clauses == [[id]] }) {
                    groups[p].alternatives.append(Alternative(kind: .prefix, clauses: [[id]]))
                }
            }
        }
        for (i, word) in words.enumerated() where groups[i].alternatives.isEmpty && !word.keyword {
            let length = word.normalized.count
            let budget =
                length >= SearchLimits.twoTypoLength ? 2 : (length >= SearchLimits.oneTypoLength ? 1 : 0)
            guard budget > 0 else { continue }
            // Against the stem and against the word as typed: a typo can change how a word stems
            // ("undervisnig" loses its "ig").
            var nearest: [Int: Int] = [:]
            for target in Set([word.term, word.normalized]) where !target.isEmpty {
                dictionary.forEachTerm(within: budget, of: target) { id, distance in
                    nearest[id] = min(distance, nearest[id] ?? distance)
                }
            }
            var found = nearest.map { (id: $0.key, distance: $0.value) }
            found.sort {
                $0.distance != $1.distance
                    ? $0.distance < $1.distance
                    : index.documentFrequency($0.id) != index.documentFrequency($1.id)
                        ? index.documentFrequency($0.id) > index.documentFrequency($1.id) : $0.id < $1.id
            }
            for candidate in found.prefix(SearchLimits.maxTypoExpansions) {
                groups[i].alternatives.append(
                    Alternative(kind: .typo(distance: candidate.distance), clauses: [[candidate.id]]))
            }
            if let best = found.first {
                corrections.append((groups[i].word, index.surface(best.id)))
            }
        }
        // Completions and corrections of one word share one idf.
        for g in groups.indices {
            for kind in [MatchKind.prefix, .typo(distance: 1), .typo(distance: 2)] {
                let members = groups[g].alternatives.indices.filter {
                    groups[g].alternatives[$0].kind == kind
                        || (isTypo(kind) && isTypo(groups[g].alternatives[$0].kind))
                }
                guard members.count > 1 else { continue }
                let combined = members.reduce(0) {
                    $0 + index.documentFrequency(groups[g].alternatives[$1].clauses[0][0])
                }
                let idf = index.bm25.idf(
                    documentFrequency: min(combined, index.documentCount), documentCount: index.documentCount)
                for member in members { groups[g].alternatives[member].sharedIDF = idf }
            }
        }
        let unknown = groups.filter { $0.alternatives.isEmpty }.map(\.word)
        return QueryPlan(groups: groups, unknownWords: unknown, corrections: corrections)
    }

    private func isTypo(_ kind: MatchKind) -> Bool {
        if case .typo = kind { return true }
        return false
    }

    /// The most frequent terms starting with `prefix`.
    private func completions(of prefix: [UInt8]) -> [Int] {
        let range = index.dictionary.prefixRange(prefix)
        let scanned = range.prefix(SearchLimits.maxPrefixScan)
        var best = Array(scanned)
        best.sort {
            let a = index.documentFrequency($0)
            let b = index.documentFrequency($1)
            return a != b ? a > b : $0 < $1
        }
        // The most frequent completions, until their postings add up to about one pass over the
        // corpus: a short prefix ("ha") must not cost a walk over most of the index.
        var taken: [Int] = []
        var postings = 0
        for id in best.prefix(SearchLimits.maxPrefixExpansions) {
            if taken.count >= SearchLimits.minPrefixExpansions
                && postings + index.documentFrequency(id) > index.documentCount
            {
                break
            }
            taken.append(id)
            postings += index.documentFrequency(id)
        }
        return taken
    }
}
