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

extension Confidence {
    /// The place of the value in `allCases`.
    var index: Int {
        switch self {
        case .none: 0
        case .weak: 1
        case .strong: 2
        }
    }
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
        ) { context, arguments, output in
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
                // Straight into the connection's buffer. Each hit: the cached id/title/summary,
                // the score, the confidence, the cached referral.
                output.writeStaticString("*")
                output.writeString(String(ranked.hits.count))
                output.writeStaticString("\r\n")
                for hit in ranked.hits {
                    let entry = context.fragments.entry(hit.document, snapshot: snapshot, easy: easy)
                    output.writeStaticString("*12\r\n")
                    output.writeBytes(entry.head)
                    let score = String((hit.score * 1000).rounded() / 1000)
                    output.writeStaticString("$")
                    output.writeString(String(score.utf8.count))
                    output.writeStaticString("\r\n")
                    output.writeString(score)
                    output.writeStaticString("\r\n")
                    output.writeBytes(Self.confidenceBytes[hit.confidence.index])
                    output.writeBytes(entry.tail)
                }
                return .written
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

    /// `confidence` and its value, encoded once per value, in `Confidence.allCases` order.
    static let confidenceBytes: [[UInt8]] = Confidence.allCases.map {
        RESPEncoder.bytes(.bulk("confidence")) + RESPEncoder.bytes(.bulk($0.rawValue))
    }

    /// SEARCH's options that take a value.
    static let options: Set<String> = ["LIMIT", "CATEGORY", "OWNER", "AUDIENCE", "CHANNEL"]

    /// An argument upper-cased when it is as long as an option or flag word (4 to 8 bytes), else
    /// nil: query words are not copied into strings just to be compared.
    static func keyword(_ buffer: ByteBuffer) -> String? {
        (4...8).contains(buffer.readableBytes) ? CommandTable.upperCasedName(buffer) : nil
    }

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
            if let option = keyword(args[index]), options.contains(option), index + 1 < args.count {
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
            words.append(String(buffer: args[index]))
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
