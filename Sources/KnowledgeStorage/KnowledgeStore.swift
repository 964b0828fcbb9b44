import Foundation
import KnowledgeBase
import Synchronization
import XMLSupport

/// One loaded state of a knowledge folder: the articles, their search index, and when and which.
/// The knowledge holds outlines; whole articles are read from their files when asked for.
public struct KnowledgeSnapshot: Sendable {
    public let knowledge: Knowledge
    public let index: KnowledgeIndex
    /// Counts loads since the store was created, from 1.
    public let revision: Int
    public let loadedAt: Date
    /// The commit of the knowledge history the folder was at when loaded; nil without a history.
    public var commit: HistoryCommit? = nil
    /// Whether this snapshot was derived from the previous one after an import (only the
    /// articles it wrote were read) rather than read from the whole folder.
    public var derived = false
}

/// What a reload did.
public enum ReloadOutcome: Sendable {
    case reloaded(KnowledgeSnapshot)
    /// The folder failed validation; the previous snapshot keeps serving.
    case refused([XMLDiagnostic])
}

/// Holds the current snapshot of a knowledge folder and replaces it atomically.
///
/// Exists for the server: many connections read the current snapshot at once while a reload
/// builds the next one; the swap is one pointer under a lock, so searches in flight finish on
/// the snapshot they started with. A folder that fails validation never replaces a good one.
public final class KnowledgeStore: Sendable {
    public let folder: KnowledgeFolder
    private let current: Mutex<KnowledgeSnapshot>
    private let signature: Mutex<FolderSignature>
    /// Held while a reload runs, so reloads run one at a time.
    private let reloading = DispatchSemaphore(value: 1)
    /// What is done to each new index before it serves (learned associations, when on).
    private let prepare: @Sendable (KnowledgeIndex) -> KnowledgeIndex

    /// Loads the folder; throws `StorageError.refused` with the diagnostics when it is not valid.
    public convenience init(folder: KnowledgeFolder) throws(StorageError) {
        try self.init(folder: folder, prepare: { $0 })
    }

    /// Loads the folder; `prepare` runs on each index built, at load and at every reload.
    public init(folder: KnowledgeFolder, prepare: @escaping @Sendable (KnowledgeIndex) -> KnowledgeIndex)
        throws(StorageError)
    {
        self.folder = folder
        self.prepare = prepare
        let seen = FolderSignature(folder)
        let commit = KnowledgeHistory(folder: folder).headCommit()
        let (loaded, diagnostics) = try onKnowledge(
            KnowledgeIndex.loadOutlined(folder: folder, keepingSource: true))
        guard let loaded else { throw StorageError.refused(diagnostics) }
        current = Mutex(
            KnowledgeSnapshot(
                knowledge: loaded.knowledge, index: prepare(loaded.index), revision: 1, loadedAt: Date(),
                commit: commit))
        signature = Mutex(seen)
        Self.returnFreedMemory()
    }

    public var snapshot: KnowledgeSnapshot { current.withLock { $0 } }

    /// Reads the folder again and swaps the new snapshot in, or refuses it. Runs on the caller's
    /// thread (a server calls it off its event loops); concurrent reloads run one at a time.
    public func reload() -> ReloadOutcome {
        exclusively { fullReload() }
    }

    /// Imports into the folder with `body` (a `Publisher` call) and brings the snapshot up to
    /// date, so the folder watcher does not read the folder again. When the import changed only
    /// articles and the folder had not changed behind the store's back, the new snapshot is
    /// derived from the previous one by reading only the articles the import wrote
    /// (`KnowledgeIndex.updated`); otherwise (a register changed, another process imported, a
    /// file is not as loaded) the whole folder is read. No reload runs meanwhile. Nothing
    /// changes when `body` throws. A crash at any point leaves the folder old or new (the
    /// import's journal); the snapshot is only memory.
    public func importing(_ body: () throws(StorageError) -> ImportReport) throws(StorageError)
        -> (report: ImportReport, outcome: ReloadOutcome)
    {
        reloading.wait()
        defer { reloading.signal() }
        let unseen = folderChanged()
        let report = try body()
        let changed = report.articles.filter { $0.change != .unchanged }.map(\.id)
        let registersChanged = report.registers.contains { $0.change != .unchanged }
        if !unseen, !registersChanged {
            if changed.isEmpty { return (report, .reloaded(snapshot)) }
            let seen = FolderSignature(folder)
            let commit = KnowledgeHistory(folder: folder).headCommit()
            let previous = snapshot
            if let (knowledge, index) = KnowledgeIndex.updated(
                previous.knowledge, previous.index, changed: changed)
            {
                let next = swapIn(knowledge, index: index, commit: commit, seen: seen, derived: true)
                return (report, .reloaded(next))
            }
        }
        return (report, fullReload())
    }

    /// Makes `knowledge` with its `index` the current snapshot, the folder as `seen`.
    private func swapIn(
        _ knowledge: Knowledge, index: KnowledgeIndex, commit: HistoryCommit?, seen: FolderSignature,
        derived: Bool = false
    ) -> KnowledgeSnapshot {
        let index = prepare(index)
        let next = current.withLock { old in
            let next = KnowledgeSnapshot(
                knowledge: knowledge, index: index, revision: old.revision + 1, loadedAt: Date(),
                commit: commit, derived: derived)
            old = next
            return next
        }
        signature.withLock { $0 = seen }
        Self.returnFreedMemory()
        return next
    }

    /// Runs `body` while no other reload or update runs.
    private func exclusively<T>(_ body: () -> T) -> T {
        // Held for the whole reload: a second caller blocks on the semaphore (no polling) and
        // then reads the folder as the first one left it.
        reloading.wait()
        defer { reloading.signal() }
        return body()
    }

    /// Reads the whole folder again; the caller runs it exclusively.
    private func fullReload() -> ReloadOutcome {
        let seen = FolderSignature(folder)
        let commit = KnowledgeHistory(folder: folder).headCommit()
        do {
            let (loaded, diagnostics) = try onKnowledge(
                KnowledgeIndex.loadOutlined(folder: folder, keepingSource: true))
            guard let loaded else {
                signature.withLock { $0 = seen }
                return .refused(diagnostics)
            }
            return .reloaded(swapIn(loaded.knowledge, index: loaded.index, commit: commit, seen: seen))
        } catch {
            return .refused([XMLDiagnostic(file: folder.root, line: 0, column: 0, message: "\(error)")])
        }
    }

    /// Hands the memory freed after a load (the index builder's scratch, a replaced snapshot)
    /// back to the system, so the server's resident size is what it holds, not its peak.
    private static func returnFreedMemory() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }

    /// Whether the folder looks changed since the last load (cheap: directory and register
    /// times, not every file).
    public func folderChanged() -> Bool {
        FolderSignature(folder) != signature.withLock { $0 }
    }
}

/// A cheap fingerprint of a knowledge folder: modification times of the folders and register
/// files, and whether an import is under way. `kb import` renames files into `articles/` and
/// `registers/`, which changes their folders' times.
struct FolderSignature: Equatable, Sendable {
    private var parts: [Int64] = []

    init(_ folder: KnowledgeFolder) {
        let paths =
            [folder.root, folder.articles, folder.registers]
            + RegisterKind.allCases.map { folder.registerPath($0) }
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 {
                #if canImport(Darwin)
                    let modified = info.st_mtimespec
                #else
                    let modified = info.st_mtim
                #endif
                parts.append(Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))
                parts.append(Int64(info.st_size))
            } else {
                parts.append(-1)
            }
        }
    }
}

#if os(Linux)
    /// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
