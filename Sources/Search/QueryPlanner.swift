import Analysis

/// Turns what a guide typed into a `QueryPlan`: for each word, the terms that may match it.
///
/// Exists to keep every tolerance in one reviewable place. Per word, in this order:
///
/// 1. what the word is: the exact term, the word as typed, its definite base and the
///    inflections the index knows (`InflectionVariants`), synonyms and translations from the
///    registers (multi-word too), the word joined with its neighbour; a compound that is a term
///    also matches its parts apart ("förskoleplats" → "förskola" + "plats"), for the best
///    candidates only;
/// 2. for a word the index does not know: a completion when it is the word being typed (or,
///    in a finished query, the last word and nothing else matches); else a typo correction one
///    edit away, anywhere in the word (the first letter too) from 4 letters, and for 3-letter
///    abbreviations of the registers;
/// 3. only when no correction is one edit away: the word split into known parts, from the word
///    as typed, so that each part keeps its own ending ("hemtjänstkostnad" → "hemtjänst" +
///    "kostnad");
/// 4. last, corrections two edits away for words of 8 letters or more.
///
/// A word the translation register knows is never corrected.
struct QueryPlanner {
    let index: InvertedIndex
    let synonyms: SynonymTable
    let translations: SynonymTable
    /// The index's analyzer, copied once: read through `index` at each use, every use copied
    /// it (a retain and a release of each of its parts), several times per word.
    private let analyzer: SwedishAnalyzer

    init(index: InvertedIndex, synonyms: SynonymTable, translations: SynonymTable) {
        self.index = index
        self.synonyms = synonyms
        self.translations = translations
        analyzer = index.analyzer
    }

    private struct Word {
        var term: [UInt8]  // stemmed and folded
        var normalized: [UInt8]  // folded, not stemmed: for prefixes and typo budgets
        var written: [UInt8]  // lowercased as typed: for joining
        var keyword: Bool
        /// A part of a compound the caller typed ("dagis" of "dagisavgift").
        var part = false
        /// Corrections one edit away, found while deciding whether to split the word.
        var nearby: [(id: Int, distance: Int)] = []
    }

