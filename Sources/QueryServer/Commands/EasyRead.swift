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
}
