import FileSupport
import Foundation
import XMLSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who made a change: the author of its commit in the knowledge history.
public struct ChangeAuthor: Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var email: String

    public init(name: String, email: String = "") {
        self.name = name
        self.email = email
    }

    /// "Name <email>" or a bare name; nil when there is no name.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") {
            name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        } else {
            name = trimmed
            email = ""
        }
        if name.isEmpty || name.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }) { return nil }
    }

    /// The user running `kb` (their login name), when no `--author` is given.
    public static var currentUser: ChangeAuthor {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return ChangeAuthor(name: String(cString: name))
        }
        return ChangeAuthor(name: ProcessInfo.processInfo.environment["USER"] ?? "kb")
    }

    /// The author of a change made with a server token: the förvaltning it belongs to, or admin.
    public static func token(_ scope: PublishScope) -> ChangeAuthor {
        switch scope {
        case .admin: ChangeAuthor(name: "admin")
        case .owner(let owner): ChangeAuthor(name: owner)
        }
    }

    public var description: String { email.isEmpty ? name : "\(name) <\(email)>" }
}

/// What a write is, for its commit: who made it and through which command.
public struct ChangeNote: Sendable {
    public var author: ChangeAuthor
    /// "kb import", "PUBLISH", "kb revert" …: the first word of the commit message.
    public var action: String

    public init(author: ChangeAuthor = .currentUser, action: String = "kb import") {
        self.author = author
        self.action = action
    }
}

/// One commit of the knowledge history.
public struct HistoryCommit: Sendable, Equatable {
    public var id: String
    /// When it was committed (the primary's clock).
    public var time: Date
    public var author: String
    /// The first line of its message.
    public var subject: String
}

/// One change of one article, as `kb history ID` lists it.
public struct ArticleChange: Sendable, Equatable {
    public var commit: HistoryCommit
    /// The article's revision after the change; nil if the file could not be read.
    public var revision: Int?
    public var status: String?
    /// The line of the commit message about this article ("uppdaterad x (revision 1 → 2)").
    public var change: String
}

/// The knowledge folder's history in git: one commit per import, publish, archive or revert.
///
/// Exists because who changed what, and when, is the audit trail a public authority must keep,
/// and because a git repository is what replicas fetch. The repository lives in `.kbgit/` inside
/// the folder, with the folder as its work tree, never in a `.git` of its own: the shipped
/// `Knowledge/` lies inside the project's repository, and a separate git directory keeps the two
/// apart wherever the folder is (the project ignores `Knowledge/.kbgit*`). The repository is
/// created by the first write, with a first commit of the folder as it was. Writes run under the
/// folder lock; the commit is the last step of a journaled import (`Journal.apply`), after the
/// files are durable, and a crash before or after it is finished by the journal's recovery.
public struct KnowledgeHistory: Sendable {
    public let folder: KnowledgeFolder

    public init(folder: KnowledgeFolder) {
        self.folder = folder
    }

    /// The repository's directory.
    public var gitDirectory: String { folder.root + "/.kbgit" }
    /// Whether the folder has a history yet.
    public var exists: Bool { DurableFiles.isDirectory(gitDirectory) }

    var git: GitCommand { GitCommand(gitDirectory: gitDirectory, workTree: folder.root) }

    /// What the folder holds that is no content: kb's own machinery and temporary files.
    static let excluded = ["/.kbgit*", "/.lock", "/.staging*", "/.journal*", "*.tmp-*"]
    static let branch = "main"
    static let kbAuthor = ChangeAuthor(name: "kb")
    /// The note an import leaves in its staging area for the commit step.
    var notePath: String { folder.staging + "/.commit" }
    var messagePath: String { folder.staging + "/.commit-message" }

    // MARK: Writing (the caller holds the folder lock)

    /// Makes sure the repository exists and holds the folder as it is now, and returns the
    /// commit the next change will follow (nil: no commit yet, the folder was empty).
    /// Files changed by hand since the last commit become a commit of their own, so they are
    /// never attributed to the next import.
    func prepare() throws(KnowledgeError) -> String? {
        if !exists { try create() }
        removeStaleLocks()
        let parent = try head()
        if try commitWorkTree(
            author: ChangeAuthor(name: "okänd"), message: ["ändringar gjorda i mappen utanför kb"],
            expectedParent: parent) != nil
        {
            return try head()
        }
        return parent
    }

