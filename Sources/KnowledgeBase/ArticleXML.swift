import XMLSupport

/// Lines where an article's references and dates stand in its source, for diagnostics.
public struct ArticleLines: Sendable, Equatable {
    public var root = 0
    public var owner = 0
    public var referrals: [Int] = []
    public var related: [Int] = []
    public var reviewBy = 0
}

/// Writes `Article` as article elements (reading them is `ArticleBuilder`'s, as they stream).
///
/// Writing is canonical: fixed element order, normalized text, two-space indentation.
package enum ArticleXML {
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
