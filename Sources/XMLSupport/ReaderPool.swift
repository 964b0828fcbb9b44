internal import CLibXML2
import Synchronization

/// libxml2 readers kept between documents, each set up anew for the next one.
///
/// Exists because a fresh `xmlTextReader` for every document (parser context, name dictionary,
/// SAX handler, buffers) costs a noticeable share of reading a small one, and a folder of a
/// million articles reads them one after another on every core: a finished reader, closed,
/// reads the next document (`xmlReaderNewMemory`) with its allocations kept. A reader is taken
/// by one `XMLReader` at a time, so no two threads ever use one at once. What a document leaves
/// behind (its tree) is freed when it is closed; the dictionary keeps only names, short
/// whitespace and strings of up to three bytes, so it stays small.
final class ReaderPool: Sendable {
    static let shared = ReaderPool()

    /// Readers kept at most: more than the threads that read at once is of no use.
    static let capacity = 16

    private let idle = Mutex<[Handle]>([])

    /// How many readers are kept now.
    var keptCount: Int { idle.withLock { $0.count } }

    /// Frees every kept reader: the next reader is a new one.
    func drain() {
        let all = idle.withLock { idle in
            defer { idle.removeAll() }
            return idle
        }
        for reader in all { xmlFreeTextReader(reader.pointer) }
    }

    /// A reader over `count` bytes at `characters`, a kept one when there is one; nil when
    /// libxml2 cannot set one up. `url` names the document to libxml2 (nil: none).
    func reader(
        _ characters: UnsafePointer<CChar>, count: Int32, url: String?, options: Int32
    ) -> xmlTextReaderPtr? {
        // A document that starts with a byte order mark gets a new reader: a reader set up
        // anew does not skip the mark (libxml2 2.9 detects it only in a new parser context).
        let marked = count >= 3 && characters[0] == -17 && characters[1] == -69 && characters[2] == -65
        if !marked, let kept = idle.withLock({ $0.popLast() }) {
            if xmlReaderNewMemory(kept.pointer, characters, count, url, "UTF-8", options) == 0 {
                return kept.pointer
            }
            xmlFreeTextReader(kept.pointer)
        }
        return xmlReaderForMemory(characters, count, url, "UTF-8", options)
    }

    /// Takes back `reader` once its document is done with (no schema plugged in any more):
    /// closed here, and kept for the next document or freed.
    func giveBack(_ reader: xmlTextReaderPtr) {
        xmlTextReaderClose(reader)
        let kept = idle.withLock { idle in
            guard idle.count < Self.capacity else { return false }
            idle.append(Handle(pointer: reader))
            return true
        }
        if !kept { xmlFreeTextReader(reader) }
    }
}

/// A libxml2 object handed between threads, used by one at a time.
struct Handle: @unchecked Sendable {
    let pointer: OpaquePointer
}
