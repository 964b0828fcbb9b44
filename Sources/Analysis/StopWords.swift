/// Swedish function words ("och", "att", "på", "vad"), which the analyzer
/// drops because they are in nearly every article and question and so tell
/// articles apart not at all: "Vad kostar dagis?" searches for "kostar" and
/// "dagis".
///
/// The list is function words only: pronouns, articles, conjunctions,
/// prepositions, auxiliary and modal verbs and a few adverbs. Words that carry
/// meaning in a municipality's questions stay searchable even when some lists
/// count them as stop words: "år" (age, "fyller 3 år"), "få"/"får" (permission),
/// "dom" (a court's ruling), "andra" ("i andra hand"), "fast" ("fast
/// anställning"), "sen" ("för sen"), and verb particles that change the verb
/// ("logga in", "säga upp").
///
/// Words are held sorted as UTF-8 bytes in one contiguous buffer and looked up
/// by binary search, with no `String` per lookup. Terms must be lowercased.
///
/// A term of only ASCII letters is also compared with the list folded to
/// ASCII, because callers often type without å, ä and ö: "pa" and "for" are
/// "på" and "för" typed that way, and are dropped too. A term that has an å,
/// ä or ö is compared only as spelled, so "år" is kept even though "ar" is
/// dropped (typed without its dots, "är" and "år" cannot be told apart).
/// Where an ASCII spelling is itself a common content word, it is kept:
/// "val" (election, not "väl"), "bor" (lives, not "bör"), "bada" (not "båda"),
/// "nat" ("nät" as often as "nåt").
public struct StopWords: Sendable {
    /// The words as spelled, sorted by bytes.
    private let exact: SortedTerms
    /// The words folded to ASCII, sorted by bytes: what an ASCII term is
    /// compared with.
    private let asciiFolded: SortedTerms

    /// A stop list of `words`, lowercased; duplicates and empty words are
    /// ignored. `asciiExceptions` are ASCII spellings that a word folds to but
    /// that are content words in their own right; an ASCII term spelled so is
    /// not dropped unless it is itself in `words`.
    public init(_ words: some Sequence<String>, asciiExceptions: [String] = []) {
        let lowercase = LowercaseFilter()
        let folding = DiacriticFolding()
        let exceptions = Set(asciiExceptions.map { lowercase.lowercase($0) })
        var spelled: [[UInt8]] = []
        var folded: [[UInt8]] = []
        for word in words {
            var bytes = Array(word.utf8)
            lowercase.lowercase(&bytes)
            guard !bytes.isEmpty else { continue }
            spelled.append(bytes)
            let isASCII = bytes.allSatisfy { $0 < 0x80 }
            folding.fold(&bytes)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            if isASCII || !exceptions.contains(String(decoding: bytes, as: UTF8.self)) {
                folded.append(bytes)
            }
        }
        exact = SortedTerms(spelled)
        asciiFolded = SortedTerms(folded)
    }

    /// Swedish function words; see the type's documentation for what is left out. English
    /// function words that are no Swedish words ("the", "with", "how") are dropped too, because
    /// callers' questions come in English as well ("home care for my mother"), and such words
    /// would otherwise be "corrected" into Swedish ones.
    public static let swedish = StopWords(
        swedishWords + englishWords, asciiExceptions: ["bada", "bor", "nat", "val"])

    /// How many distinct words the list holds.
    public var count: Int { exact.count }

    /// The words, sorted by their UTF-8 bytes.
    public var words: [String] { (0..<exact.count).map { String(decoding: exact[$0], as: UTF8.self) } }

    /// Whether the lowercased `term` is a stop word.
    public func contains(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        term.contains(where: { $0 >= 0x80 }) ? exact.contains(term) : asciiFolded.contains(term)
    }

    /// `contains` for a `term` known to be ASCII (the analyzer has just checked every byte).
    @inline(__always)
    func containsASCII(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiFolded.contains(term)
    }

