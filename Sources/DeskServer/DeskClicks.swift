import HTTPTypes
import Insight
import KnowledgeBase
import Logging
import NIOCore
import Rendering
import ServerRuntime

/// Which hit the desk page opened for which query, and whether it was helpful, into the click
/// log.
///
/// Exists apart from the HTTP handling so that the rules are in one place: the hit links carry
/// the query, the hit's rank and the channel (`/articles/{id}?q=…&r=…&c=…`), so an open is
/// recorded with JavaScript off too; the article page's feedback form carries them on, so
/// "helpful" is tied to the query. Only known channels, ranks 1–100 and published articles are
/// recorded; the query is redacted by the log. Recording only appends to the log's in-memory
/// buffer, as the query log does on the event loop.
enum DeskClicks {
    /// Where an article page was opened from: the hit list of `query`, at `rank`.
    struct Origin: Equatable {
        var query: String
        var rank: Int
        var channel: String

        /// From the parameters `q`, `r` and `c` of a link or form; nil when one is missing.
        init?(_ parameters: [String: String]) {
            guard let query = parameters["q"], let rank = Int(parameters["r"] ?? ""),
                let channel = parameters["c"]
            else { return nil }
            self.query = query
            self.rank = rank
            self.channel = channel
        }

        /// The query string a hit link or the feedback form carries.
        static func parameters(query: String, rank: Int, channel: String) -> String {
            DeskHTML.hitParameters(query: query, rank: rank, channel: channel)
        }
    }

    /// Records `kind` for article `id` opened from `origin`; the reason when it was refused.
    @discardableResult
    static func record(
        _ kind: ClickKind, article id: String, from origin: Origin, knowledge: Knowledge, log: ClickLog?
    ) -> ClickRefusal? {
        if let refusal = ClickLog.check(
            channel: origin.channel, query: origin.query, rank: origin.rank, article: id, knowledge: knowledge
        ) {
            return refusal
        }
        log?.record(kind, channel: origin.channel, query: origin.query, rank: origin.rank, article: id)
        return nil
    }

    /// Records the open a client reports with `POST /api/click` (form fields `id`, `q`, `r`,
    /// `c`); what is wrong with it when it was refused.
    static func recordPosted(_ form: [String: String], knowledge: Knowledge, log: ClickLog?) -> String? {
        guard let origin = Origin(form) else { return "q, r or c missing" }
        return record(.open, article: form["id"] ?? "", from: origin, knowledge: knowledge, log: log)?
            .description
    }

    /// Whether a page load may count as an open: browsers say `Sec-Fetch-Site: same-origin` when
    /// the desk page's own link was followed; another site's page or a typed address
    /// (`cross-site`, `same-site`, `none`) does not count. Clients without the header (older
    /// browsers, scripts) are taken at their word.
    static func followedFromDesk(_ headers: HTTPFields) -> Bool {
        guard let site = headers[.secFetchSite] else { return true }
        return site == "same-origin"
    }
}

extension DeskServer {
    /// The click log beside `runtime`'s query log (none when it logs no queries): recording
    /// fills a buffer, written and flushed (every second) on the runtime's logs executor.
    static func clickLog(beside runtime: ServerRuntime) -> ClickLog? {
        guard runtime.queryLog != nil else { return nil }
        let log = ClickLog(
            directory: runtime.logDirectory, retainDays: runtime.retainDays, events: runtime.events,
            writer: ServerExecutors.submitter(runtime.executors.logs))
        runtime.flushRegularly(what: "click log") { try log.flush() }
        return log
    }
}
