/// How sure a hit is: whether a guide can read it out, should check it, or should say that no
/// article answers.
///
/// Exists because a ranked list always has a first hit, and a wrong first hit looks like a
/// right one. It is computed from how the hit matched, not from its raw score (which grows with
/// the length of the question): the share of the query's importance (each word's idf; a word
/// the index does not know weighs as much as the rarest term) that the document matched, how
/// much of that was firm (the word itself, an inflection, a synonym, not a guessed typo or
/// completion), and how much was found in a short field (title, questions, keywords) — where
/// an article says what it is about.
public enum Confidence: String, Sendable, Equatable, Comparable, CaseIterable {
    case none
    case weak
    case strong

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .none: 0
        case .weak: 1
        case .strong: 2
        }
    }

    /// Thresholds, as shares of the query's importance.
    static let strongFirm: Float = 0.7
    static let strongFocus: Float = 0.5
    static let weakCoverage: Float = 0.35
    /// What a guessed match (typo, completion) counts for towards firmness.
    static let guessedShare: Float = 0.75

    /// The confidence of a document that matched the words in `matched` (bits by word), `firm`
    /// of them firmly and `short` of them in a short field, for a query whose words weigh
    /// `importance` (all of them together `all`).
    init(importance: [Float], all: Float, matched: UInt16, firm: UInt16, short: UInt16) {
        guard all > 0, matched != 0 else {
            self = .none
            return
        }
        func weight(_ bits: UInt16) -> Float { Confidence.importance(of: bits, in: importance) }
        let coverage = weight(matched) / all
        let firmness = (weight(matched & firm) + Confidence.guessedShare * weight(matched & ~firm)) / all
        let focus = weight(short & matched) / all
        if firmness >= Confidence.strongFirm && focus >= Confidence.strongFocus {
            self = .strong
        } else if coverage >= Confidence.weakCoverage {
            self = .weak
        } else {
            self = .none
        }
    }

    /// The summed importance of the query words whose bits are set in `bits`.
    static func importance(of bits: UInt16, in importance: [Float]) -> Float {
        var sum: Float = 0
        var rest = bits
        while rest != 0 {
            let g = rest.trailingZeroBitCount
            if g < importance.count { sum += importance[g] }
            rest &= rest - 1
        }
        return sum
    }
}