    /// Whether the lowercased `term` is a stop word.
    public func contains(_ term: [UInt8]) -> Bool {
        term.withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the lowercased `word` is a stop word.
    public func contains(_ word: String) -> Bool {
        contains(Array(word.utf8))
    }

    /// English function words that are not Swedish words (so not "in", "by", "get" or "man").
    private static let englishWords: [String] = [
        "about", "am", "an", "and", "any", "are", "can", "could", "do", "does", "doing", "from", "had",
        "has", "have", "how", "if", "into", "is", "it", "its", "me", "much", "my", "need", "needed", "of",
        "or", "our", "please", "should", "that", "the", "their", "them", "there", "they", "this", "to",
        "want", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with", "without",
        "would", "you", "your",
    ]

    /// Sorted in Swedish alphabetical order for reading; `SortedTerms` sorts
    /// by bytes (where ä comes before å).
    private static let swedishWords: [String] = [
        "alla", "allt", "annan", "annat", "antingen", "att", "av",
        "bara", "bland", "blev", "bli", "blir", "blivit", "borde", "båda", "både", "bägge", "bör",
        "de", "dem", "den", "denna", "deras", "dess", "dessa", "det", "detta", "dig", "din", "dina",
        "dit", "ditt", "dock", "du", "där", "därför", "då",
        "efter", "eftersom", "ej", "eller", "emot", "en", "endast", "enligt", "ens", "er", "era", "ert",
        "ett",
        "från", "fastän", "för", "före",
        "genom",
        "ha", "hade", "haft", "han", "hans", "har", "hen", "henne", "hennes", "henom", "hens", "hit", "hon",
        "honom", "hos", "hur", "huruvida", "här",
        "i", "icke", "ifall", "inför", "inga", "ingen", "ingenting", "inget", "innan", "inom", "inte",
        "jag", "ju",
        "kan", "kring", "kunde", "kunna", "kunnat",
        "man", "med", "medan", "mej", "mellan", "men", "mer", "mera", "mest", "mig", "min", "mina", "mitt",
        "mot", "mycket", "måste",
        "ni", "nog", "nu", "nån", "nåt", "när", "någon", "något", "några",
        "och", "också", "om", "oss",
        "per", "på",
        "redan",
        "samma", "samt", "sedan", "sej", "sig", "sin", "sina", "sitt", "ska", "skall", "skulle", "som",
        "så", "sådan", "sådana", "sådant", "såsom", "själv", "själva", "självt",
        "till", "tills", "trots", "ty",
        "under", "utan", "utom",
        "vad", "var", "vara", "vardera", "varför", "varifrån", "varit", "varje", "varken", "vars", "vart",
        "velat", "vem", "vems", "vi", "via", "vid", "vilka", "vilkas", "vilken", "vilket", "vill", "ville",
        "vår", "våra", "vårt", "väl",
        "åt",
        "än", "är", "även", "ännu",
        "över",
    ]
}

/// Distinct byte strings, sorted and packed into one buffer, with a hash table
/// over them for lookups.
struct SortedTerms: Sendable {
    /// All terms, back to back, in sorted order.
    private let bytes: [UInt8]
    /// Term k is `bytes[ends[k - 1]..<ends[k]]`, with `ends[-1]` read as 0.
    private let ends: [Int]
    /// The (length, last byte) pairs of the terms: most words looked up have none of them.
    private let shapes: TermShapes
    /// Open addressing over the terms (index + 1, 0 for empty), at most a quarter full: a word
    /// that passes the shape check is found or ruled out in about one comparison.
    private let slots: [Int32]

    init(_ terms: [[UInt8]]) {
        var sorted: [[UInt8]] = []
        for term in terms.sorted(by: { $0.lexicographicallyPrecedes($1) }) where sorted.last != term {
            sorted.append(term)
        }
        bytes = sorted.flatMap { $0 }
        var ends: [Int] = []
        var end = 0
        for term in sorted {
            end += term.count
            ends.append(end)
        }
        self.ends = ends
        shapes = TermShapes(sorted)
        var size = 16
        while size < sorted.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, term) in sorted.enumerated() {
            var slot = term.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
    }

    /// A hash of a short word: its length and its first, second and last bytes, mixed.
    @inline(__always)
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = term.first, let last = term.last else { return 0 }
        let second = term.count > 1 ? term[1] : 0
        let key = UInt64(term.count) << 24 | UInt64(first) << 16 | UInt64(second) << 8 | UInt64(last)
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    var count: Int { ends.count }

    subscript(k: Int) -> ArraySlice<UInt8> {
        bytes[(k == 0 ? 0 : ends[k - 1])..<ends[k]]
    }

    @inline(__always)
    func contains(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        index(of: term) != nil
    }

    /// The index of `term` in sorted order, or nil when it is not one of the terms.
    @inline(__always)
    func index(of term: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most words are ruled out by their shape; only the rest are hashed.
        shapes.mayContain(term) ? probe(term) : nil
    }

    private func probe(_ term: UnsafeBufferPointer<UInt8>) -> Int? {
        return bytes.withUnsafeBufferPointer { all in
            ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeBufferPointer { slots in
                    let mask = slots.count - 1
                    var slot = Self.hash(term) & mask
                    while slots[slot] != 0 {
                        let index = Int(slots[slot]) - 1
                        let start = index == 0 ? 0 : ends[index - 1]
                        if Self.compare(UnsafeBufferPointer(rebasing: all[start..<ends[index]]), term) == 0 {
                            return index
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
    @inline(__always)
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(a.count, b.count)
        var i = 0
        while i < shared {
            if a[i] != b[i] { return Int(a[i]) - Int(b[i]) }
            i += 1
        }
        return a.count - b.count
    }
}

/// A set of (length, last byte) pairs: a pre-check that rules most words out of a small word
/// list before it is searched or hashed.
///
/// Exists because the indexing path asks, for every token of every article, whether it is a
/// stop word or a protected word; nearly all are neither, and this answers in one load.
struct TermShapes: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ terms: some Sequence<[UInt8]>) {
        for term in terms {
            let shape = Self.shape(term.count, term.last ?? 0)
            bits[shape >> 6] |= 1 << UInt64(shape & 63)
        }
    }

    @inline(__always)
    private static func shape(_ count: Int, _ last: UInt8) -> Int {
        min(count, 255) << 8 | Int(last)
    }

    /// False when no term has `term`'s length and last byte.
    @inline(__always)
    func mayContain(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let shape = Self.shape(term.count, term.last ?? 0)
        return bits[shape >> 6] & (1 << UInt64(shape & 63)) != 0
    }
}
