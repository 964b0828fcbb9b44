/// Why a document scored what it did: per query word, each way it matched and what that gave.
///
/// Exists for `kb search --explain`, so ranking can be checked by a person. It is computed after
/// the search, for the hits shown only, by looking the document up in each term's postings.
public struct Explanation: Sendable, CustomStringConvertible {
    public struct Match: Sendable {
        public var kind: MatchKind
        public var terms: [String]
        public var value: Float
    }

    public struct Word: Sendable {
        public var word: String
        public var matches: [Match]
        /// The best match's value, what the word adds to the sum.
        public var best: Float { matches.map(\.value).max() ?? 0 }
    }

    public var words: [Word]
    public var sum: Float
    public var matchedWords: Int
    public var knownWords: Int
    public var shortFieldWords: Int
    /// The share of the query's importance matched (see `Searcher.Coverage`).
    public var coverage: Float
    public var score: Float
    public var confidence: Confidence

    public var description: String {
        var lines: [String] = []
        for word in words {
            if word.matches.isEmpty {
                lines.append("  '\(word.word)': no match")
                continue
            }
            lines.append("  '\(word.word)': \(format(word.best))")
            for match in word.matches.sorted(by: { $0.value > $1.value }) {
                lines.append(
                    "      \(match.kind) \(match.terms.joined(separator: " + ")) = \(format(match.value))")
            }
        }
        lines.append(
            "  sum \(format(sum)) × coverage (\(matchedWords)/\(knownWords) words, \(format(coverage)) of their weight)"
                + (matchedWords == knownWords && knownWords > 1
                    ? " × all-words \(Searcher.allWordsBonus)" : "")
                + (shortFieldWords > 1 ? " × together-in-short-field (\(shortFieldWords) words)" : "")
                + " = \(format(score)), confidence \(confidence.rawValue)")
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Float) -> String {
        let scaled = (value * 1000).rounded() / 1000
        return String(scaled)
    }
}

extension Searcher {
    /// The value term `term` gives `document`, with the fields it occurs in; nil when absent.
    private func value(_ term: Int, _ document: UInt32, idf: Float? = nil) -> (Float, Bool)? {
        let postings = index.postings
        guard let payload = postings.payload(term: term, document: document) else { return nil }
        return ((idf ?? index.idf(term)) * postings.saturation(payload), payload & Postings.shortBit != 0)
    }

    /// The explanation of `document`'s score under `plan`.
    public func explain(_ plan: QueryPlan, document: UInt32) -> Explanation {
        var words: [Explanation.Word] = []
        var sum: Float = 0
        var matched: UInt16 = 0
        var firm: UInt16 = 0
        var shortMask: UInt16 = 0
        var known = 0
        var knownImportance: Float = 0
        var importance = [Float](repeating: 0, count: plan.groups.count)
        for (g, group) in plan.groups.enumerated() where !group.alternatives.isEmpty {
            known += 1
            knownImportance += group.importance
            importance[g] = group.importance
            var matches: [Explanation.Match] = []
            var bestShort = false
            var bestFirm = false
            var best: Float = 0
            // Deferred alternatives count only for a document the others did not match, as in
            // the search's second pass (they come last in a group).
            for alternative in group.alternatives where !(alternative.deferred && !matches.isEmpty) {
                var clauseValues: [Float] = []
                var terms: [String] = []
                var short = false
                for clause in alternative.clauses {
                    var clauseBest: (Float, Int)?
                    for term in clause {
                        if let (v, f) = value(term, document, idf: alternative.sharedIDF),
                            v > (clauseBest?.0 ?? -1)
                        {
                            clauseBest = (v, term)
                            short = f
                        }
                    }
                    guard let found = clauseBest else { break }
                    clauseValues.append(found.0)
                    terms.append(index.dictionary.string(found.1))
                }
                guard clauseValues.count == alternative.clauses.count, !clauseValues.isEmpty else { continue }
                let single = alternative.clauses.count == 1
                let value = alternative.weight * clauseValues.reduce(0, +) / Float(clauseValues.count)
                matches.append(Explanation.Match(kind: alternative.kind, terms: terms, value: value))
                if value > best {
                    best = value
                    bestShort = single && short
                    bestFirm = alternative.isFirm
                }
            }
            if !matches.isEmpty {
                let bit = UInt16(1) << UInt16(g)
                matched |= bit
                if bestFirm { firm |= bit }
                sum += best
                if bestShort { shortMask |= bit }
            }
            words.append(Explanation.Word(word: group.word, matches: matches))
        }
        let coverage = Coverage(importance: importance, known: knownImportance, count: known)
        let score = Searcher.finalScore(sum, matched: matched, short: shortMask, coverage: coverage)
        let all = plan.groups.reduce(Float(0)) { $0 + $1.importance }
        return Explanation(
            words: words, sum: sum, matchedWords: matched.nonzeroBitCount, knownWords: known,
            shortFieldWords: shortMask.nonzeroBitCount, coverage: coverage.share(matched), score: score,
            confidence: Confidence(
                importance: importance, all: all, matched: matched, firm: firm, short: shortMask))
    }

    /// The terms through which each query word matched `document`: what to mark in its text.
    /// Completions count only for a word that matched no other way, so the completions of "ko"
    /// are not marked in a text where "kö" itself matched.
    public func matchedTerms(_ plan: QueryPlan, document: UInt32) -> Set<[UInt8]> {
        var found = Set<[UInt8]>()
        for word in explain(plan, document: document).words {
            let whole = word.matches.filter { $0.kind != .prefix }
            for match in whole.isEmpty ? word.matches : whole {
                for term in match.terms { found.insert(Array(term.utf8)) }
            }
        }
        return found
    }

    /// Byte ranges of the words in `text` that stand for one of `terms`, directly or by
    /// containing one (a compound's part), for marking matched words.
    public func highlights(in text: String, terms: Set<[UInt8]>) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let parts = terms.filter { $0.count >= SearchLimits.minCompoundPart }
        var ranges: [Range<Int>] = []
        var text = text
        text.withUTF8 { utf8 in
            index.analyzer.forEachTerm(in: utf8) { token in
                let term = token.term
                if terms.contains(term)
                    || (term.count >= SearchLimits.minCompoundLength
                        && parts.contains { $0.count < term.count && contains(term, $0) })
                {
                    ranges.append(token.start..<token.end)
                }
            }
        }
        return ranges
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}

extension Searcher {
    /// The plan in words: per query word, each alternative with its terms and document counts.
    public func describe(_ plan: QueryPlan) -> String {
        var lines: [String] = []
        for group in plan.groups {
            lines.append(
                "'\(group.word)':"
                    + (group.alternatives.isEmpty
                        ? " nothing in the index" : " weight \((group.importance * 100).rounded() / 100)"))
            for alternative in group.alternatives {
                let clauses = alternative.clauses.map { clause in
                    clause.map { "\(index.dictionary.string($0))(\(index.documentFrequency($0)))" }
                        .joined(separator: "|")
                }
                lines.append(
                    "    \(alternative.kind) ×\(alternative.weight): " + clauses.joined(separator: " + "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
