import XMLSupport

/// Builds an `Article` from the events of its `<article>` element as they stream.
///
/// Exists because loading a large folder is mostly reading articles: building an element tree
/// and a `String` for every text node (the whitespace between elements included) only to read
/// a few fields out of them cost about a tenth of the load. Each element's role follows from its
/// name and its parent's role, as `ArticleXML` read them from a tree: the first `title`,
/// `summary`, `body`, … of the article counts and later ones are ignored; every `refer`,
/// `related` and `legal-basis` counts; an element's text is its own text nodes joined (not its
/// children's), with whitespace normalized; unknown elements and whatever they hold are ignored.
/// It never traps on an element the schema would refuse.
struct ArticleBuilder {
    /// What an open element is to the article.
    private enum Role: Int {
        case title, summary, body, easyRead, staff, paragraph, steps, list, entry
        case questions, question, keywords, keyword, category, audience, owner, refer, related
        case legalBasis, reviewed, reviewBy
        /// Unknown here, or a later one of an element that counts once: it and its content.
        case ignored
    }

    private var article: Article
    private var lines: ArticleLines
    /// The roles of the open elements below the article's own, outermost first.
    private var open: [Role] = []
    /// The roles, as bits, of the article's elements that count once and were met already.
    private var seen: UInt32 = 0
    /// The direct text of the open element whose text counts (at most one is open: their
    /// children are all ignored).
    private var text: [UInt8] = []
    /// The block lists of the open `body`, `easy-read` and `staff-only` elements, outermost first.
    private var blockLists: [[Block]] = []
    /// The entries of the open `steps` or `list` element.
    private var entries: [String] = []
    /// The open `refer` element's attributes.
    private var referral = Referral(unit: "")

    /// Starts an article at its start tag.
    init(attributes: [XMLAttribute], line: Int) {
        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
        article = Article(
            id: attribute("id") ?? "", language: attribute("xml:lang"),
            status: ArticleStatus(rawValue: attribute("status") ?? "published") ?? .published,
            revision: Int(attribute("revision") ?? "1") ?? 1,
            title: "", summary: "", body: [], category: "", owner: "")
        lines = ArticleLines(root: line, owner: line, reviewBy: line)
    }

    /// An element inside the article starts.
    mutating func start(name: String, attributes: [XMLAttribute], line: Int) {
        let role = role(of: name, in: open.last)
        open.append(role)
        switch role {
        case .title, .summary, .paragraph, .entry, .question, .keyword, .category, .audience,
            .legalBasis, .reviewed, .reviewBy:
            text.removeAll(keepingCapacity: true)
        case .body, .easyRead, .staff: blockLists.append([])
        case .steps, .list: entries.removeAll(keepingCapacity: true)
        case .owner:
            lines.owner = line
            article.owner = attributes.first { $0.name == "ref" }?.value ?? ""
        case .refer:
            text.removeAll(keepingCapacity: true)
            lines.referrals.append(line)
            referral = Referral(
                unit: attributes.first { $0.name == "ref" }?.value ?? "",
                noDirectContact: attributes.first { $0.name == "direct-contact" }?.value == "none")
        case .related:
            lines.related.append(line)
            if let reference = attributes.first(where: { $0.name == "ref" })?.value {
                article.related.append(reference)
            }
        case .questions, .keywords, .ignored: break
        }
        if case .reviewBy = role { lines.reviewBy = line }
    }

    /// Text inside the article: kept when it is the direct text of an element whose text counts.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch open.last {
        case .title, .summary, .paragraph, .entry, .question, .keyword, .category, .audience,
            .legalBasis, .reviewed, .reviewBy, .refer:
            text.append(contentsOf: bytes)
        default: break
        }
    }

    /// The innermost open element inside the article ends.
    mutating func end() {
        guard let role = open.popLast() else { return }
        switch role {
        case .title: article.title = collected()
        case .summary: article.summary = collected()
        case .paragraph: appendBlock(.paragraph(collected()))
        case .entry: entries.append(collected())
        case .steps: appendBlock(.steps(entries))
        case .list: appendBlock(.list(entries))
        case .staff: appendBlock(.staff(blockLists.popLast() ?? []))
        case .body: article.body = blockLists.popLast() ?? []
        case .easyRead: article.easyRead = blockLists.popLast() ?? []
        case .question: article.questions.append(collected())
        case .keyword: article.keywords.append(collected())
        case .category: article.category = collected()
        case .audience:
            // Its words, split on the bytes (as the normalized text split on its spaces).
            article.audience = text.split(whereSeparator: isXMLSpace).compactMap {
                Audience(rawValue: String(decoding: $0, as: UTF8.self))
            }
        case .refer:
            referral.note = collected()
            article.referrals.append(referral)
        case .legalBasis: article.legalBasis.append(collected())
        case .reviewed: article.reviewed = collected()
        case .reviewBy: article.reviewBy = collected()
        case .questions, .keywords, .owner, .related, .ignored: break
        }
    }

    /// The article, once its end tag is read.
    func finish() -> (Article, ArticleLines) { (article, lines) }

    private mutating func role(of name: String, in parent: Role?) -> Role {
        switch parent {
        case nil:
            let role: Role
            switch name {
            case "refer": return .refer
            case "related": return .related
            case "legal-basis": return .legalBasis
            case "title": role = .title
            case "summary": role = .summary
            case "body": role = .body
            case "easy-read": role = .easyRead
            case "questions": role = .questions
            case "keywords": role = .keywords
            case "category": role = .category
            case "audience": role = .audience
            case "owner": role = .owner
            case "reviewed": role = .reviewed
            case "review-by": role = .reviewBy
            default: return .ignored
            }
            // Only the first one counts.
            let bit = UInt32(1) << role.rawValue
            defer { seen |= bit }
            return seen & bit == 0 ? role : .ignored
        case .body, .easyRead, .staff:
            switch name {
            case "p": return .paragraph
            case "steps": return .steps
            case "list": return .list
            case "staff-only": return .staff
            default: return .ignored
            }
        case .steps: return name == "step" ? .entry : .ignored
        case .list: return name == "item" ? .entry : .ignored
        case .questions: return name == "question" ? .question : .ignored
        case .keywords: return name == "keyword" ? .keyword : .ignored
        default: return .ignored
        }
    }

    private mutating func appendBlock(_ block: Block) {
        guard !blockLists.isEmpty else { return }
        blockLists[blockLists.count - 1].append(block)
    }

    /// The open element's text, whitespace normalized.
    private func collected() -> String {
        text.withUnsafeBufferPointer { normalizeSpace($0) }
    }
}
