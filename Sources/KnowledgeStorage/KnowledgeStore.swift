import Foundation
import KnowledgeBase
import Synchronization
import XMLSupport

/// One loaded state of a knowledge folder: the articles, their search index, and when and which.
public struct KnowledgeSnapshot: Sendable {
    public let knowledge: Knowledge
    public let index: KnowledgeIndex
    /// Counts loads since the store was created, from 1.
    public let revision: Int
    public let loadedAt: Date
    /// The commit of the knowledge history the folder was at when loaded; nil without a history.
    public var commit: HistoryCommit? = nil
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

    /// Loads the folder; throws `ImportFailure` with the diagnostics when it is not valid.
    public convenience init(folder: KnowledgeFolder) throws {
        try self.init(folder: folder, prepare: { $0 })
    }

    /// Loads the folder; `prepare` runs on each index built, at load and at every reload.
    public init(folder: KnowledgeFolder, prepare: @escaping @Sendable (KnowledgeIndex) -> KnowledgeIndex)
        throws
    {
        self.folder = folder
        self.prepare = prepare
        let seen = FolderSignature(folder)
        let commit = KnowledgeHistory(folder: folder).headCommit()
        let (knowledge, diagnostics) = try FolderScan(folder: folder).load()
        guard let knowledge else { throw ImportFailure(diagnostics: diagnostics) }
        current = Mutex(
            KnowledgeSnapshot(
                knowledge: knowledge, index: prepare(KnowledgeIndex(knowledge: knowledge)), revision: 1,
                loadedAt: Date(), commit: commit))
        signature = Mutex(seen)
    }

    public var snapshot: KnowledgeSnapshot { current.withLock { $0 } }

    /// Reads the folder again and swaps the new snapshot in, or refuses it. Runs on the caller's
    /// thread (a server calls it off its event loops); concurrent reloads run one at a time.
    public func reload() -> ReloadOutcome {
        // Held for the whole reload: a second caller blocks on the lock (no polling) and then
        // reads the folder as the first one left it.
        reloading.wait()
        defer { reloading.signal() }
        return reloadNow()
    }

    private func reloadNow() -> ReloadOutcome {
        let seen = FolderSignature(folder)
        let commit = KnowledgeHistory(folder: folder).headCommit()
        do {
            let (knowledge, diagnostics) = try FolderScan(folder: folder).load()
            guard let knowledge else {
                signature.withLock { $0 = seen }
                return .refused(diagnostics)
            }
            let index = prepare(KnowledgeIndex(knowledge: knowledge))
            let next = current.withLock { old in
                let next = KnowledgeSnapshot(
                    knowledge: knowledge, index: index, revision: old.revision + 1, loadedAt: Date(),
                    commit: commit)
                old = next
                return next
            }
            signature.withLock { $0 = seen }
            return .reloaded(next)
        } catch {
            return .refused([XMLDiagnostic(file: folder.root, line: 0, column: 0, message: "\(error)")])
        }
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