    func plan(_ request: SearchRequest) -> QueryPlan {
        let text = request.text
        let bytes = Array(text.utf8)
        let normalized = analyzer.normalize(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        let analyzed = analyzer.analyze(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        let lowercaser = LowercaseFilter()
        let endsInWord = normalized.last.map { $0.end == bytes.count } ?? false
        let dictionary = index.dictionary

        var words: [Word] = analyzed.map { token in
            var written = Array(bytes[token.start..<token.end])
            lowercaser.lowercase(&written)
            let plain = normalized.first { $0.position == token.position }?.term ?? token.term
            return Word(term: token.term, normalized: plain, written: written, keyword: token.isKeyword)
        }
        // The last word may be completed: always while typing, in a finished query only when it
        // is not a word of its own (decided below, once it is known what it matches).
        var prefixIndex: Int?
        if endsInWord, let last = normalized.last {
            if let index = analyzed.firstIndex(where: { $0.position == last.position }) {
                prefixIndex = index
            } else if request.typing, last.term.count >= SearchLimits.minPrefixLength {
                // A stop word being typed may be the start of a real word ("för" → "förskola").
                words.append(Word(term: [], normalized: last.term, written: last.term, keyword: false))
                prefixIndex = words.count - 1
            }
        }
        let splitter = CompoundSplitter(
            isTerm: { dictionary.lookup($0) != nil },
            stem: { part in
                var bytes = part
                analyzer.stemWord(&bytes)
                return bytes
            })
        // Words the index does not know: corrected when one edit away, else split into parts, each
        // a word of its own, so a document that has some of the parts still ranks
        // ("sfiansökan" → "sfi", "ansökan").
        // A question with words from the translation register is in another language: its other
        // words the index does not know are left as they are, not "corrected" into Swedish ones.
        let foreign = words.contains { translations.matches(word: $0.term) }
        var expanded: [Word] = []
        let typedPrefix = prefixIndex
        for (i, var word) in words.enumerated() {
            if foreign, !knows(word) { word.keyword = true }
            let unknown =
                !word.keyword && !word.term.isEmpty && !knows(word)
                && !synonyms.matches(word: word.term) && !translations.matches(word: word.term)
            let completing =
                i == typedPrefix && word.normalized.count >= SearchLimits.minPrefixLength
                && !dictionary.prefixRange(word.normalized).isEmpty
            if unknown, !completing {
                if !SwedishLexicon.shared.contains(folded: word.normalized) {
                    word.nearby = nearbyTerms(of: word, budget: 1)
                }
                if word.nearby.isEmpty {
                    if let parts = splitter.split(word.normalized) ?? splitter.split(word.term) {
                        for part in parts {
                            expanded.append(
                                Word(term: part, normalized: part, written: part, keyword: false, part: true))
                        }
                        if i == typedPrefix { prefixIndex = nil }
                        continue
                    }
                    // A known first part and a rest the index does not know: the rest is a word of
                    // its own, which may still be corrected.
                    if let (head, rest) = splitter.splitHead(
                        word.normalized, isKnown: { knows(self.word($0)) })
                    {
                        expanded.append(
                            Word(term: head, normalized: head, written: head, keyword: false, part: true))
                        var tail = self.word(rest)
                        tail.part = true
                        expanded.append(tail)
                        if i == typedPrefix { prefixIndex = nil }
                        continue
                    }
                }
            }
            if i == typedPrefix { prefixIndex = expanded.count }
            expanded.append(word)
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
            if let p = prefixIndex, p >= words.count { prefixIndex = nil }
        }

        var groups = words.map {
            WordGroup(word: String(decoding: $0.normalized, as: UTF8.self), alternatives: [])
        }
        let terms = words.map(\.term)

        for (i, word) in words.enumerated() {
            func add(_ kind: MatchKind, _ id: Int) {
                if !groups[i].alternatives.contains(where: { $0.clauses == [[id]] }) {
                    groups[i].alternatives.append(Alternative(kind: kind, clauses: [[id]]))
                }
            }
            let exact: MatchKind = word.part ? .compound : .exact
            if !word.term.isEmpty, let id = dictionary.lookup(word.term) { add(exact, id) }
            if !word.keyword {
                // The word as typed can be a term of its own when the stemmer treats inflections
                // unevenly ("månader" is stored as "manad", "månad" as "man").
                if word.normalized != word.term, let id = dictionary.lookup(word.normalized) {
                    add(exact, id)
                }
                // "förskolan" also means "förskola" (the index merges them the same way).
                if let base = IndexBuilder.definiteBase(word.normalized, analyzer),
                    let id = dictionary.lookup(base)
                {
                    add(exact, id)
                }
                for variant in InflectionVariants.variants(of: word.term) {
                    if let id = dictionary.lookup(variant) { add(.inflection, id) }
                }
            }
            if let match = synonyms.match(terms, at: i) {
                addPhrases(match, kind: .synonym, at: i, to: &groups)
            }
            if let match = translations.match(terms, at: i) {
                addPhrases(match, kind: .translation, at: i, to: &groups)
            }
            if i + 1 < words.count, !word.keyword, !words[i + 1].keyword {
                let joined = analyzer.analyze(word.written + words[i + 1].written)
                if joined.count == 1, let id = dictionary.lookup(joined[0].term) {
                    groups[i].alternatives.append(Alternative(kind: .joined, clauses: [[id]]))
                    groups[i + 1].alternatives.append(Alternative(kind: .joined, clauses: [[id]]))
                }
            }
            // A compound that is a term also matches a text that has its parts apart, weighed in
            // the second pass only: its parts are common words with long postings.
            if !word.keyword, !word.part, word.normalized.count >= SearchLimits.minPartsLength,
                dictionary.lookup(word.term) != nil, let parts = splitter.split(word.normalized),
                parts.allSatisfy({ $0.count >= SearchLimits.minPartsPart })
            {
                let clauses = parts.compactMap { dictionary.lookup($0).map { [$0] } }
                if clauses.count == parts.count, clauses.count > 1 {
                    groups[i].alternatives.append(Alternative(kind: .parts, clauses: clauses, deferred: true))
                }
            }
        }
        var corrections: [Correction] = []
        if let p = prefixIndex {
            let prefix = words[p].normalized
            let wordItself = !groups[p].alternatives.isEmpty
            // A finished query completes its last word only when that word is not a word itself.
            if prefix.count >= SearchLimits.minPrefixLength, request.typing || !wordItself {
                // While typing a word that is already a term, its completions count for less than
                // the word ("förskole avgift" is about "avgift" more than "avgiftsfri").
                let scale: Float = wordItself ? 0.6 : 1
                for id in completions(of: prefix)
                where !groups[p].alternatives.contains(where: { $0.clauses == [[id]] }) {
                    groups[p].alternatives.append(Alternative(kind: .prefix, clauses: [[id]], scale: scale))
                }
            }
        }
        for (i, word) in words.enumerated() where groups[i].alternatives.isEmpty && !word.keyword {
            if translations.matches(word: word.term) { continue }  // a foreign word: never "corrected"
            if SwedishLexicon.shared.contains(folded: word.normalized) { continue }  // a word, not a typo
            var found = word.nearby
            if found.isEmpty { found = nearbyTerms(of: word, budget: 1) }
            if found.isEmpty, !word.part, word.normalized.count >= SearchLimits.twoTypoLength {
                found = nearbyTerms(of: word, budget: 2)
            }
            for candidate in found.prefix(SearchLimits.maxTypoExpansions) {
                groups[i].alternatives.append(
                    Alternative(kind: .typo(distance: candidate.distance), clauses: [[candidate.id]]))
            }
            if let best = found.first {
                corrections.append(
                    Correction(word: groups[i].word, correction: index.surface(best.id), term: best.id))
            }
        }
        // Completions and corrections of one word share one idf.
        for g in groups.indices {
            // (One alternative or none: nothing shares an idf.)
            for kind in [MatchKind.prefix, .typo(distance: 1), .typo(distance: 2)]
            where groups[g].alternatives.count > 1 {
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
            groups[g].importance = importance(of: groups[g])
        }
        let unknown = groups.filter { $0.alternatives.isEmpty }.map(\.word)
        return QueryPlan(
            groups: groups, unknownWords: unknown, corrections: corrections,
            analyzedTerms: analyzed.map(\.term))
    }

    /// A word from folded, lowercased letters (a compound's rest).
    private func word(_ letters: [UInt8]) -> Word {
        var term = letters
        analyzer.stemWord(&term)
        return Word(term: term, normalized: letters, written: letters, keyword: false)
    }

    /// Whether the index knows `word` as it is: its stem, the word as typed, its definite base or
    /// one of its inflections.
    private func knows(_ word: Word) -> Bool {
        let dictionary = index.dictionary
        if dictionary.lookup(word.term) != nil || dictionary.lookup(word.normalized) != nil { return true }
        if let base = IndexBuilder.definiteBase(word.normalized, analyzer), dictionary.lookup(base) != nil {
            return true
        }
        return InflectionVariants.variants(of: word.term).contains { dictionary.lookup($0) != nil }
    }

    private func addPhrases(
        _ match: (length: Int, phrases: [[[UInt8]]]), kind: MatchKind, at i: Int, to groups: inout [WordGroup]
    ) {
        let dictionary = index.dictionary
        for phrase in match.phrases {
            let clauses = phrase.map { dictionary.lookup($0).map { [$0] } ?? [] }
            guard clauses.allSatisfy({ !$0.isEmpty }) else { continue }
            for covered in i..<min(i + match.length, groups.count) {
                groups[covered].alternatives.append(Alternative(kind: kind, clauses: clauses))
            }
        }
    }

    /// Terms within `budget` edits of `word` (its stem or as typed), nearest and most frequent
    /// first. Budget 1 also reaches a wrong or missing first letter, and 3-letter words reach
    /// the registers' abbreviations ("sfu" → "sfi").
    private func nearbyTerms(of word: Word, budget: Int) -> [(id: Int, distance: Int)] {
        let dictionary = index.dictionary
        let length = word.normalized.count
        var nearest: [Int: Int] = [:]
        if length >= SearchLimits.oneTypoLength {
            // Against the stem and against the word as typed: a typo can change how a word stems
            // ("undervisnig" loses its "ig").
            for target in Set([word.term, word.normalized]) where !target.isEmpty {
                dictionary.forEachTerm(within: budget, of: target) { id, distance in
                    nearest[id] = min(distance, nearest[id] ?? distance)
                }
            }
            // The first letter replaced or missing, in the word as typed and in its stem — but
            // not in a stem of four letters or fewer, which meets other stems by chance
            // ("mormor" stems to "morm", one letter from "form" and "norm").
            if budget == 1 {
                for target in Set([word.term, word.normalized])
                where target.count >= 5 || (target == word.normalized && target.count >= 4) {
                    dictionary.forEachFirstLetterVariant(of: target) { id in nearest[id] = 1 }
                }
            }
        } else if length == 3, budget == 1 {
            var candidate = word.normalized
            for position in 0..<3 where candidate[position] < 0x80 {
                let original = candidate[position]
                for letter in UInt8(ascii: "a")...UInt8(ascii: "z") where letter != original {
                    candidate[position] = letter
                    if analyzer.isProtected(candidate), let id = dictionary.lookup(candidate) {
                        nearest[id] = 1
                    }
                }
                candidate[position] = original
            }
        }
        var found = nearest.map { (id: $0.key, distance: $0.value) }
        found.sort {
            $0.distance != $1.distance
                ? $0.distance < $1.distance
                : index.documentFrequency($0.id) != index.documentFrequency($1.id)
                    ? index.documentFrequency($0.id) > index.documentFrequency($1.id) : $0.id < $1.id
        }
        return found
    }

    /// How much a word says: the idf of what it matches (its best alternative), so that filler
    /// words found everywhere count for little in coverage and confidence. A word that matches
    /// nothing says as much as the rarest term.
    private func importance(of group: WordGroup) -> Float {
        var best: Float = 0
        for alternative in group.alternatives {
            var value: Float
            if let shared = alternative.sharedIDF {
                value = shared
            } else {
                value = 0
                for clause in alternative.clauses {
                    var most: Float?
                    for term in clause {
                        let idf = index.idf(term)
                        if most.map({ idf > $0 }) ?? true { most = idf }
                    }
                    value += most ?? 0
                }
                value /= Float(max(alternative.clauses.count, 1))
            }
            best = max(best, value)
        }
        return group.alternatives.isEmpty
            ? index.bm25.idf(documentFrequency: 0, documentCount: index.documentCount) : best
    }

    private func isTypo(_ kind: MatchKind) -> Bool {
        if case .typo = kind { return true }
        return false
    }

    /// The most frequent terms starting with `prefix`.
    private func completions(of prefix: [UInt8]) -> [Int] {
        QueryPlanner.completions(
            in: index.dictionary.prefixRange(prefix), start: index.postings.start,
            documentCount: index.documentCount)
    }

    /// The completions of a prefix whose terms are `range`, the most frequent first (their
    /// document frequencies from the postings' `start`); `PrefixUnions` chooses the same when the
    /// index is built.
    static func completions(in range: Range<Int>, start: [UInt32], documentCount: Int) -> [Int] {
        var best = range.prefix(SearchLimits.maxPrefixScan).map {
            (frequency: Int(start[$0 + 1] - start[$0]), id: $0)
        }
        best.sort { $0.frequency != $1.frequency ? $0.frequency > $1.frequency : $0.id < $1.id }
        // The most frequent completions, until their postings add up to about one pass over the
        // corpus: a short prefix ("ha") must not cost a walk over most of the index.
        var taken: [Int] = []
        var postings = 0
        for (frequency, id) in best.prefix(SearchLimits.maxPrefixExpansions) {
            if taken.count >= SearchLimits.minPrefixExpansions && postings + frequency > documentCount {
                break
            }
            taken.append(id)
            postings += frequency
        }
        return taken
    }
}
