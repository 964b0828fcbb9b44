/// One piece of guidance, as the interchange format defines it (`article-format.md`).
///
/// Exists as the knowledge layer's central value: XML is read into it, validated, written back
/// from it canonically, and mapped onto the search engine from it. Dates are kept as the
/// `YYYY-MM-DD` text the schema guarantees; that text orders like the dates themselves.
public struct Article: Sendable, Equatable {
    public var id: String
    /// `xml:lang`; nil when the document did not say (Swedish is then assumed).
    public var language: String?
    public var status: ArticleStatus
    public var revision: Int
    public var title: String
    /// The short answer a guide reads aloud.
    public var summary: String
    public var body: [Block]
    /// The lättläst (easy-to-read) version; nil when the article has none.
    public var easyRead: [Block]?
    public var questions: [String]
    public var keywords: [String]
    public var category: String
    public var audience: [Audience]
    public var owner: String
    public var referrals: [Referral]
    public var related: [String]
    public var legalBasis: [String]
    public var reviewed: String?
    public var reviewBy: String?

    public init(
        id: String, language: String? = "sv", status: ArticleStatus = .published, revision: Int = 1,
        title: String, summary: String, body: [Block], easyRead: [Block]? = nil,
        questions: [String] = [], keywords: [String] = [], category: String, audience: [Audience] = [],
        owner: String, referrals: [Referral] = [], related: [String] = [], legalBasis: [String] = [],
        reviewed: String? = nil, reviewBy: String? = nil
    ) {
        self.id = id
        self.language = language
        self.status = status
        self.revision = revision
        self.title = title
        self.summary = summary
        self.body = body
        self.easyRead = easyRead
        self.questions = questions
        self.keywords = keywords
        self.category = category
        self.audience = audience
        self.owner = owner
        self.referrals = referrals
        self.related = related
        self.legalBasis = legalBasis
        self.reviewed = reviewed
        self.reviewBy = reviewBy
    }
}

/// Where an article is in its life: only published articles are found by search.
public enum ArticleStatus: String, Sendable, CaseIterable {
    case draft, published, archived
}

/// Who an article is written for.
public enum Audience: String, Sendable, CaseIterable {
    case guide, librarian, `public`
}

/// A block of running text in a body or an easy-read version.
public enum Block: Sendable, Equatable {
    case paragraph(String)
    /// Numbered steps, in order.
    case steps([String])
    /// A bullet list.
    case list([String])
    /// Text meant only for staff (guides and librarians): shown at the desk, left out of public
    /// exports and visitors' handouts. Holds no `staff` block itself (the schema allows none).
    case staff([Block])
}

/// A unit the caller can be referred to, and when.
public struct Referral: Sendable, Equatable {
    public var unit: String
    /// When to refer there ("Frågor om fakturan."); may be empty.
    public var note: String
    /// The editor's statement that no phone, e-mail or e-service link is known to reach the unit
    /// (`direct-contact="none"`); the note then says what to do instead.
    public var noDirectContact: Bool

    public init(unit: String, note: String = "", noDirectContact: Bool = false) {
        self.unit = unit
        self.note = note
        self.noDirectContact = noDirectContact
    }
}

extension Block {
    /// The block as plain text lines (steps numbered, list items bulleted).
    public var lines: [String] {
        switch self {
        case .paragraph(let text): [text]
        case .steps(let steps): steps.enumerated().map { "\($0.offset + 1). \($0.element)" }
        case .list(let items): items.map { "• \($0)" }
        case .staff(let blocks): blocks.flatMap(\.lines)
        }
    }
}

extension [Block] {
    /// The blocks without staff-only text: what the public and visitors' handouts may show.
    public var withoutStaffText: [Block] {
        filter {
            if case .staff = $0 { return false }
            return true
        }
    }
}