    /// For an import about to commit: brings the history up to the folder and leaves the note
    /// for the commit step. A history that cannot be written refuses the import.
    package func prepareCommit(_ note: ChangeNote, report: ImportReport) throws(KnowledgeError) {
        do {
            let parent = try prepare()
            try writeNote(note, message: report.commitMessage(action: note.action), parent: parent)
        } catch {
            guard case .git = error else { throw error }
            throw .refused([
                XMLDiagnostic(
                    file: folder.display(gitDirectory), line: 0, column: 0,
                    message: "the knowledge history could not be written: \(error)")
            ])
        }
    }

    /// Leaves, in the staging area, who made the change and the message; written and made
    /// durable with the staged files, before the journal.
    func writeNote(_ note: ChangeNote, message: [String], parent: String?) throws(KnowledgeError) {
        let header = [
            "parent " + (parent ?? "-"), "author-name " + note.author.name,
            "author-email " + note.author.email,
        ]
        try onFiles(
            DurableFiles.writeFile(
                Array((header.joined(separator: "\n") + "\n").utf8), to: notePath, sync: false))
        try onFiles(
            DurableFiles.writeFile(
                Array((message.joined(separator: "\n") + "\n").utf8), to: messagePath, sync: false))
    }

    /// The journal's last step: commits the files just moved into place (`paths`, relative to
    /// the folder), unless that commit was already made (a crash after it). Without a history
    /// it does nothing.
    func commitStaged(_ paths: [String]) throws(KnowledgeError) {
        guard exists else { return }
        removeStaleLocks()
        CrashPoint.hit("before-history-commit")
        var author = ChangeAuthor(name: "kb")
        var message = ["import slutförd efter ett avbrott"]
        var expected: String?? = .none  // unknown: commit whatever HEAD is
        if let note = try? DurableFiles.read(notePath) {
            for line in String(decoding: note, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                let value = parts.count > 1 ? parts[1] : ""
                switch parts[0] {
                case "parent": expected = .some(value == "-" ? nil : value)
                case "author-name": author.name = value
                case "author-email": author.email = value
                default: break
                }
            }
            if let text = try? DurableFiles.read(messagePath) {
                message = String(decoding: text, as: UTF8.self).split(
                    separator: "\n", omittingEmptySubsequences: false
                )
                .map(String.init)
                while message.last == "" { message.removeLast() }
            }
        }
        let current = try head()
        if case .some(let parent) = expected, parent != current {
            return  // committed before a crash
        }
        // With a note, the folder matched `parent` before the import: its own files are all
        // that changed. Without one (a journal of an older kb) the whole folder is added.
        _ = try commitWorkTree(
            author: author, message: message, expectedParent: current, only: expected == nil ? nil : paths)
        CrashPoint.hit("after-history-commit")
    }

    /// Commits the work tree as it is, if it differs from `expectedParent`'s tree; returns the
    /// new commit. The branch moves only if it still points at `expectedParent`.
    /// `only` names the paths to add (the rest of the folder is known to match the parent).
    @discardableResult
    func commitWorkTree(
        author: ChangeAuthor, message: [String], expectedParent: String?, only: [String]? = nil
    ) throws(KnowledgeError) -> String? {
        if let only {
            let list = GitCommand.absolute(gitDirectory + "/KB_PATHS")
            try onFiles(
                DurableFiles.writeFile(Array(only.joined(separator: "\u{0}").utf8), to: list, sync: false))
            try git.check(["add", "-A", "--pathspec-from-file=" + list, "--pathspec-file-nul"])
            unlink(list)
        } else {
            try git.check(["add", "-A", "--", "."])
        }
        let tree = try git.check(["write-tree"]).line
        if let expectedParent {
            let parentTree = try git.check(["rev-parse", expectedParent + "^{tree}"]).line
            if parentTree == tree { return nil }
        } else if tree == GitCommand.emptyTree {
            return nil
        }
        let messageFile = GitCommand.absolute(gitDirectory + "/KB_COMMIT_MESSAGE")
        try onFiles(
            DurableFiles.writeFile(
                Array((message.joined(separator: "\n") + "\n").utf8), to: messageFile, sync: false))
        let environment = [
            "GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": author.email,
            "GIT_COMMITTER_NAME": KnowledgeHistory.kbAuthor.name, "GIT_COMMITTER_EMAIL": "",
        ]
        var arguments = ["commit-tree", tree, "-F", messageFile]
        if let expectedParent { arguments += ["-p", expectedParent] }
        let commit = try git.check(arguments, environment: environment).line
        try git.check(
            ["update-ref", "-m", "kb", "refs/heads/" + KnowledgeHistory.branch, commit, expectedParent ?? ""])
        unlink(messageFile)
        return commit
    }

