import KnowledgeBase
import KnowledgeStorage
import NIOCore
import RESP

/// The parts of a `SEARCH` hit that never change for a snapshot, encoded once.
///
/// Exists because a hit's id, title, summary and referral are the same in every search of one
/// snapshot; encoding them once and reusing the bytes keeps a search reply to a score and a
/// copy. Cached lazily per document and form (summary or easy-read, for `SEARCH … EASY`), and
/// dropped when the snapshot changes.
///
/// One per event loop, used only on it: searches on different loops share no lock and no
/// cache line (the cost is one copy of the fragments per loop).
final class HitFragments {
    struct Entry: Sendable {
        /// The article's id (what the query log records of a top hit).
        let id: String
        /// `id`, `title`, `summary` and their values, then `score` (its value is written per hit).
        let head: [UInt8]
        /// `refer` and its value.
        let tail: [UInt8]
    }

    private struct Cache {
        var revision = 0
        /// Keyed by `2 * document + (easy ? 1 : 0)`.
        var entries: [Int: Entry] = [:]
    }

    private var cache = Cache()

    /// With `easy`, the `summary` value is the easy-read text (see `EasyRead.summary`).
    /// Takes the batch's snapshot by reference: copying a `KnowledgeSnapshot` retains each of
    /// its many parts, per hit.
    func entry(_ document: Int, batch: BatchSnapshot, easy: Bool = false) -> Entry {
        let key = 2 * document + (easy ? 1 : 0)
        if cache.revision != batch.revision {
            cache = Cache(revision: batch.revision)
        } else if let found = cache.entries[key] {
            return found
        }
        let record = batch.index.record(document)
        var head: [UInt8] = []
        for value in [
            RESPValue.bulk("id"), .bulk(record.id), .bulk("title"), .bulk(record.title), .bulk("summary"),
        ] {
            head += RESPEncoder.bytes(value)
        }
        head += easy ? EasyRead.summaryBytes(record) : RESPEncoder.bytes(.bulk(record.summary))
        head += RESPEncoder.bytes(.bulk("score"))
        let tail =
            RESPEncoder.bytes(.bulk("refer"))
            + RESPEncoder.bytes(.bulk(SearchCommands.referText(record.referrals, batch.index.registers)))
        let entry = Entry(id: record.id, head: head, tail: tail)
        if cache.entries.count < 200_000 { cache.entries[key] = entry }
        return entry
    }
}

/// One event loop's `HitFragments` and `SearchReplyCache`, handed only to connections of that
/// loop.
///
/// Exists because neither has a lock: they may be created anywhere, but only their own loop may
/// reach them, which `on(_:)` and `replies(on:)` check (in debug builds).
final class LoopFragments: @unchecked Sendable {
    private let loop: EventLoop
    private let fragments = HitFragments()
    private let cache: SearchReplyCache?

    init(_ loop: EventLoop, searchCacheEntries: Int = 0) {
        self.loop = loop
        cache = searchCacheEntries > 0 ? SearchReplyCache(maxEntries: searchCacheEntries) : nil
    }

    func on(_ current: EventLoop) -> HitFragments {
        current.assertInEventLoop()
        assert(current === loop)
        return fragments
    }

    func replies(on current: EventLoop) -> SearchReplyCache? {
        current.assertInEventLoop()
        assert(current === loop)
        return cache
    }
}
