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
            parse(arguments).map { request in
                search(request, &context, into: &output)
                return .written
            }
        },
        CommandSpec(
            name: "SEARCH.JSON", arity: -2, admin: false,
            summary: "Like SEARCH, as one JSON document (the format of kb search --json)."
        ) { context, arguments in
            parse(arguments).map { request in
                let (easy, typing) = (request.easy, request.typing)
                let snapshot = context.store.snapshot
                let result = snapshot.index.search(
                    request.query, limit: request.limit, filter: request.filter, highlight: false,
                    typing: typing)
                context.counts.searched(microseconds: result.tookMicroseconds)
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

    /// Runs one SEARCH and writes its reply into `output`: from this loop's reply cache when the
    /// same request was answered on this snapshot, else ranked and encoded (and kept). Either way
    /// the search is recorded in the query log and the statistics.
    static func search(_ request: Request, _ context: inout CommandContext, into output: inout ByteBuffer) {
        let (easy, typing) = (request.easy, request.typing)
        let batch = context.batchSnapshot()
        let key = context.replies.map { _ in
            SearchReplyCache.Key(
                query: request.query, limit: request.limit, category: request.filter.category,
                owner: request.filter.owner, audience: request.filter.audience, easy: easy, typing: typing)
        }
        if let cache = context.replies, let key {
            let clock = ContinuousClock()
            let started = clock.now
            if let cached = cache.reply(key, revision: batch.revision) {
                output.writeBytes(cached.bytes)
                context.counts.searched(microseconds: (clock.now - started).wholeMicroseconds)
                context.counts.cachedSearches += 1
                context.queryLog?.record(
                    channel: request.channel, query: request.query, hits: cached.total, topHit: cached.topHit,
                    topScore: cached.topScore, confidence: cached.confidence)
                return
            }
        }
        // `batch.index` is read in place: a local copy of the index would retain and release
        // each of its parts.
        let ranked = batch.index.rank(
            request.query, limit: request.limit, filter: request.filter, typing: typing)
        context.counts.searched(microseconds: ranked.tookMicroseconds)
        let top = ranked.hits.first
        // The top hit's id from this loop's fragments (which the reply needs anyway), not from a
        // whole record built for it.
        let topHit = top.map { context.fragments.entry($0.document, batch: batch, easy: easy).id } ?? ""
        let confidence = top?.confidence ?? Confidence.none
        context.queryLog?.record(
            channel: request.channel, query: request.query, hits: ranked.total, topHit: topHit,
            topScore: top?.score ?? 0, confidence: confidence)
        // Straight into the connection's buffer. Each hit: the cached id/title/summary, the
        // score, the confidence, the cached referral.
        let start = output.writerIndex
        output.writeStaticString("*")
        output.writeString(String(ranked.hits.count))
        output.writeStaticString("\r\n")
        for hit in ranked.hits {
            let entry = context.fragments.entry(hit.document, batch: batch, easy: easy)
            output.writeStaticString("*12\r\n")
            output.writeBytes(entry.head)
            ScoreText.writeBulk(hit.score, to: &output)
            output.writeBytes(Self.confidenceBytes[hit.confidence.index])
            output.writeBytes(entry.tail)
        }
        if let cache = context.replies, let key {
            let length = output.writerIndex - start
            if length <= SearchReplyCache.maxReplyBytes {
                cache.keep(
                    SearchReplyCache.Reply(
                        bytes: output.getBytes(at: start, length: length)!, total: ranked.total,
                        topHit: topHit,
                        topScore: top?.score ?? 0, confidence: confidence),
                    for: key, revision: batch.revision)
            }
        }
    }

    /// `confidence` and its value, encoded once per value, in `Confidence.allCases` order.
    static let confidenceBytes: [[UInt8]] = Confidence.allCases.map {
        RESPEncoder.bytes(.bulk("confidence")) + RESPEncoder.bytes(.bulk($0.rawValue))
    }

    /// SEARCH's options that take a value, and its flag words, packed for comparing.
    static let limitWord = PackedName(ByteBuffer(string: "LIMIT"))!
    static let categoryWord = PackedName(ByteBuffer(string: "CATEGORY"))!
    static let ownerWord = PackedName(ByteBuffer(string: "OWNER"))!
    static let audienceWord = PackedName(ByteBuffer(string: "AUDIENCE"))!
    static let channelWord = PackedName(ByteBuffer(string: "CHANNEL"))!
    static let easyWord = PackedName(ByteBuffer(string: EasyRead.flag))!
    static let typingWord = PackedName(ByteBuffer(string: EasyRead.typingFlag))!

    struct Request {
        /// The words, one space between each.
        var query: String
        var limit: Int
        var filter: ArticleFilter
        /// `CHANNEL`'s value, or `unknown` (for the query log).
        var channel: String
        /// `EASY`: each hit's summary in easy-read form.
        var easy = false
        /// `TYPING`: the last word is being typed.
        var typing = false
    }

    /// SEARCH's words, options and flags (any case), or the error reply. An option word takes
    /// the next argument as its value when there is one (so `CATEGORY easy` is a category); a
    /// flag word or an option word without a value elsewhere is a flag or a word.
    static func parse(_ args: [ByteBuffer]) -> Result<Request, RESPError> {
        var request = Request(query: "", limit: 10, filter: ArticleFilter(), channel: QueryChannel.unknown)
        var words = 0
        var index = 1
        while index < args.count {
            // Option and flag words are 4 to 8 bytes; other words are not compared at all.
            let word = (4...8).contains(args[index].readableBytes) ? PackedName(args[index]) : nil
            if let word, index + 1 < args.count,
                word == limitWord || word == categoryWord || word == ownerWord || word == audienceWord
                    || word == channelWord
            {
                let value = String(buffer: args[index + 1])
                if word == limitWord {
                    guard let number = Int(value), number >= 1, number <= 1000 else {
                        return .failure(RESPError("ERR LIMIT must be a number from 1 to 1000"))
                    }
                    request.limit = number
                } else if word == categoryWord {
                    request.filter.category = value
                } else if word == ownerWord {
                    request.filter.owner = value
                } else if word == audienceWord {
                    guard let audience = Audience(rawValue: value) else {
                        return .failure(RESPError("ERR AUDIENCE must be guide, librarian or public"))
                    }
                    request.filter.audience = audience
                } else {
                    guard QueryChannel.known.contains(value) else {
                        return .failure(RESPError("ERR CHANNEL must be contact-center, library or web"))
                    }
                    request.channel = value
                }
                index += 2
                continue
            }
            if word == easyWord {
                request.easy = true
            } else if word == typingWord {
                request.typing = true
            } else {
                if words > 0 { request.query += " " }
                request.query += String(buffer: args[index])
                words += 1
            }
            index += 1
        }
        guard words > 0 else { return .failure(RESPError("ERR SEARCH needs words to search for")) }
        return .success(request)
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
