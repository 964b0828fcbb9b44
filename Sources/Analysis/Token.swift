/// One term of analyzed text, and where it came from.
///
/// This is the whole contract between analysis and the index: the index stores
/// `term` and `position`, and snippets and highlighting use `start..<end` to cut
/// the original text. The term is UTF-8 bytes, not a `String`, so the chain
/// never builds a string per token.
///
/// Offsets are byte offsets into the UTF-8 text that was analyzed, and they
/// stay valid when filters rewrite the term: "Förskolan" keeps the offsets of
/// those nine letters (ten bytes) after it has become "forskolan".
/// Positions count words, and keep counting over words that a filter removes,
/// so two terms that stood three words apart still do.
public struct Token: Sendable, Hashable {
    /// What the tokenizer saw, so later steps can treat numbers apart: they are
    /// never stemmed, and a typo search should not fuzz "040" into "041".
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with digits among them ("förskola", "mp3").
        case word
        /// Only the digits 0–9 ("040", "2025").
        case number
    }

    /// The term's UTF-8 bytes, as the chain has left them so far.
    public var term: [UInt8]
    /// Byte offset of the token's first byte in the source text.
    public var start: Int
    /// Byte offset just past the token's last byte in the source text.
    public var end: Int
    /// The word's index in the source text, counting from 0.
    public var position: Int
    public var kind: Kind
    /// A protected word (an abbreviation such as "lss", a name): filters that
    /// change words, the stemmer first of all, leave it alone.
    public var isKeyword: Bool

    public init(
        term: [UInt8], start: Int, end: Int, position: Int, kind: Kind = .word, isKeyword: Bool = false
    ) {
        self.term = term
        self.start = start
        self.end = end
        self.position = position
        self.kind = kind
        self.isKeyword = isKeyword
    }

    /// The term as a string, for tests, logs and explanations; not for the
    /// chain itself.
    public var text: String { String(decoding: term, as: UTF8.self) }
}

extension Token {
    /// This token with a term buffer of its own, exactly as long as the term.
    ///
    /// The tokenizer hands out one reused scratch token; a step that keeps a
    /// token stores this copy, so the scratch buffer stays unshared and the
    /// kept term holds no spare capacity.
    func detached() -> Token {
        var copy = self
        copy.term = [UInt8](unsafeUninitializedCapacity: term.count) { buffer, count in
            _ = buffer.initialize(fromContentsOf: term)
            count = term.count
        }
        return copy
    }
}
