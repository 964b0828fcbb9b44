/// Splits a Swedish compound into parts that are themselves terms of the index.
///
/// Exists because Swedish joins words ("skolskjuts", "bostadsbidrag") and callers split them
/// ("skol skjuts") or join words the text keeps apart ("dagisavgift"). The index's own vocabulary
/// is the dictionary: a split is accepted only when every part is a known term, with the linking
/// letters -s- and -e- allowed between parts, and a part may be inflected ("farligt" + "avfall"). The fewest parts win, then the longest first part.
/// A word that is not fully covered is not split ("forskolan" stays whole if "an" is no term).
struct CompoundSplitter {
    /// Whether `part` is a term; `stem` maps a final part to the form the index stores.
    let isTerm: ([UInt8]) -> Bool
    let stem: ([UInt8]) -> [UInt8]

    /// The parts of `word`, or nil when it does not split into known terms.
    func split(_ word: [UInt8]) -> [[UInt8]]? {
        guard word.count >= SearchLimits.minCompoundLength else { return nil }
        return split(word[...], partsLeft: SearchLimits.maxCompoundParts)
    }

    private func split(_ word: ArraySlice<UInt8>, partsLeft: Int) -> [[UInt8]]? {
        let minimum = SearchLimits.minCompoundPart
        guard partsLeft >= 2, word.count >= 2 * minimum else { return nil }
        var best: [[UInt8]]?
        // Longest first part first; the first full split with the fewest parts wins.
        var cut = word.endIndex - minimum
        while cut - word.startIndex >= minimum {
            if let head = part(Array(word[word.startIndex..<cut])) {
                for skip in linkings(word, at: cut) {
                    let rest = word[(cut + skip)...]
                    guard rest.count >= minimum else { continue }
                    if let last = finalPart(rest) {
                        return [head, last]
                    }
                    if best == nil, let more = split(rest, partsLeft: partsLeft - 1) {
                        best = [head] + more
                    }
                }
            }
            cut -= 1
        }
        return best
    }

    /// How many linking letters may be skipped after a part ending at `cut`: none, or one -s-/-e-.
    private func linkings(_ word: ArraySlice<UInt8>, at cut: Int) -> [Int] {
        guard cut < word.endIndex else { return [0] }
        let next = word[cut]
        return next == UInt8(ascii: "s") || next == UInt8(ascii: "e") ? [0, 1] : [0]
    }

    /// The longest known first part of `word` and the rest as written (after a linking -s-),
    /// for a compound whose other part the index does not know ("tolkbeställning" → "tolk" +
    /// "beställning"): the rest can then still be corrected or left unknown. A head shorter than
    /// `SearchLimits.minCompoundPart` (down to two letters, "ob" of "obförskola") is taken only
    /// when `isKnown` says the rest is a word.
    func splitHead(_ word: [UInt8], isKnown: ([UInt8]) -> Bool) -> (head: [UInt8], rest: [UInt8])? {
        let minimumRest = 4
        guard word.count >= SearchLimits.minCompoundLength else { return nil }
        var cut = word.count - minimumRest
        while cut >= 2 {
            if let head = part(Array(word[..<cut])) {
                var rest = Array(word[cut...])
                if cut >= SearchLimits.minCompoundPart + 1 {
                    if rest.first == UInt8(ascii: "s"), rest.count > minimumRest, !isKnown(rest) {
                        rest.removeFirst()
                    }
                    return (head, rest)
                }
                if isKnown(rest) { return (head, rest) }
            }
            cut -= 1
        }
        return nil
    }

    private func finalPart(_ rest: ArraySlice<UInt8>) -> [UInt8]? {
        part(Array(rest))
    }

    /// `candidate` as the index stores it: itself when it is a term, else its stem when that is
    /// ("ekonomiskt" in "ekonomisktbistånd" is stored as "ekonomisk").
    private func part(_ candidate: [UInt8]) -> [UInt8]? {
        if isTerm(candidate) { return candidate }
        let stemmed = stem(candidate)
        return stemmed.count >= SearchLimits.minCompoundPart && stemmed != candidate && isTerm(stemmed)
            ? stemmed : nil
    }
}
