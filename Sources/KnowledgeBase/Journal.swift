import FileSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The commit record of an import: the list of staged files to move into the folder.
///
/// Exists to make a many-file import all-or-nothing across crashes. Files are first written and
/// fsync'd under `.staging/`; then this journal is written durably (the commit point); then each
/// file is renamed into place. Every command that opens the folder first recovers: with a
/// journal it finishes the renames (the new folder), without one it discards the staging area
/// (the old folder). Either way no reader ever sees a mix.
package enum Journal {
    package static func write(_ paths: [String], folder: KnowledgeFolder) throws(KnowledgeError) {
        let text = paths.joined(separator: "\n") + "\n"
        try onFiles(DurableFiles.write(Array(text.utf8), to: folder.journal))
    }

    /// Moves every staged file into place, then removes the journal and the staging area.
    /// Idempotent: a file already moved is skipped, so a crash here is recovered by running it again.
    package static func apply(folder: KnowledgeFolder) throws(KnowledgeError) {
        let text = String(decoding: try onFiles(DurableFiles.read(folder.journal)), as: UTF8.self)
        let paths = text.split(separator: "\n").map(String.init)
        var directories = Set<String>()
        for (index, path) in paths.enumerated() {
            let staged = folder.staging + "/" + path
            let target = folder.root + "/" + path
            guard DurableFiles.exists(staged) else { continue }
            let directory = parent(of: target)
            if !DurableFiles.isDirectory(directory) {
                try onFiles(DurableFiles.makeDirectory(directory))
                directories.insert(parent(of: directory))
            }
            try onFiles(DurableFiles.rename(staged, to: target))
            directories.insert(directory)
            CrashPoint.hit("after-rename-\(index + 1)")
        }
        for directory in directories.sorted() { try onFiles(DurableFiles.syncDirectory(directory)) }
        try KnowledgeHistory(folder: folder).commitStaged(paths)  // after the files are durable
        unlink(folder.journal)
        try onFiles(DurableFiles.syncDirectory(folder.root))
        DurableFiles.remove(folder.staging)
    }

    /// Brings the folder to a consistent state after a crash. The caller holds the folder lock.
    package static func recover(_ folder: KnowledgeFolder) throws(KnowledgeError) {
        if DurableFiles.exists(folder.journal) {
            try apply(folder: folder)
        } else if DurableFiles.exists(folder.staging) {
            DurableFiles.remove(folder.staging)
        }
    }

    /// Recovers if an interrupted import left anything behind, taking the lock to do so.
    package static func recoverIfNeeded(_ folder: KnowledgeFolder) throws(KnowledgeError) {
        guard DurableFiles.exists(folder.journal) || DurableFiles.exists(folder.staging) else { return }
        let lock = try onFiles(FolderLock(path: folder.lock))
        defer { lock.release() }
        try recover(folder)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}

/// Named points where a test can make the process die as if the power went.
///
/// Exists so the crash-safety of imports is tested by really killing a child process
/// (`KB_CRASH_AT=after-commit kb import …`); unset, it does nothing.
package enum CrashPoint {
    package static let armed: String? = getenv("KB_CRASH_AT").map { String(cString: $0) }

    package static func hit(_ name: String) {
        if let armed, armed == name { kill(getpid(), SIGKILL) }
    }
}
