import FileSupport
import Foundation
import KnowledgeBase
import XMLSupport

/// The published articles as schema.org `FAQPage` JSON-LD, for the city's public web.
///
/// Exists so malmo.se (and search engines) can show the same answers the kontaktcenter gives:
/// one `FAQPage` per article that has questions, each question a `Question` whose
/// `acceptedAnswer` is the summary and the body text. The file holds them as one `@graph`.
/// Only what `PublicExport` lets out is written: published articles for the public, without
/// notes meant for staff.
public enum FAQJSONLD {
    /// The file's name: `vagvisare-faq-<owner or alla>-<date>.jsonld`.
    public static func fileName(owner: String?, date: String) -> String {
        "vagvisare-faq-\(owner ?? "alla")-\(date).jsonld"
    }

    /// The JSON-LD document for `articles` (which should already be `PublicExport`'s choice).
    public static func document(_ articles: [Article], _ registers: Registers) -> JSONValue {
        .object([
            ("@context", .string("https://schema.org")),
            ("@graph", .array(articles.filter { !$0.questions.isEmpty }.map { page($0, registers) })),
        ])
    }

    /// One article's `FAQPage`.
    public static func page(_ article: Article, _ registers: Registers) -> JSONValue {
        let organization = JSONValue.object([
            ("@type", .string("Organization")),
            ("name", .string(registers.owner(article.owner)?.name ?? article.owner)),
            (
                "parentOrganization",
                .object([("@type", .string("Organization")), ("name", .string("Malmö stad"))])
            ),
        ])
        let language = JSONValue.string(article.language ?? "sv")
        let answer = JSONValue.object([
            ("@type", .string("Answer")),
            ("text", .string(answerText(article))),
            ("inLanguage", language),
        ])
        var members: [(String, JSONValue)] = [
            ("@type", .string("FAQPage")),
            ("identifier", .string(article.id)),
            ("name", .string(article.title)),
            ("description", .string(article.summary)),
            ("inLanguage", language),
        ]
        if let reviewed = article.reviewed { members.append(("dateModified", .string(reviewed))) }
        members += [
            ("author", organization),
            ("publisher", organization),
            (
                "mainEntity",
                .array(
                    article.questions.map { question in
                        .object([
                            ("@type", .string("Question")),
                            ("name", .string(question)),
                            ("inLanguage", language),
                            ("acceptedAnswer", answer),
                        ])
                    })
            ),
        ]
        return .object(members)
    }

    /// The summary, then the public body text: paragraphs apart by a blank line, steps numbered,
    /// list items bulleted.
    static func answerText(_ article: Article) -> String {
        ([article.summary] + PublicExport.blocks(article.body).map { $0.lines.joined(separator: "\n") })
            .joined(separator: "\n\n")
    }

    /// Exports the folder's public articles (or one owner's) into `directory`, written atomically.
    /// Returns the file's path, how many articles became `FAQPage`s, and how many questions.
    /// Throws `RenderingError.refused` when the folder is not valid or the owner is unknown.
    public static func export(
        folder: KnowledgeFolder, owner: String?, to directory: String, date: String = ExportDate.today()
    ) throws(RenderingError) -> (path: String, articles: Int, questions: Int) {
        let (registers, articles) = try PublicExport.articles(folder: folder, owner: owner)
        let document = FAQJSONLD.document(articles, registers)
        try onFiles(DurableFiles.makeDirectory(directory))
        let path = directory + "/" + fileName(owner: owner, date: date)
        try onFiles(DurableFiles.write(Array((document.rendered + "\n").utf8), to: path))
        let pages = articles.filter { !$0.questions.isEmpty }
        return (path, pages.count, pages.reduce(0) { $0 + $1.questions.count })
    }
}

/// What the public exports (`FAQJSONLD`, `HTMLPages`) may show.
///
/// Exists because the knowledge base is written for staff: only published articles meant for
/// the public (an article without an audience is for everyone) leave it, and text the format
/// marks `<staff-only>` is left out.
enum PublicExport {
    /// Reads and checks the whole folder, then picks the public articles (of `owner`, if given),
    /// sorted by id. Throws `RenderingError.refused` when the folder is not valid or the owner is unknown.
    static func articles(folder: KnowledgeFolder, owner: String?) throws(RenderingError) -> (
        Registers, [Article]
    ) {
        let (knowledge, diagnostics) = try onKnowledge(FolderScan(folder: folder).load())
        guard let knowledge else { throw RenderingError.refused(diagnostics) }
        if let owner, knowledge.registers.owner(owner) == nil {
            throw RenderingError.refused([
                XMLDiagnostic(
                    file: folder.display(folder.registerPath(.owners)), line: 0, column: 0,
                    message: "no owner '\(owner)' in the owners register")
            ])
        }
        let chosen = knowledge.articles.filter { article in
            article.status == .published && (article.audience.isEmpty || article.audience.contains(.public))
                && (owner == nil || article.owner == owner)
        }
        return (knowledge.registers, chosen)
    }

    /// `blocks` without the staff-only ones.
    static func blocks(_ blocks: [Block]) -> [Block] {
        blocks.withoutStaffText
    }
}
