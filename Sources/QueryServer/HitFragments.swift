import KnowledgeBase
import KnowledgeStorage
import RESP
import Synchronization

/// The parts of a `SEARCH` hit that never change for a snapshot, encoded once.
///
/// Exists because a hit's id, title, summary and referral are the same in every search of one
/// snapshot; encoding them once and reusing the bytes keeps a search reply to a score and a
/// copy. Cached lazily per document and form (summary or easy-read, for `SEARCH … EASY`), and
/// dropped when the snapshot changes.
final class HitFragments: Sendable {
    struct Entry: Sendable {
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

    private let cache = Mutex(Cache())

    /// With `easy`, the `summary` value is the easy-read text (see `EasyRead.summary`).
    func entry(_ document: Int, snapshot: KnowledgeSnapshot, easy: Bool = false) -> Entry {
        let key = 2 * document + (easy ? 1 : 0)
        if let found = cache.withLock({ $0.revision == snapshot.revision ? $0.entries[key] : nil }) {
            return found
        }
        let record = snapshot.index.record(document)
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
            + RESPEncoder.bytes(.bulk(SearchCommands.referText(record.referrals, snapshot.index.registers)))
        let entry = Entry(head: head, tail: tail)
        cache.withLock { cache in
            if cache.revision != snapshot.revision {
                cache = Cache(revision: snapshot.revision)
            }
            if cache.entries.count < 200_000 { cache.entries[key] = entry }
        }
        return entry
    }
}
