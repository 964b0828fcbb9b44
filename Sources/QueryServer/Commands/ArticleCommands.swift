import KnowledgeBase
import NIOCore
import RESP
import Rendering

/// GET, GET.JSON and GET.XML: one article as readable text, JSON or canonical XML.
enum ArticleCommands {
    static let all: [CommandSpec] = [
        CommandSpec(name: "GET", arity: 2, admin: false, summary: "GET id: the article as readable text.") {
            context, args in
            article(context, args) { article, registers in
                .bulk(ArticleText.lines(article, registers).joined(separator: "\n") + "\n")
            }
        },
        CommandSpec(name: "GET.JSON", arity: 2, admin: false, summary: "GET.JSON id: the article as JSON.") {
            context, args in
            article(context, args) { article, registers in
                .bulk(KnowledgeJSON.full(article, registers).rendered)
            }
        },
        CommandSpec(
            name: "GET.XML", arity: 2, admin: false, summary: "GET.XML id: the article as canonical XML."
        ) {
            context, args in
            article(context, args) { article, _ in
                (try? article.canonicalXML()).map { .bulkString($0) }
                    ?? .error("ERR the article could not be written")
            }
        },
    ]

    /// The article is read from its file (the snapshot holds outlines), so off the event loop.
    private static func article(
        _ context: CommandContext, _ args: [ByteBuffer],
        render: @escaping @Sendable (Article, Registers) -> RESPValue
    ) -> CommandOutcome {
        let id = String(buffer: args[1])
        let knowledge = context.store.snapshot.knowledge
        guard knowledge.outline(id) != nil else {
            return .reply(.error("ERR no article '\(String(id.prefix(128)))'"))
        }
        return .offload(.reads) {
            guard let article = knowledge.article(id) else {
                return .error("ERR no article '\(String(id.prefix(128)))'")
            }
            return render(article, knowledge.registers)
        }
    }
}
