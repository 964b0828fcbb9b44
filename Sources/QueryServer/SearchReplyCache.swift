import KnowledgeBase
import Search

/// Whole `SEARCH` replies of one event loop, for the same search asked again.
///
/// Exists because a desk's searches repeat (the same few questions all day) and a reply depends
/// only on the request and the snapshot. Honest by construction: keyed on the exact parsed
/// request (words, limit, filter, `EASY`, `TYPING`), emptied whenever the snapshot's revision
/// changes (a reload, a `PUBLISH`, a replica's fetch), and bounded in entries and bytes (when
/// full it is emptied, not grown). It saves the ranking and the encoding only: the caller still
/// records every search in the query log and the statistics, with what the reply holds.
/// One per event loop, used only on it, so it has no lock.
final class SearchReplyCache {
    struct Key: Hashable {
        var query: String
        var limit: Int
        var category: String?
        var owner: String?
        var audience: Audience?
        var easy: Bool
        var typing: Bool
    }

    /// A reply's bytes and what the query log records of it.
    struct Reply {
        let bytes: [UInt8]
        let total: Int
        let topHit: String
        let topScore: Float
        let confidence: Confidence
    }

    /// Queries longer than this are not kept (nor are replies past `maxReplyBytes`).
    static let maxQueryBytes = 256
    static let maxReplyBytes = 64 * 1024

    let maxEntries: Int
    let maxBytes: Int
    private var revision = -1
    private var entries: [Key: Reply] = [:]
    private var bytes = 0

    init(maxEntries: Int, maxBytes: Int = 16 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    var count: Int { entries.count }

    /// The reply kept for `key` at `revision`; a new revision empties the cache first.
    func reply(_ key: Key, revision: Int) -> Reply? {
        if revision != self.revision {
            entries.removeAll()
            bytes = 0
            self.revision = revision
            return nil
        }
        return entries[key]
    }

    /// Keeps `reply` for `key`, when both are within the bounds and `revision` is the current one.
    func keep(_ reply: Reply, for key: Key, revision: Int) {
        guard maxEntries > 0, revision == self.revision, key.query.utf8.count <= Self.maxQueryBytes,
            reply.bytes.count <= Self.maxReplyBytes
        else { return }
        if entries.count >= maxEntries || bytes + reply.bytes.count > maxBytes {
            entries.removeAll(keepingCapacity: true)
            bytes = 0
        }
        entries[key] = reply
        bytes += reply.bytes.count
    }
}
