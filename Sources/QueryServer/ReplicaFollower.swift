import Dispatch
import Foundation
import KnowledgeBase
import KnowledgeStorage
import Logging
import Synchronization

/// What `kb serve --follow` follows, and how often.
public struct FollowConfiguration: Sendable {
    /// The primary's repository: its knowledge folder, or any git URL of its `.kbgit`.
    public var remote: String
    /// What a `PUBLISH` is told to write to instead (`-READONLY … Primary: <address>`).
    public var primaryAddress: String
    /// Milliseconds between fetches (0: only on `RELOAD`).
    public var intervalMilliseconds: Int64

    public init(remote: String, primaryAddress: String? = nil, intervalMilliseconds: Int64 = 5000) {
        self.remote = remote
        self.primaryAddress = primaryAddress ?? remote
        self.intervalMilliseconds = intervalMilliseconds
    }
}

/// What a replica knows about its primary, for `INFO`.
public struct ReplicaStatus: Sendable {
    /// When a fetch last succeeded.
    public var lastFetch: Date?
    /// The primary's newest commit at that fetch.
    public var primaryCommit: String?
    /// A commit that was refused (not a fast-forward, or a folder that does not validate); it
    /// is not tried again until the primary moves on.
    public var refusedCommit: String?
    public var lastError: String?
    public var fetches = 0
    public var failedFetches = 0
}

/// Keeps a replica's folder in step with its primary: fetch, fast-forward only, validate, swap.
///
/// Exists for `kb serve --follow`: a replica serves what the primary published, a few seconds
/// later, and never something the primary did not (a rewritten history) or that does not
/// validate — then it keeps serving the snapshot it has and says why in `INFO`. Each step runs
/// on the server's thread pool, never on an event loop, one at a time.
public final class ReplicaFollower: Sendable {
    public let configuration: FollowConfiguration
    public let replica: KnowledgeReplica
    private let store: KnowledgeStore
    private let logger: Logger
    private let state = Mutex(ReplicaStatus())
    /// One step at a time.
    private let gate = DispatchSemaphore(value: 1)
    /// Whether a timer's step is queued or running, so slow fetches never pile up.
    private let scheduled = Atomic<Bool>(false)

    public init(configuration: FollowConfiguration, store: KnowledgeStore, logger: Logger) {
        self.configuration = configuration
        self.store = store
        self.logger = logger
        replica = KnowledgeReplica(folder: store.folder, remote: configuration.remote)
    }

    public var status: ReplicaStatus { state.withLock { $0 } }

    /// Brings a replica's folder to the primary's newest commit before the server loads it, so
    /// the first snapshot is already the primary's. A primary that cannot be reached is fine
    /// when the folder already holds a commit (it is served until the primary answers).
    public static func bootstrap(folder: KnowledgeFolder, remote: String) throws {
        let replica = KnowledgeReplica(folder: folder, remote: remote)
        try replica.prepare()
        do {
            let fetched = try replica.fetch()
            let served = try replica.served()
            if try served == nil || replica.isFastForward(from: served, to: fetched) {
                try replica.checkout(fetched)
            }
        } catch {
            if try replica.served() == nil { throw error }
        }
    }

    /// The outcome of one step.
    public enum Step: Sendable, Equatable {
        case upToDate(String)
        case advanced(from: String?, to: String)
        case refused(String, reason: String)
        case failed(String)
    }

    /// For the timer: queues a step on `submit` unless one is queued or running already.
    public func stepSoon(on submit: @Sendable (@escaping @Sendable () -> Void) -> Void) {
        guard !scheduled.exchange(true, ordering: .acquiring) else { return }
        submit { [self] in
            _ = self.step()
            self.scheduled.store(false, ordering: .releasing)
        }
    }

    /// One round: fetch, and if the primary moved forward, check the new commit out, validate
    /// it by loading it, and swap it in; on refusal go back to the commit served.
    public func step() -> Step {
        gate.wait()
        defer { gate.signal() }
        let fetched: String
        let served: String?
        do {
            fetched = try replica.fetch()
            served = try replica.served()
        } catch {
            let message = "\(error)"
            state.withLock {
                $0.failedFetches += 1
                $0.lastError = message
            }
            logger.warning("fetch from primary failed", metadata: ["error": "\(message)"])
            return .failed(message)
        }
        let previous = state.withLock { status -> String? in
            status.lastFetch = Date()
            status.primaryCommit = fetched
            status.fetches += 1
            return status.refusedCommit
        }
        if fetched == served {
            state.withLock {
                $0.refusedCommit = nil
                $0.lastError = nil
            }
            return .upToDate(fetched)
        }
        if fetched == previous {
            return .refused(fetched, reason: state.withLock { $0.lastError } ?? "refused before")
        }
        do {
            guard try replica.isFastForward(from: served, to: fetched) else {
                return refuse(fetched, reason: "not a fast-forward of the commit served")
            }
            try replica.checkout(fetched)
        } catch {
            return refuse(fetched, reason: "\(error)", restore: served)
        }
        switch store.reload() {
        case .reloaded(let snapshot):
            state.withLock {
                $0.refusedCommit = nil
                $0.lastError = nil
            }
            logger.info(
                "followed primary",
                metadata: [
                    "commit": "\(fetched.prefix(12))", "articles": "\(snapshot.knowledge.count)",
                ])
            return .advanced(from: served, to: fetched)
        case .refused(let diagnostics):
            let first = diagnostics.prefix(3).map(\.description).joined(separator: " | ")
            return refuse(
                fetched, reason: "does not validate, \(diagnostics.count) problem(s): \(first)",
                restore: served)
        }
    }

    private func refuse(_ commit: String, reason: String, restore served: String? = nil) -> Step {
        if let served { try? replica.checkout(served) }
        state.withLock {
            $0.refusedCommit = commit
            $0.lastError = "commit \(commit.prefix(12)) refused: \(reason)"
        }
        logger.warning(
            "primary's commit refused", metadata: ["commit": "\(commit.prefix(12))", "reason": "\(reason)"])
        return .refused(commit, reason: reason)
    }
}
