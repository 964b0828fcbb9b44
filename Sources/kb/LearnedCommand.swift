import ArgumentParser
import Foundation
import Insight
import KnowledgeBase
import Rendering

/// `kb learned`: the associations learned from the click log, and removing them.
struct LearnedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learned",
        abstract: "What the desk's clicks taught the search: articles raised for queries, and removing one.",
        discussion: """
            An article is raised for a query (compared in its analysed form) when the desk opened \
            it for that query from rank 3 or lower on at least 3 days and it is most of the opens \
            for the query. The raise multiplies its score by at most 2 and halves in weight every \
            30 days since the opens. Searches use them only with `kb search --learn` or \
            `kb serve --learn`. A removed association stays removed (learned-removed.tsv in the \
            log folder).
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("The log folder (click log).", valueName: "DIR"))
    var logDir: String = "Logs"

    @Option(
        help: ArgumentHelp("Only this förvaltning's articles; with --remove, only its own.", valueName: "ID"))
    var owner: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Remove these associations.", valueName: "ID"))
    var remove: [String] = []

    @Flag(help: "Print JSON for programs.")
    var json = false

    func run() throws {
        let knowledge = try options.load()
        if let owner, knowledge.registers.owner(owner) == nil {
            Output.error("no owner '\(owner)' in registers/owners.xml")
            throw ExitCode.failure
        }
        let index = KnowledgeIndex(knowledge: knowledge)
        let learned = LearnedAssociations.learn(logDirectory: logDir, index: index)
        if !remove.isEmpty {
            try removeAssociations(learned)
            return
        }
        let shown = learned.filter { owner == nil || $0.owner == owner }
        if json {
            Output.line(
                JSONValue.array(
                    shown.map { item in
                        .object([
                            ("id", .string(item.id)), ("query", .string(item.example)),
                            ("key", .string(item.key)),
                            ("article", .string(item.article)), ("owner", .string(item.owner)),
                            ("opens", .int(item.opens)), ("helpful", .int(item.helpful)),
                            ("days", .int(item.days)),
                            ("share", .double((item.share * 100).rounded() / 100)),
                            ("last", .string(item.lastSeen.description)),
                            ("factor", .double((item.factor * 100).rounded() / 100)),
                        ])
                    }
                ).rendered)
            return
        }
        guard !shown.isEmpty else {
            Output.line("Inga inlärda kopplingar\(owner.map { " för \($0)" } ?? "").")
            return
        }
        Output.line("\(shown.count) inlärd(a) koppling(ar)\(owner.map { " för \($0)" } ?? ""):")
        for item in shown {
            let title = knowledge.article(item.article)?.title ?? item.article
            Output.line()
            Output.line("\(item.id)  \"\(item.example)\" → \(title) [\(item.article)]")
            Output.line(
                "   ×\((item.factor * 100).rounded() / 100) · \(item.opens) öppning(ar), \(item.helpful) hjälpsam(ma) · "
                    + "\(item.days) dag(ar) från plats \(LearnedAssociations.minRank) eller lägre · "
                    + "\(Int((item.share * 100).rounded())) % av öppningarna · senast \(item.lastSeen)")
            Output.line("   tolkas: \(item.key) · ägare: \(item.owner)")
        }
    }

    /// Removes every id in `remove`, or none: each must be a current association, and of the
    /// owner's articles when `--owner` is given.
    private func removeAssociations(_ learned: [LearnedAssociation]) throws {
        let known = Dictionary(learned.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        for id in remove {
            guard let item = known[id] else {
                problems.append("no learned association '\(id)' (see kb learned)")
                continue
            }
            if let owner, item.owner != owner {
                problems.append(
                    "learned association '\(id)' raises an article of '\(item.owner)', not of '\(owner)'")
            }
        }
        guard problems.isEmpty else {
            Output.errors(problems)
            throw ExitCode.failure
        }
        do {
            try LearnedAssociations.remove(
                remove, by: owner ?? "admin", logDirectory: logDir, time: FeedbackStore.now())
        } catch {
            Output.error("cannot write \(logDir)/\(LearnedAssociations.removedFile): \(error)")
            throw ExitCode.failure
        }
        Output.line("removed \(remove.count) learned association(s)")
    }
}
