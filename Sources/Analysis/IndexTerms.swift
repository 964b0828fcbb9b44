/// One term found by `SwedishAnalyzer.forEachIndexTerm`: what `analyze` would return as a
/// `Token`, with the term's bytes borrowed for the length of the call instead of copied into an
/// array.
public struct IndexTerm {
    /// The term's UTF-8 bytes, valid only inside the call that hands it over.
    public let term: UnsafeBufferPointer<UInt8>
    /// Byte offsets of the token in the text: `start..<end`.
    public let start: Int
    public let end: Int
    public let position: Int
    public let kind: Token.Kind
    public let isKeyword: Bool
}

extension SwedishAnalyzer {
    /// Calls `body` with each index term of UTF-8 `text`: the terms `forEachTerm` finds, in the
    /// same order and with the same offsets, positions, kinds and keyword marks (filters are not
    /// run either).
    ///
    /// This is the loading path, run for every word of every article: the word is copied once
    /// into a scratch buffer on the stack and lowercased, stemmed and folded there, with no
    /// array per step and no growth checks. The steps are the same functions as the chain's.
    public func forEachIndexTerm(
        in text: UnsafeBufferPointer<UInt8>, maxTokens: Int = AnalysisLimits.maxTokensPerField,
        _ body: (IndexTerm) -> Void
    ) {
        let limit = tokenizer.maxTokenBytes
        // Room for the longest term plus the byte a recomposed letter adds before the length is
        // checked, and for a base form that replaces an irregular word (longer ones take the
        // array path below).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 64) { scratch in
            let n = text.count
            var position = 0
            var emitted = 0
            var i = 0
            while i < n, emitted < maxTokens {
                guard Tokenizer.startsToken(text, at: i) else {
                    i += 1
                    continue
                }
                let start = i
                var count = 0
                var tooLong = false
                let isNumber = Tokenizer.walkToken(
                    text, from: &i,
                    segment: { from, to in
                        // Copied after the term, unless that makes it too long.
                        guard !tooLong, to > from else { return }
                        if count + (to - from) > limit {
                            tooLong = true
                        } else {
                            UnsafeMutableRawPointer(scratch.baseAddress! + count).copyMemory(
                                from: text.baseAddress! + from, byteCount: to - from)
                            count += to - from
                        }
                    },
                    mark: { markByte in
                        guard !tooLong else { return }
                        Self.compose(markByte, into: scratch, count: &count)
                        tooLong = count > limit
                    })

                if !tooLong {
                    emitted += 1
                    // Most words are lowercase ASCII already: lowercasing and folding leave them
                    // as they are, and the stop list is asked in its ASCII form.
                    let shape = Self.caseShape(UnsafeBufferPointer(rebasing: scratch[0..<count]))
                    var plain = shape == .lowercaseASCII
                    if shape == .other {
                        count = LowercaseFilter.lowercase(
                            UnsafeMutableBufferPointer(rebasing: scratch[0..<count]))
                    }
                    let lowered = UnsafeBufferPointer(rebasing: scratch[0..<count])
                    var isKeyword = false
                    var kept = true
                    if isProtected(bytes: lowered) {
                        isKeyword = true
                    } else if !isNumber {
                        if plain ? stopWords.containsASCII(lowered) : stopWords.contains(lowered) {
                            kept = false
                        } else {
                            let base = inflections.lemma(ofBytes: lowered)
                            if let base, base.count > scratch.count {
                                // A base form longer than the scratch buffer: the chain on an array.
                                var term = base
                                SwedishStemmer().stem(&term)
                                inflections.bridge(&term)
                                DiacriticFolding().fold(&term)
                                term.withUnsafeBufferPointer { term in
                                    body(
                                        IndexTerm(
                                            term: term, start: start, end: i, position: position, kind: .word,
                                            isKeyword: false))
                                }
                                kept = false
                            } else {
                                if let base {
                                    _ = UnsafeMutableBufferPointer(rebasing: scratch[0..<base.count])
                                        .initialize(fromContentsOf: base)
                                    count = base.count
                                    plain = false  // a base form may have å, ä or ö
                                }
                                count = SwedishStemmer.stemmedCount(
                                    UnsafeBufferPointer(rebasing: scratch[0..<count]))
                                count = InflectionBridge.bridgedCount(
                                    UnsafeBufferPointer(rebasing: scratch[0..<count]))
                            }
                        }
                    }
                    if kept {
                        if !plain {
                            count = DiacriticFolding.fold(
                                UnsafeMutableBufferPointer(rebasing: scratch[0..<count]))
                        }
                        body(
                            IndexTerm(
                                term: UnsafeBufferPointer(rebasing: scratch[0..<count]), start: start, end: i,
                                position: position, kind: isNumber ? .number : .word, isKeyword: isKeyword))
                    }
                }
                position += 1
            }
        }
    }

    /// What lowercasing would do to a word, found in one pass over its bytes.
    private enum CaseShape {
        /// Only ASCII and no capital: it is its own lowercase and its own folding, and stays
        /// ASCII through stemming and the -et bridge (which only remove bytes).
        case lowercaseASCII
        /// Lowercase letters, some of them Latin-1 (å, ä, ö, é, …): lowercasing leaves it as it is.
        case lowercase
        /// Anything else (a capital, Latin Extended-A, a stray byte): `LowercaseFilter` decides.
        case other
    }

    @inline(__always)
    private static func caseShape(_ term: UnsafeBufferPointer<UInt8>) -> CaseShape {
        let n = term.count
        var ascii = true
        var i = 0
        while i < n {
            let byte = term[i]
            if byte < 0x80 {
                if byte &- 0x41 < 26 { return .other }
                i += 1
                continue
            }
            // C3 A0–BF: à–ÿ (and ÷), which lowercasing keeps.
            guard byte == 0xC3, i + 1 < n, term[i + 1] >= 0xA0, term[i + 1] <= 0xBF else { return .other }
            ascii = false
            i += 2
        }
        return ascii ? .lowercaseASCII : .lowercase
    }

    /// `isProtected` on bytes.
    @inline(__always)
    private func isProtected(bytes term: UnsafeBufferPointer<UInt8>) -> Bool {
        protectedTerms.count > 0 && protectedTerms.contains(term)
    }

    /// The tokenizer's recomposition on the scratch buffer: the ASCII letter at the end of the
    /// term and the combining mark U+0300 + (`markByte` − 0x80) become one letter when Latin-1
    /// or Latin Extended-A has it; otherwise the mark is dropped.
    private static func compose(
        _ markByte: UInt8, into term: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        guard count > 0, term[count - 1] < 0x80 else { return }
        guard let scalar = Tokenizer.compositions[UInt16(markByte) << 8 | UInt16(term[count - 1])] else {
            return
        }
        term[count - 1] = UInt8(0xC0 | scalar >> 6)
        term[count] = UInt8(0x80 | scalar & 0x3F)
        count += 1
    }
}
