import ArgumentParser
import Foundation
import KnowledgeBase
import KnowledgeStorage

/// `--author`, for the commands that change the folder: who the change's commit names.
struct AuthorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Vem ändringen görs av i historiken (\"Namn <e-post>\"; annars inloggad användare).",
            valueName: "NAMN"))
    var author: String?

    func note(_ action: String) throws -> ChangeNote {
        guard let author else { return ChangeNote(author: .currentUser, action: action) }
        guard let parsed = ChangeAuthor(parsing: author) else {
            throw ValidationError("--author ska vara \"Namn\" eller \"Namn <e-post>\", inte '\(author)'")
        }
        return ChangeNote(author: parsed, action: action)
    }
}

/// `kb history ID`: who changed an article, when, and to which revision.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract:
            "Visa en artikels historik: vem som ändrade vad och när (från kunskapsmappens git-historik).")

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "Artikelns id (utan: mappens senaste ändringar).")
    var id: String?

    @Flag(help: "Börja föra historik för mappen nu (behövs innan en replik kan följa den).")
    var begin = false

    @Option(help: ArgumentHelp("Högst så många ändringar utan id.", valueName: "N"))
    var limit = 20

    func run() throws {
        let folder = options.folder
        let history = KnowledgeHistory(folder: folder)
        if begin {
            let existed = history.exists
            do {
                let head = try history.begin()
                Output.line(
                    (existed ? "historiken finns redan; senaste" : "historiken börjar:")
                        + " \(head ?? "ingen commit (tom mapp)")")
            } catch {
                Output.error("kan inte börja historiken: \(error)")
                throw ExitCode.failure
            }
            return
        }
        guard let id else {
            guard history.exists else {
                Output.line(
                    "(mappen har ingen git-historik än; den börjar med nästa ändring eller kb history --begin)"
                )
                return
            }
            Output.line(Output.pad("TID (UTC)", 18) + Output.pad("AV", 24) + "ÄNDRING")
            for commit in try history.recent(limit: limit) {
                Output.line(
                    Output.pad(Self.time(commit.time), 18) + Output.pad(commit.author, 24) + commit.subject
                        + "  [\(commit.id.prefix(10))]")
            }
            return
        }
        let changes = try history.changes(of: id)
        let older = olderRevisions(below: changes.compactMap(\.revision).min(), folder: folder)
        guard
            !changes.isEmpty || !older.isEmpty
                || FileManager.default.fileExists(atPath: folder.articlePath(id))
        else {
            Output.error("ingen artikel '\(id)'")
            throw ExitCode.failure
        }
        Output.line(
            Output.pad("REVISION", 10) + Output.pad("STATUS", 12) + Output.pad("TID (UTC)", 18)
                + Output.pad("AV", 24) + "ÄNDRING")
        for change in changes {
            let revision = change.revision.map(String.init) ?? "?"
            let status =
                change.status.flatMap(ArticleStatus.init(rawValue:)).map(ArticleStatusWord.word) ?? "?"
            Output.line(
                Output.pad(revision, 10) + Output.pad(status, 12)
                    + Output.pad(Self.time(change.commit.time), 18)
                    + Output.pad(change.commit.author, 24) + change.change
                    + "  [\(change.commit.id.prefix(10))]")
        }
        for revision in older {
            Output.line(
                Output.pad(String(revision), 10) + "före historiken i git: history/\(id)/\(revision).xml")
        }
        if !history.exists {
            Output.line("(mappen har ingen git-historik än; den börjar med nästa ändring)")
        }
    }

    /// Revisions kept in `history/<id>/` from before the git history began.
    func olderRevisions(below first: Int?, folder: KnowledgeFolder) -> [Int] {
        guard let id else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.history + "/" + id)) ?? []
        let kept = names.compactMap { name in
            name.hasSuffix(".xml") ? Int(name.dropLast(4)) : nil
        }
        return kept.filter { first == nil || $0 < first! }.sorted(by: >)
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}

/// `kb diff ID [REV]`: what changed between a revision (by default the previous one) and now.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Visa skillnaden mellan en revision av en artikel (annars den förra) och den nuvarande.")

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "Artikelns id.")
    var id: String

    @Argument(help: ArgumentHelp("Revisionen att jämföra med (annars den förra).", valueName: "REV"))
    var revision: Int?

    func run() throws {
        let folder = options.folder
        let path = folder.articlePath(id)
        guard let data = FileManager.default.contents(atPath: path) else {
            Output.error("ingen artikel '\(id)'")
            throw ExitCode.failure
        }
        let current = [UInt8](data)
        let currentRevision = Int(KnowledgeHistory.rootAttribute("revision", in: current) ?? "") ?? 1
        let old = revision ?? currentRevision - 1
        guard old >= 1 else {
            Output.line("\(id) har bara revision \(currentRevision); det finns ingen förra att jämföra med")
            return
        }
        let history = KnowledgeHistory(folder: folder)
        guard let bytes = try history.document(id, revision: old) else {
            Output.error("\(id) har ingen revision \(old) (den nuvarande är \(currentRevision))")
            throw ExitCode.failure
        }
        let text = try history.diff(
            bytes, label: "\(id)@\(old).xml", current, label: "\(id)@\(currentRevision).xml")
        Output.line(text.isEmpty ? "ingen skillnad mellan revision \(old) och \(currentRevision)" : text)
    }
}

/// `kb revert ID REV`: a new revision with the content of an old one, itself a commit.
struct RevertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract:
            "Återställ en artikel till en tidigare revision (som en ny revision, genom samma kontroller som en import)."
    )

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var author: AuthorOptions

    @Argument(help: "Artikelns id.")
    var id: String

    @Argument(help: ArgumentHelp("Revisionen att återställa.", valueName: "REV"))
    var revision: Int

    func run() throws {
        let folder = options.folder
        guard FileManager.default.fileExists(atPath: folder.articlePath(id)) else {
            Output.error("ingen artikel '\(id)'")
            throw ExitCode.failure
        }
        guard let bytes = try KnowledgeHistory(folder: folder).document(id, revision: revision) else {
            Output.error("\(id) har ingen revision \(revision)")
            throw ExitCode.failure
        }
        let delivery = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kb-revert-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: delivery, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: delivery) }
        try Data(bytes).write(to: URL(fileURLWithPath: delivery + "/\(id).xml"))
        do {
            let report = try Publisher(folder: folder).importBatch(
                [delivery + "/\(id).xml"], note: try author.note("kb revert \(id) till revision \(revision)"))
            for (article, change) in report.articles {
                switch change {
                case .updated(let from, let to):
                    Output.line("återställd  \(article) till revision \(revision) (revision \(from) → \(to))")
                case .unchanged:
                    Output.line("oförändrad  \(article) är redan som revision \(revision)")
                case .added(let to): Output.line("tillagd  \(article) (revision \(to))")
                }
            }
        } catch StorageError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            Output.error("revision \(revision) går inte att återställa; ingenting ändrades")
            throw ExitCode.failure
        } catch {
            throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
        }
    }
}
