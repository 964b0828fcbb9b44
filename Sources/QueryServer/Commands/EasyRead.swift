import KnowledgeBase
import NIOCore
import RESP
import Rendering

/// `SEARCH … EASY`: each hit's `summary` is its easy-read (lättläst) text, or, when the article
/// has none, `ArticleText.noEasyRead` and the summary.
///
/// Exists so the easy-read form of a hit is defined once for the server: `HitFragments` caches
/// its bytes beside the ordinary summary, and SEARCH's parser only has to recognize the word.
enum EasyRead {
    /// The flag word among SEARCH's options.
    static let flag = "EASY"

    /// The `summary` value of a hit in easy-read form, on one line.
    static func summary(_ record: ArticleRecord) -> String {
        ArticleText.easySummary(record)
    }

    /// `summary(record)` as an encoded bulk string.
    static func summaryBytes(_ record: ArticleRecord) -> [UInt8] {
        RESPEncoder.bytes(.bulk(summary(record)))
    }

    /// The flag word that marks a query being typed (see `SearchRequest.typing`).
    static let typingFlag = "TYPING"

    /// SEARCH's arguments without the `EASY` and `TYPING` flag words (any case), and whether each
    /// was there.
    /// A word that is the value of an option (`CATEGORY easy`) is kept, as SEARCH's parser reads
    /// it: an option word takes the next argument as its value when there is one.
    static func split(_ args: [ByteBuffer]) -> (args: [ByteBuffer], easy: Bool, typing: Bool) {
        var kept: [ByteBuffer] = []
        kept.reserveCapacity(args.count)
        var easy = false
        var typing = false
        var index = 0
        while index < args.count {
            let word = SearchCommands.keyword(args[index])
            if index > 0, let word, SearchCommands.options.contains(word), index + 1 < args.count {
                kept += args[index...index + 1]
                index += 2
                continue
            }
            if index > 0, word == flag {
                easy = true
            } else if index > 0, word == typingFlag {
                typing = true
            } else {
                kept.append(args[index])
            }
            index += 1
        }
        return (kept, easy, typing)
    }
}
