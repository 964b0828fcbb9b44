/// Connects inflected forms that the Snowball stemmer leaves apart, without changing the
/// stemmer.
///
/// Exists because the stemmer is pinned to Snowball 2.2 (its vocabulary test must keep
/// passing) and so leaves some forms the city's guidance uses apart: the definite neuter -et
/// ("fordonet", "fritidshemmet", "beslutet") and irregular forms ("böcker", "gamla",
/// "gammalt"). The analyzer runs it on each word:
///
/// - *before stemming*, `lemma(of:)` replaces a word of the irregular table with its base form
///   ("böcker" → "bok"), which is then stemmed as usual;
/// - *after stemming*, before folding, `bridge(_:)` removes a definite -et after a consonant
///   ("fordonet" → "fordon") and the doubled m it may leave ("hemmet" → "hem").
///
/// Both run the same way for articles and queries, so either form finds the other. The table is
/// small and reviewed by hand: it holds forms whose stems would otherwise never meet.
public struct InflectionBridge: Sendable {
    /// Lowercased irregular forms, as UTF-8 with å, ä and ö, in a hash set on bytes (with a
    /// pre-check on length and last byte, so that nearly every word of an article is passed
    /// over without hashing).
    private let forms: SortedTerms
    /// The base form of each of `forms`, by its index there.
    private let bases: [[UInt8]]

    /// The bridge with the irregular forms `irregular` (form → base form, lowercase).
    public init(irregular: [(form: String, base: String)] = InflectionBridge.swedishIrregular) {
        var table: [[UInt8]: [UInt8]] = [:]
        let folding = DiacriticFolding()
        for (form, base) in irregular {
            // Each form as spelled and, when that is no other word, as typed without å/ä/ö
            // ("bocker"); the base is spelled right, so both stem alike.
            var keys = [Array(form.utf8)]
            var folded = keys[0]
            folding.fold(&folded)
            if folded != keys[0], !Self.otherWordsWhenFolded.contains(folded) { keys.append(folded) }
            for key in keys { table[key] = Array(base.utf8) }
        }
        let forms = SortedTerms(Array(table.keys))
        self.forms = forms
        bases = (0..<forms.count).map { table[Array(forms[$0])]! }
    }

    /// The base form of `word` (lowercased, unfolded) when it is an irregular form, else nil.
    @inline(__always)
    public func lemma(of word: [UInt8]) -> [UInt8]? {
        word.withUnsafeBufferPointer { lemma(ofBytes: $0) }
    }

    /// The base form of the lowercased, unfolded `word` when it is an irregular form, else nil.
    @inline(__always)
    func lemma(ofBytes word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        forms.index(of: word).map { bases[$0] }
    }

    /// Removes a definite neuter -et the stemmer left on `stem` (lowercased, unfolded), in place.
    @inline(__always)
    public func bridge(_ stem: inout [UInt8]) {
        let count = stem.withUnsafeBufferPointer { Self.bridgedCount($0) }
        if count < stem.count { stem.removeLast(stem.count - count) }
    }

    /// How many bytes of `stem` remain once a definite neuter -et (and the doubled m it may
    /// leave) is removed; `stem.count` when there is none.
    @inline(__always)
    static func bridgedCount(_ stem: UnsafeBufferPointer<UInt8>) -> Int {
        let n = stem.count
        guard n >= 5, stem[n - 1] == UInt8(ascii: "t"), stem[n - 2] == UInt8(ascii: "e") else { return n }
        let before = stem[n - 3]
        // An ASCII consonant other than h ("-het" is a suffix of its own).
        guard before < 0x80, Self.isConsonant(before), before != UInt8(ascii: "h") else { return n }
        let kept = n - 2
        if kept >= 4, stem[kept - 1] == UInt8(ascii: "m"), stem[kept - 2] == UInt8(ascii: "m") {
            return kept - 1
        }
        return kept
    }

    @inline(__always)
    private static func isConsonant(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            return false
        default:
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }
    }

    /// Irregular forms that, typed without å/ä/ö, spell another word ("öron" → "oron", worry).
    private static let otherWordsWhenFolded: Set<[UInt8]> = Set(
        ["oron", "salt", "man", "far"].map { Array($0.utf8) })

    /// Irregular forms common in guidance and in callers' questions: plurals with a vowel change,
    /// irregular adjectives and strong verbs whose forms stem apart.
    public static let swedishIrregular: [(form: String, base: String)] = [
        // Plurals with a vowel change.
        ("böcker", "bok"), ("böckerna", "bok"), ("böckernas", "bok"),
        ("händer", "hand"), ("händerna", "hand"), ("fötter", "fot"), ("fötterna", "fot"),
        ("tänder", "tand"), ("tänderna", "tand"), ("städer", "stad"), ("städerna", "stad"),
        ("länder", "land"), ("länderna", "land"), ("söner", "son"), ("sönerna", "son"),
        ("döttrar", "dotter"), ("döttrarna", "dotter"), ("bröder", "bror"), ("bröderna", "bror"),
        ("mödrar", "mor"), ("fäder", "far"), ("män", "man"), ("männen", "man"), ("mannen", "man"),
        ("nätter", "natt"), ("nätterna", "natt"), ("ögon", "öga"), ("ögonen", "öga"),
        ("öron", "öra"), ("öronen", "öra"), ("rötter", "rot"), ("stränder", "strand"),
        // Definite forms of -er/-el nouns that lose their e ("papper" → "pappren").
        ("pappren", "papper"), ("papperen", "papper"), ("numret", "nummer"), ("numren", "nummer"),
        ("registret", "register"), ("fönstret", "fönster"), ("exemplet", "exempel"),
        // Irregular adjectives.
        ("gamla", "gammal"), ("gammalt", "gammal"), ("gamle", "gammal"),
        ("särskilt", "särskild"), ("särskilda", "särskild"), ("särskilde", "särskild"),
        ("små", "liten"), ("litet", "liten"), ("lilla", "liten"),
        ("nytt", "ny"), ("nya", "ny"), ("fritt", "fri"), ("fria", "fri"),
        ("annat", "annan"), ("andra", "annan"),
        // Strong and irregular verbs.
        ("gick", "gå"), ("gått", "gå"), ("går", "gå"),
        ("gjorde", "göra"), ("gjort", "göra"), ("gör", "göra"),
        ("sa", "säga"), ("sade", "säga"), ("sagt", "säga"), ("säger", "säga"),
        ("sålde", "sälja"), ("sålt", "sälja"), ("säljer", "sälja"),
        ("valde", "välja"), ("valt", "välja"), ("väljer", "välja"),
        ("skrev", "skriva"), ("skrivit", "skriva"), ("skriven", "skriva"), ("skrivet", "skriva"),
        ("gav", "ge"), ("gett", "ge"), ("givit", "ge"), ("ger", "ge"),
        ("tog", "ta"), ("tagit", "ta"), ("tar", "ta"),
        ("sov", "sova"), ("sovit", "sova"),
        ("dog", "dö"), ("dött", "dö"), ("dör", "dö"),
        ("slog", "slå"), ("slagit", "slå"), ("slår", "slå"),
        ("stal", "stjäla"), ("stulit", "stjäla"), ("stulen", "stjäla"), ("stulna", "stjäla"),
        ("bröt", "bryta"), ("brutit", "bryta"), ("bruten", "bryta"),
        ("glömde", "glömma"), ("glömt", "glömma"),
    ]
}