    /// Creates the repository beside the folder's files and commits them as they are. Made
    /// under a temporary name and renamed into place, so a crash leaves no half repository.
    private func create() throws(KnowledgeError) {
        for name in DurableFiles.list(folder.root) where name.hasPrefix(".kbgit-new") {
            DurableFiles.remove(folder.root + "/" + name)
        }
        let temporary = folder.root + "/.kbgit-new-\(getpid())"
        let fresh = GitCommand(gitDirectory: temporary, workTree: folder.root)
        try fresh.check(["init", "-q", "--initial-branch=" + KnowledgeHistory.branch])
        for (key, value) in [
            ("core.fsync", "committed"), ("core.fsyncMethod", "batch"), ("gc.autoDetach", "false"),
            ("core.quotePath", "false"), ("receive.denyNonFastForwards", "true"),
        ] {
            try fresh.check(["config", key, value])
        }
        try onFiles(DurableFiles.makeDirectory(temporary + "/info"))
        try onFiles(
            DurableFiles.write(
                Array((KnowledgeHistory.excluded.joined(separator: "\n") + "\n").utf8),
                to: temporary + "/info/exclude"))
        try onFiles(DurableFiles.syncTree(temporary))
        try onFiles(DurableFiles.rename(temporary, to: gitDirectory))
        try onFiles(DurableFiles.syncDirectory(folder.root))
        _ = try commitWorkTree(
            author: KnowledgeHistory.kbAuthor,
            message: [
                "historiken börjar", "", "Kunskapsmappen som den var när kb började föra historik i git.",
            ],
            expectedParent: nil)
    }

    /// Lock files a killed git left behind; safe to remove because the caller holds the folder lock.
    func removeStaleLocks() {
        for path in [
            "index.lock", "HEAD.lock", "refs/heads/\(KnowledgeHistory.branch).lock", "packed-refs.lock",
        ] {
            unlink(gitDirectory + "/" + path)
        }
    }

    /// Starts the history of a folder that has none (a primary before its replicas follow it),
    /// or brings it up to the folder's files; returns the newest commit.
    public func begin() throws(KnowledgeError) -> String? {
        let lock = try onFiles(FolderLock(path: folder.lock))
        defer { lock.release() }
        try Journal.recover(folder)
        return try prepare()
    }

    // MARK: Reading

    /// The newest commits of the whole folder, newest first.
    public func recent(limit: Int) throws(KnowledgeError) -> [HistoryCommit] {
        guard exists else { return [] }
        return try log(["-\(max(1, limit))", "refs/heads/" + KnowledgeHistory.branch])
    }

    /// The commit the branch points at; nil before the first commit.
    public func head() throws(KnowledgeError) -> String? {
        guard exists else { return nil }
        let result = try git.run(["rev-parse", "--verify", "-q", "refs/heads/" + KnowledgeHistory.branch])
        return result.status == 0 ? result.line : nil
    }

    /// The newest commit with its time and author; nil without a history.
    public func headCommit() -> HistoryCommit? {
        guard exists, let commits = try? log(["-1", "refs/heads/" + KnowledgeHistory.branch]) else {
            return nil
        }
        return commits.first
    }

