import Insight
import KnowledgeBase
import NIOCore
import RESP
import Rendering
import Search

/// An error reply, as a `Result` failure.
struct RESPError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension Result where Success == SearchCommands.Request, Failure == RESPError {
    /// Runs `body` with a parsed request, or replies with the parse error.
    func map(_ body: (SearchCommands.Request) -> CommandOutcome) -> CommandOutcome {
        switch self {
        case .success(let request): body(request)
        case .failure(let error): .reply(.error(error.message))
        }
    }
}

/// SEARCH, SEARCH.JSON and SUGGEST: what guides' desktops and library desks ask.
enum SearchCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "SEARCH", arity: -2, admin: false,
            summary:
                "SEARCH query [LIMIT n] [CATEGORY c] [OWNER id] [AUDIENCE a] [CHANNEL ch] [EASY] [TYPING]: hits as field/value arrays, each with a confidence (strong, weak, none)."
        ) { context, arguments in
            let (args, easy, typing) = EasyRead.split(arguments)
            return parse(args).map { request in
                let snapshot = context.store.snapshot
                let ranked = snapshot.index.rank(
                    request.query, limit: request.limit, filter: request.filter, typing: typing)
                context.statistics.searched(microseconds: ranked.tookMicroseconds)
                if let log = context.queryLog {
                    let top = ranked.hits.first
                    log.record(
                        channel: request.channel, query: request.query, hits: ranked.total,
                        topHit: top.map { snapshot.index.record($0.document).id } ?? "",
                        topScore: top?.score ?? 0, confidence: top?.confidence ?? Confidence.none)
                }
                // Each hit: the cached id/title/summary, the score, the confidence, the cached
                // referral.
                var bytes: [UInt8] = Array("*\(ranked.hits.count)\r\n".utf8)
                for hit in ranked.hits {
                    let entry = context.fragments.entry(hit.document, snapshot: snapshot, easy: easy)
                    bytes += Array("*12\r\n".utf8)
                    bytes += entry.head
                    bytes += RESPEncoder.bytes(.bulk(String((hit.score * 1000).rounded() / 1000)))
                    bytes += Self.confidenceBytes[hit.confidence] ?? []
                    bytes += entry.tail
                }
                return .reply(.encoded(bytes))
            }
        },
        CommandSpec(
            name: "SEARCH.JSON", arity: -2, admin: false,
            summary: "Like SEARCH, as one JSON document (the format of kb search --json)."
        ) { context, arguments in
            let (args, easy, typing) = EasyRead.split(arguments)
            return parse(args).map { request in
                let snapshot = context.store.snapshot
                let result = snapshot.index.search(
                    request.query, limit: request.limit, filter: request.filter, highlight: false,
                    typing: typing)
                context.statistics.searched(microseconds: result.tookMicroseconds)
                context.queryLog?.record(
                    channel: request.channel, query: request.query, hits: result.total,
                    topHit: result.hits.first?.record.id ?? "", topScore: result.hits.first?.score ?? 0,
                    confidence: result.confidence)
                let shown = easy ? ArticleText.easy(result) : result
                return .reply(.bulk(KnowledgeJSON.search(shown, snapshot.index.registers).rendered))
            }
        },
        CommandSpec(
            name: "SUGGEST", arity: -2, admin: false, summary: "SUGGEST prefix: up to 10 completions."
        ) {
            context, args in
            let prefix = args.dropFirst().map { String(buffer: $0) }.joined(separator: " ")
            return .reply(.array(context.store.snapshot.index.suggest(prefix, limit: 10).map { .bulk($0) }))
        },
    ]

    /// `confidence` and its value, encoded once per value.
    static let confidenceBytes: [Confidence: [UInt8]] = Dictionary(
        uniqueKeysWithValues: Confidence.allCases.map {
            ($0, RESPEncoder.bytes(.bulk("confidence")) + RESPEncoder.bytes(.bulk($0.rawValue)))
        })

    struct Request {
        var query: String
        var limit: Int
        var filter: ArticleFilter
        /// `CHANNEL`'s value, or `unknown` (for the query log).
        var channel: String
    }

    /// SEARCH's words and options, or the error reply.
    private static func parse(_ args: [ByteBuffer]) -> Result<Request, RESPError> {
        var words: [String] = []
        var limit = 10
        var filter = ArticleFilter()
        var channel = QueryChannel.unknown
        var index = 1
        while index < args.count {
            let word = String(buffer: args[index])
            let option = word.uppercased()
            if ["LIMIT", "CATEGORY", "OWNER", "AUDIENCE", "CHANNEL"].contains(option), index + 1 < args.count
            {
                let value = String(buffer: args[index + 1])
                switch option {
                case "LIMIT":
                    guard let number = Int(value), number >= 1, number <= 1000 else {
                        return .failure(RESPError("ERR LIMIT must be a number from 1 to 1000"))
                    }
                    limit = number
                case "CATEGORY": filter.category = value
                case "OWNER": filter.owner = value
                case "AUDIENCE":
                    guard let audience = Audience(rawValue: value) else {
                        return .failure(RESPError("ERR AUDIENCE must be guide, librarian or public"))
                    }
                    filter.audience = audience
                default:
                    guard QueryChannel.known.contains(value) else {
                        return .failure(RESPError("ERR CHANNEL must be contact-center, library or web"))
                    }
                    channel = value
                }
                index += 2
                continue
            }
            words.append(word)
            index += 1
        }
        guard !words.isEmpty else { return .failure(RESPError("ERR SEARCH needs words to search for")) }
        return .success(
            Request(query: words.joined(separator: " "), limit: limit, filter: filter, channel: channel))
    }

    /// "Placeringsenheten, 040-34 10 00, Vardagar 08.00–17.00; …"
    static func referText(_ referrals: [Referral], _ registers: Registers) -> String {
        referrals.map { referral in
            let unit = registers.unit(referral.unit)
            return [unit?.name ?? referral.unit, unit?.phone, unit?.hours].compactMap { $0 }.joined(
                separator: ", ")
        }.joined(separator: "; ")
    }
}
