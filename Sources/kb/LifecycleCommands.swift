import ArgumentParser
import KnowledgeBase
import KnowledgeStorage

/// `kb archive ID`: takes an article out of search, as a new revision.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Arkivera en artikel (en ny revision; den förra sparas i history).")

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var author: AuthorOptions

    @Argument(help: "Artikelns id.")
    var id: String

    func run() throws {
        try StatusChange.run(options, id, to: .archived, note: try author.note("kb archive"))
    }
}

/// Applies a status change and prints what happened.
enum StatusChange {
    static func run(_ options: KnowledgeOptions, _ id: String, to status: ArticleStatus, note: ChangeNote)
        throws
    {
        do {
            let report = try Publisher(folder: options.folder).setStatus(id, to: status, note: note)
            for (article, change) in report.articles {
                switch change {
                case .updated(let from, let to):
                    Output.line("\(ArticleStatusWord.word(status))  \(article) (revision \(from) → \(to))")
                case .unchanged:
                    Output.line("oförändrad  \(article) är redan \(ArticleStatusWord.word(status))")
                case .added: Output.line("tillagd  \(article)")
                }
            }
        } catch StorageError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            throw ExitCode.failure
        } catch {
            throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
        }
    }
}
