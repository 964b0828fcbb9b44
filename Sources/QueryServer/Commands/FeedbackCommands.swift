import Insight
import KnowledgeBase
import NIOCore
import RESP
import ServerRuntime

/// FEEDBACK id helpful|wrong|outdated|unclear [comment…]: what the desk thought of an article,
/// stored durably (fsync'd) before the reply.
enum FeedbackCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "FEEDBACK", arity: -3, admin: false,
            summary: "FEEDBACK id helpful|wrong|outdated|unclear [comment]: records feedback on an article."
        ) { context, args in
            let id = String(buffer: args[1])
            guard let kind = FeedbackKind(rawValue: String(buffer: args[2]).lowercased()) else {
                return .reply(.error("ERR feedback must be helpful, wrong, outdated or unclear"))
            }
            guard context.store.snapshot.knowledge.outline(id) != nil else {
                return .reply(.error("ERR no article '\(String(id.prefix(128)))'"))
            }
            let comment = args.dropFirst(3).map { String(buffer: $0) }.joined(separator: " ")
            let store = FeedbackStore(directory: context.configuration.logDirectory)
            let event = FeedbackEvent(
                time: FeedbackStore.now(), article: id, kind: kind, channel: "server", comment: comment)
            return .offload(.feedback) {
                do {
                    try store.append(event)
                    return .simpleString("OK feedback recorded")
                } catch {
                    return .error("ERR feedback could not be stored: \(error)")
                }
            }
        }
    ]
}
