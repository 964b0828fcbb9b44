import Analysis

/// One word of a question, as the index reads it for sorting questions rather than ranking
/// documents: how much it says and which documents are about it.
public struct WordTopic: Sendable {
    /// The word, normalised (lowercase, folded).
    public var word: String
    /// Its importance: the idf of what it matches; a word no document has weighs as much as the
    /// rarest term (see `QueryPlanner`).
    public var importance: Float
    /// The documents that have one of the word's firm matches (the word, an inflection, a
    /// synonym, a translation, its parts — not a guessed typo or completion) in a short field:
    /// where a document says what it is about (title, questions, keywords).
    public var documents: [Int]
}

/// Reading questions for the query log's reports: what a question is about, not which
/// document answers it.
///
/// Exists so that the questions nobody answers can be grouped and given to whoever owns their
/// subject with the engine's own reading of words (its analyzer, vocabulary, compound splitter,
/// synonyms) rather than with string tricks outside it.
extension Searcher {
    /// The words of `text` as the index analyses them (stop words out, stemmed, folded), each
    /// split into its parts when it is a compound of known words: terms of the index, words in
    /// `knownWords` (folded, as `SwedishAnalyzer.normalize` gives them; a report passes the
    /// words of the other questions it has seen), or correctly spelled Swedish words of at
    /// least four letters. A part that is itself a compound is split too, and a compound the
    /// index has as a term is split all the same, so that every wording of it reads alike. "bostadsanpassningsbidrag", with "bostadsanpassning" known, is
    /// `[["bostadsanpassning", "bidrag"]]`.
    public func decompounded(_ text: String, knownWords: Set<[UInt8]> = []) -> [[String]] {
        let analyzer = index.analyzer
        let dictionary = index.dictionary
        let bytes = Array(text.utf8)
        let normalized = analyzer.normalize(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        let analyzed = analyzer.analyze(bytes, maxTokens: AnalysisLimits.maxTokensPerQuery)
        func isWord(_ candidate: [UInt8]) -> Bool {
            dictionary.lookup(candidate) != nil || knownWords.contains(candidate)
                || (candidate.count >= 4 && SwedishLexicon.shared.contains(folded: candidate))
        }
        let splitter = CompoundSplitter(
            isTerm: isWord,
            stem: { part in
                var bytes = part
                analyzer.stemWord(&bytes)
                return bytes
            })
        func parts(_ plain: [UInt8], stem: [UInt8]) -> [[UInt8]] {
            guard let split = splitter.split(plain) else { return [stem] }
            return split.flatMap { part -> [[UInt8]] in
                var stemmed = part
                analyzer.stemWord(&stemmed)
                return part.count < plain.count ? parts(part, stem: stemmed) : [stemmed]
            }
        }
        return analyzed.map { token in
            let plain = normalized.first { $0.position == token.position }?.term ?? token.term
            let split =
                token.isKeyword || token.kind == .number ? [token.term] : parts(plain, stem: token.term)
            return split.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Whether the index has `term` (an analysed form, as `decompounded` gives) or a synonym
    /// or translation for it.
    public func knows(term: String) -> Bool {
        let bytes = Array(term.utf8)
        return index.dictionary.lookup(bytes) != nil || synonyms.match([bytes], at: 0) != nil
            || translations.match([bytes], at: 0) != nil
    }

    /// The words of `text` as a search plans them, each with its importance and the documents
    /// that are about it (see `WordTopic`).
    public func topics(of text: String) -> [WordTopic] {
        let plan = plan(SearchRequest(text: text))
        let postings = index.postings
        return plan.groups.map { group in
            var documents = Set<Int>()
            for alternative in group.alternatives where alternative.isFirm {
                // A document is about the word when it has every clause in a short field.
                var counts: [Int: Int] = [:]
                for clause in alternative.clauses {
                    var inClause = Set<Int>()
                    for term in clause {
                        postings.forEach(term) { document, payload in
                            if payload & Postings.shortBit != 0 { inClause.insert(document) }
                        }
                    }
                    for document in inClause { counts[document, default: 0] += 1 }
                }
                for (document, count) in counts where count == alternative.clauses.count {
                    documents.insert(document)
                }
            }
            return WordTopic(word: group.word, importance: group.importance, documents: documents.sorted())
        }
    }
}