    /// Commits, newest first, as `git log ARGUMENTS` selects them.
    func log(_ arguments: [String]) throws(KnowledgeError) -> [HistoryCommit] {
        let result = try git.run(["log", "--format=%H%x1f%at%x1f%an%x1f%s%x1e"] + arguments)
        guard result.status == 0 else { return [] }
        return result.text.split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(
                separator: "\u{1f}", omittingEmptySubsequences: false
            ).map(String.init)
            guard fields.count == 4, let seconds = TimeInterval(fields[1]) else { return nil }
            return HistoryCommit(
                id: fields[0], time: Date(timeIntervalSince1970: seconds), author: fields[2],
                subject: fields[3])
        }
    }

    /// Every commit that changed article `id`, newest first, with the revision it left.
    public func changes(of id: String) throws(KnowledgeError) -> [ArticleChange] {
        let path = "articles/\(id).xml"
        return try log(["refs/heads/" + KnowledgeHistory.branch, "--", path]).map { commit in
            let bytes = try? file(path, at: commit.id)
            let body = (try? git.run(["log", "-1", "--format=%b", commit.id]).text) ?? ""
            let line =
                body.split(separator: "\n").map(String.init).first {
                    $0.hasSuffix(" " + id) || $0.contains(" \(id) (")
                } ?? commit.subject
            return ArticleChange(
                commit: commit,
                revision: bytes.flatMap { Self.rootAttribute("revision", in: $0) }.flatMap { Int($0) },
                status: bytes.flatMap { Self.rootAttribute("status", in: $0) }, change: line)
        }
    }

    /// A file as it was at `commit`; nil when it did not exist there.
    func file(_ path: String, at commit: String) throws(KnowledgeError) -> [UInt8]? {
        let result = try git.run(["cat-file", "blob", "\(commit):\(path)"])
        return result.status == 0 ? result.output : nil
    }

    /// Article `id` as it was at `revision`: from the commit that made that revision, or, for
    /// revisions older than the history, from `history/<id>/<revision>.xml`.
    public func document(_ id: String, revision: Int) throws(KnowledgeError) -> [UInt8]? {
        if exists {
            for change in try changes(of: id) where change.revision == revision {
                if let bytes = try file("articles/\(id).xml", at: change.commit.id) { return bytes }
            }
        }
        let kept = folder.historyPath(id, revision: revision)
        if DurableFiles.exists(kept) { return try onFiles(DurableFiles.read(kept)) }
        let current = folder.articlePath(id)
        if DurableFiles.exists(current), let bytes = try? DurableFiles.read(current),
            Self.rootAttribute("revision", in: bytes) == String(revision)
        {
            return bytes
        }
        return nil
    }

    /// A unified diff from `old` to `new`, labelled; empty when they are equal.
    public func diff(_ old: [UInt8], label oldLabel: String, _ new: [UInt8], label newLabel: String)
        throws(KnowledgeError)
        -> String
    {
        let directory = TemporaryDirectory.make(prefix: "kb-diff")
        defer { DurableFiles.remove(directory) }
        try onFiles(DurableFiles.makeDirectory(directory + "/a"))
        try onFiles(DurableFiles.makeDirectory(directory + "/b"))
        try onFiles(DurableFiles.writeFile(old, to: directory + "/a/" + oldLabel, sync: false))
        try onFiles(DurableFiles.writeFile(new, to: directory + "/b/" + newLabel, sync: false))
        let differ = GitCommand(gitDirectory: nil, workTree: nil)
        let result = try differ.run([
            "-C", directory, "diff", "--no-index", "--no-color", "--no-prefix", "a/" + oldLabel,
            "b/" + newLabel,
        ])
        guard result.status <= 1 else {
            throw KnowledgeError.git(arguments: ["diff"], status: result.status, errors: result.errors)
        }
        return result.text
    }

    /// The value of an attribute of a document's root element (the first 2 KiB are enough).
    public static func rootAttribute(_ name: String, in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        guard let root = head.range(of: "<article") else { return nil }
        let rest = head[root.upperBound...]
        guard let end = rest.firstIndex(of: ">"), let start = rest[..<end].range(of: " \(name)=\"") else {
            return nil
        }
        let value = rest[start.upperBound...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }
}

extension GitCommand {
    /// The id of git's empty tree.
    static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
}

extension ImportReport {
    /// The commit message of this change: the action and counts, then one line per document
    /// that changed ("uppdaterad forskola-ansokan (revision 1 → 2)").
    public func commitMessage(action: String) -> [String] {
        var lines = ["\(action): \(added) tillagda, \(updated) uppdaterade, \(unchanged) oförändrade"]
        var details: [String] = []
        for (kind, change) in registers where change != .unchanged {
            details.append("ändrat register registers/\(kind.fileName)")
        }
        for (id, change) in articles {
            switch change {
            case .added(let revision): details.append("tillagd \(id) (revision \(revision))")
            case .updated(let from, let to): details.append("uppdaterad \(id) (revision \(from) → \(to))")
            case .unchanged: break
            }
        }
        if !details.isEmpty { lines += [""] + details }
        return lines
    }
}
