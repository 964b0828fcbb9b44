/// Correctly spelled Swedish words, folded to ASCII: about 29,000 words of four letters or more
/// from Snowball's Swedish vocabulary.
///
/// Exists so that typo tolerance corrects typos, not words: a caller's "mormor" or "simhall" is
/// a real word that no article happens to use, and "correcting" it into "form" or "small" finds
/// the wrong article and looks sure. A word found here is left as it is (and so counts as not
/// understood when no article has it).
public struct SwedishLexicon: Sendable {
    private let words: SortedTerms

    /// The lexicon, parsed once per process.
    public static let shared = SwedishLexicon()

    private init() {
        var terms: [[UInt8]] = []
        terms.reserveCapacity(30_000)
        var current: [UInt8] = []
        for byte in Self.source.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if !current.isEmpty { terms.append(current) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { terms.append(current) }
        words = SortedTerms(terms)
    }

    /// How many words it holds.
    public var count: Int { words.count }

    /// Whether `word`, lowercased and folded to ASCII, is a correctly spelled Swedish word.
    public func contains(folded word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { words.contains($0) }
    }
}
