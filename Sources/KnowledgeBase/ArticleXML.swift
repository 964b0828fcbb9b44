import XMLSupport

/// Lines where an article's references and dates stand in its source, for diagnostics.
public struct ArticleLines: Sendable, Equatable {
    public var root = 0
    public var owner = 0
    public var referrals: [Int] = []
    public var related: [Int] = []
    public var reviewBy = 0
}

/// Maps article elements to `Article` and back. The only file that knows article element names.
///
/// Reading assumes the element passed schema validation; it never traps on a malformed one.
/// Writing is canonical: fixed element order, normalized text, two-space indentation.
package enum ArticleXML {
    static func article(from node: ElementNode) -> (Article, ArticleLines) {
        var lines = ArticleLines(root: node.line)
        let owner = node.child("owner")
        lines.owner = owner?.line ?? node.line
        let referrals = node.children("refer")
        lines.referrals = referrals.map(\.line)
        let related = node.children("related")
        lines.related = related.map(\.line)
        lines.reviewBy = node.child("review-by")?.line ?? node.line
        let article = Article(
            id: node.attribute("id") ?? "",
            language: node.attribute("xml:lang"),
            status: ArticleStatus(rawValue: node.attribute("status") ?? "published") ?? .published,
            revision: Int(node.attribute("revision") ?? "1") ?? 1,
            title: node.child("title")?.normalizedText ?? "",
            summary: node.child("summary")?.normalizedText ?? "",
            body: blocks(node.child("body")) ?? [],
            easyRead: blocks(node.child("easy-read")),
            questions: node.child("questions")?.children("question").map(\.normalizedText) ?? [],
            keywords: node.child("keywords")?.children("keyword").map(\.normalizedText) ?? [],
            category: node.child("category")?.normalizedText ?? "",
            audience: (node.child("audience")?.normalizedText ?? "").split(separator: " ").compactMap {
                Audience(rawValue: String($0))
            },
            owner: owner?.attribute("ref") ?? "",
            referrals: referrals.map {
                Referral(
                    unit: $0.attribute("ref") ?? "", note: $0.normalizedText,
                    noDirectContact: $0.attribute("direct-contact") == "none")
            },
            related: related.compactMap { $0.attribute("ref") },
            legalBasis: node.children("legal-basis").map(\.normalizedText),
            reviewed: node.child("reviewed")?.normalizedText,
            reviewBy: node.child("review-by")?.normalizedText
        )
        return (article, lines)
    }

    private static func blocks(_ node: ElementNode?) -> [Block]? {
        guard let node else { return nil }
        return node.children.compactMap { child in
            switch child.name {
            case "p": .paragraph(child.normalizedText)
            case "steps": .steps(child.children("step").map(\.normalizedText))
            case "list": .list(child.children("item").map(\.normalizedText))
            case "staff-only": .staff(blocks(child) ?? [])
            default: nil
            }
        }
    }

    /// Writes `article` as an `<article>` element (with its namespace declaration).
    package static func write(_ article: Article, to writer: XMLWriter) {
        writer.start("article", namespace: KnowledgeNamespace.article)
        writer.attribute("id", article.id)
        if let language = article.language { writer.attribute("xml:lang", language) }
        writer.attribute("status", article.status.rawValue)
        writer.attribute("revision", String(article.revision))
        writer.element("title", article.title)
        writer.element("summary", article.summary)
        writeBlocks("body", article.body, to: writer)
        if let easyRead = article.easyRead { writeBlocks("easy-read", easyRead, to: writer) }
        writeList("questions", "question", article.questions, to: writer)
        writeList("keywords", "keyword", article.keywords, to: writer)
        writer.element("category", article.category)
        if !article.audience.isEmpty {
            writer.element("audience", article.audience.map(\.rawValue).joined(separator: " "))
        }
        writer.start("owner")
        writer.attribute("ref", article.owner)
        writer.end()
        for referral in article.referrals {
            writer.start("refer")
            writer.attribute("ref", referral.unit)
            if referral.noDirectContact { writer.attribute("direct-contact", "none") }
            if !referral.note.isEmpty { writer.text(referral.note) }
            writer.end()
        }
        for related in article.related {
            writer.start("related")
            writer.attribute("ref", related)
            writer.end()
        }
        for basis in article.legalBasis { writer.element("legal-basis", basis) }
        if let reviewed = article.reviewed { writer.element("reviewed", reviewed) }
        if let reviewBy = article.reviewBy { writer.element("review-by", reviewBy) }
        writer.end()
    }

    private static func writeBlocks(_ name: String, _ blocks: [Block], to writer: XMLWriter) {
        writer.start(name)
        for block in blocks {
            switch block {
            case .paragraph(let text): writer.element("p", text)
            case .steps(let steps): writeList("steps", "step", steps, to: writer, always: true)
            case .list(let items): writeList("list", "item", items, to: writer, always: true)
            case .staff(let inner): writeBlocks("staff-only", inner, to: writer)
            }
        }
        writer.end()
    }

    private static func writeList(
        _ outer: String, _ inner: String, _ values: [String], to writer: XMLWriter, always: Bool = false
    ) {
        guard always || !values.isEmpty else { return }
        writer.start(outer)
        for value in values { writer.element(inner, value) }
        writer.end()
    }

    /// The canonical bytes of `article` as a standalone document.
    package static func document(_ article: Article) throws(XMLDiagnostics) -> [UInt8] {
        let writer = XMLWriter()
        write(article, to: writer)
        return try writer.finish()
    }
}

extension Article {
    /// The article as a canonical XML document (what `kb export` and `GET.XML` write).
    public func canonicalXML() throws(KnowledgeError) -> [UInt8] {
        do { return try ArticleXML.document(self) } catch { throw .xml(error) }
    }
}
