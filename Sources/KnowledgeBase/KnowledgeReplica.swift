import FileSupport
import Foundation

/// A read replica's copy of a primary's knowledge history: fetch, check, check out.
///
/// Exists so a second machine can serve the same guidance as the primary without a home-made
/// protocol: it fetches the primary's `.kbgit` repository over any transport git speaks (a path,
/// `file://`, `ssh://`, `https://`) and moves its own folder forward only by fast-forward, so a
/// rewritten history on the primary is refused, never followed. The folder is the replica's
/// alone: its work tree is reset to the commit it serves and cleaned of anything else.
public struct KnowledgeReplica: Sendable {
    public let folder: KnowledgeFolder
    /// What was given to `--follow`.
    public let remote: String

    public init(folder: KnowledgeFolder, remote: String) {
        self.folder = folder
        self.remote = remote
    }

    var history: KnowledgeHistory { KnowledgeHistory(folder: folder) }
    var git: GitCommand { history.git }
    static let trackingRef = "refs/remotes/primary/" + KnowledgeHistory.branch

    /// Where git fetches from: a primary's knowledge folder stands for its `.kbgit`.
    public var source: String {
        let local = remote.hasPrefix("file://") ? String(remote.dropFirst(7)) : remote
        if !local.contains("://"), DurableFiles.isDirectory(local + "/.kbgit") {
            return GitCommand.absolute(local + "/.kbgit")
        }
        return local.contains("://") || local.contains(":") ? remote : GitCommand.absolute(local)
    }

    /// Creates the folder's repository if it has none and brings the work tree back to the
    /// commit served (after a crash in the middle of a checkout).
    public func prepare() throws(KnowledgeError) {
        try onFiles(DurableFiles.makeDirectory(folder.root))
        if !history.exists {
            let temporary = folder.root + "/.kbgit-new-\(getpid())"
            DurableFiles.remove(temporary)
            let fresh = GitCommand(gitDirectory: temporary, workTree: folder.root)
            try fresh.check(["init", "-q", "--initial-branch=" + KnowledgeHistory.branch])
            try fresh.check(["config", "core.fsync", "committed,index"])
            try onFiles(DurableFiles.makeDirectory(temporary + "/info"))
            try onFiles(
                DurableFiles.write(
                    Array((KnowledgeHistory.excluded.joined(separator: "\n") + "\n").utf8),
                    to: temporary + "/info/exclude"))
            try onFiles(DurableFiles.rename(temporary, to: history.gitDirectory))
        }
        history.removeStaleLocks()
        for name in ["FETCH_HEAD.lock", "shallow.lock", Self.trackingRef + ".lock"] {
            unlink(history.gitDirectory + "/" + name)
        }
        if let head = try history.head() { try checkout(head) }
    }

    /// Fetches the primary's branch; returns the commit it points at.
    public func fetch() throws(KnowledgeError) -> String {
        // A stalled https transfer gives up after 30 s below 1 KB/s; ssh after 10 s to connect.
        var environment: [String: String] = [:]
        if ProcessInfo.processInfo.environment["GIT_SSH_COMMAND"] == nil {
            environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=10"
        }
        try git.check(
            [
                "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=30", "fetch", "-q", "--no-tags",
                "--no-write-fetch-head", source, "+refs/heads/main:" + Self.trackingRef,
            ], environment: environment, userConfiguration: true)
        return try git.check(["rev-parse", "--verify", Self.trackingRef]).line
    }

    /// The commit the folder holds; nil before the first checkout.
    public func served() throws(KnowledgeError) -> String? { try history.head() }

    /// Whether moving from `old` to `new` is a fast-forward (anything is, from nothing).
    public func isFastForward(from old: String?, to new: String) throws(KnowledgeError) -> Bool {
        guard let old else { return true }
        let result = try git.run(["merge-base", "--is-ancestor", old, new])
        guard result.status <= 1 else {
            throw KnowledgeError.git(arguments: ["merge-base"], status: result.status, errors: result.errors)
        }
        return result.status == 0
    }

    /// Makes the folder exactly `commit`'s tree and points the branch at it.
    public func checkout(_ commit: String) throws(KnowledgeError) {
        try git.check(["reset", "-q", "--hard", commit])
        try git.check(["clean", "-q", "-f", "-d"])
    }

    /// The commit's time and author.
    public func commit(_ id: String) -> HistoryCommit? {
        (try? history.log(["-1", id]))?.first
    }
}
