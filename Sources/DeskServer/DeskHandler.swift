import Foundation
import Insight
import KnowledgeBase
import KnowledgeStorage
import NIOCore
import NIOHTTP1
import Rendering
import ServerRuntime

/// One HTTP connection of the desk page: reads a request (bounded), routes it, answers with
/// security headers on every response.
///
/// Routes: `/` (search page; `?q=` renders hits server-side), `/fragment?q=` (hits only, for the
/// script), `/articles/{id}` (`?easy=1` for lättläst), `/api/search?q=`, `/api/articles/{id}`,
/// `/api/suggest?q=`, `POST /api/feedback`, `POST /api/searched` (the page's settled query, for
/// the log), `POST /api/click`, `/assets/desk.css|js`. An article opened from a hit link
/// (`?q=&r=&c=`) is recorded in the click log (`DeskClicks`).
///
/// Only settled searches are logged: a submitted form (`/?q=`), an `/api/search` that is not
/// `typing=1`, and what the page posts to `/api/searched` once the guide pauses, presses Enter or
/// opens a hit. The as-you-type `/fragment` requests are not: they are keystrokes, not questions.
final class DeskHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Longest URI and request body accepted.
    static let maxURI = 4096
    static let maxBody = 16 * 1024

    private let context: DeskContext
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var tooLarge = false

    init(context: DeskContext) {
        self.context = context
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            head = request
            body.clear()
            tooLarge = request.uri.utf8.count > Self.maxURI
        case .body(var chunk):
            if body.readableBytes + chunk.readableBytes > Self.maxBody {
                tooLarge = true
            } else {
                body.writeBuffer(&chunk)
            }
        case .end:
            guard let request = head else { return }
            head = nil
            if !context.limiter.allow(channelContext.channel.remoteAddress?.ipAddress ?? "?") {
                respond(
                    channelContext, request, status: .tooManyRequests, type: "text/plain; charset=utf-8",
                    "För många frågor; vänta en stund.\n")
                return
            }
            if tooLarge {
                respond(
                    channelContext, request, status: .payloadTooLarge, type: "text/plain; charset=utf-8",
                    "För stor fråga.\n")
                return
            }
            if request.method == .POST,
                !OriginCheck(publicOrigin: context.options.publicOrigin).allows(request)
            {
                context.logger.notice(
                    "cross-site post refused", metadata: ["path": "\(Self.split(request.uri).0)"])
                respond(
                    channelContext, request, status: .forbidden, type: "text/plain; charset=utf-8",
                    "Formuläret kom från en annan webbplats och togs inte emot.\n")
                return
            }
            route(channelContext, request)
        }
    }

    private func route(_ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead) {
        let (path, query) = Self.split(request.uri)
        let snapshot = context.store.snapshot
        let registers = snapshot.index.registers
        switch (request.method, path) {
        case (.GET, "/"):
            let text = query["q"] ?? ""
            let channel = query["channel"] ?? "contact-center"
            let result = text.isEmpty ? nil : search(text, channel: channel, snapshot: snapshot)
            html(
                channelContext, request,
                DeskPages.search(
                    query: text, channel: channel, result: result, registers: registers,
                    reviewDates: Self.reviewDates(result, snapshot.knowledge)))
        case (.GET, "/fragment"):
            let text = query["q"] ?? ""
            // The page asks for this while the guide types: the last word is being typed.
            let channel = query["channel"] ?? "contact-center"
            let result = search(text, channel: channel, snapshot: snapshot, typing: true, log: false)
            html(
                channelContext, request,
                DeskPages.hits(
                    result, registers: registers, reviewDates: Self.reviewDates(result, snapshot.knowledge),
                    channel: channel))
        case (.GET, "/api/search"):
            let limit = min(max(Int(query["limit"] ?? "") ?? 10, 1), 100)
            let result = search(
                query["q"] ?? "", channel: query["channel"] ?? "web", snapshot: snapshot, limit: limit,
                highlight: false, typing: query["typing"] == "1", log: query["typing"] != "1")
            json(channelContext, request, KnowledgeJSON.search(result, registers).rendered)
        case (.GET, "/api/suggest"):
            let words = snapshot.index.suggest(query["q"] ?? "", limit: 10)
            json(channelContext, request, JSONValue.array(words.map { .string($0) }).rendered)
        case (.GET, "/assets/desk.css"):
            respond(
                channelContext, request, status: .ok, type: "text/css; charset=utf-8", DeskAssets.css,
                cache: true)
        case (.GET, "/assets/desk.js"):
            respond(
                channelContext, request, status: .ok, type: "text/javascript; charset=utf-8",
                DeskAssets.script, cache: true)
        case (.GET, "/owner"):
            ownerView(channelContext, request, query: query)
        case (.GET, "/owner/report"):
            ownerReport(channelContext, request)
        case (.POST, "/owner/login"):
            login(channelContext, request, Self.form(body))
        case (.POST, "/owner/logout"):
            context.sessions.close(Self.cookie(request))
            respond(
                channelContext, request, status: .seeOther, type: "text/plain; charset=utf-8", "Utloggad.\n",
                location: "/owner",
                cookie: "kb_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + secure(request))
        case (.POST, "/api/feedback"):
            feedback(channelContext, request, Self.form(body), snapshot: snapshot)
        case (.POST, "/api/searched"):
            let form = Self.form(body)
            let text = (form["q"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                return respond(
                    channelContext, request, status: .badRequest, type: "text/plain; charset=utf-8",
                    "Sökningen behöver q.\n")
            }
            // Searched again as a finished question, so the log holds what a settled search finds.
            _ = search(
                text, channel: form["channel"] ?? "contact-center", snapshot: snapshot, limit: 1,
                highlight: false)
            respond(channelContext, request, status: .noContent, type: "text/plain; charset=utf-8", "")
        case (.POST, "/api/click"):
            if let problem = DeskClicks.recordPosted(
                Self.form(body), knowledge: snapshot.knowledge, log: context.clickLog)
            {
                return respond(
                    channelContext, request, status: .badRequest, type: "text/plain; charset=utf-8",
                    "Klicket behöver id, q, r och c: \(problem).\n")
            }
            json(channelContext, request, "{\"ok\":true}")
        case (.GET, _) where path.hasPrefix("/api/articles/"):
            let id = String(path.dropFirst("/api/articles/".count))
            let knowledge = snapshot.knowledge
            let notFound: Reply = (.notFound, "application/json", "{\"error\":\"no article\"}")
            guard knowledge.outline(id)?.status == .published else {
                return respond(channelContext, request, status: notFound.0, type: notFound.1, notFound.2)
            }
            // The whole article is read from its file: off the event loop.
            offloadReply(channelContext, request, onReadPool: true) {
                guard let article = knowledge.article(id), article.status == .published else {
                    return notFound
                }
                return (
                    .ok, "application/json; charset=utf-8", KnowledgeJSON.full(article, registers).rendered
                )
            }
        case (.GET, _) where path.hasPrefix("/articles/"):
            let id = String(path.dropFirst("/articles/".count))
            let knowledge = snapshot.knowledge
            let notFound: Reply = (
                .notFound, "text/html; charset=utf-8", DeskPages.notFound("Ingen artikel heter ”\(id)”.")
            )
            guard knowledge.outline(id)?.status == .published else {
                return respond(channelContext, request, status: notFound.0, type: notFound.1, notFound.2)
            }
            let origin = DeskClicks.Origin(query)
            if let origin, DeskClicks.followedFromDesk(request) {
                DeskClicks.record(
                    .open, article: id, from: origin, knowledge: knowledge, log: context.clickLog)
            }
            let reader = query["utskrift"].flatMap(DeskHandouts.Reader.init)
            let easy = query["easy"] == "1"
            let sent = query["sent"] == "1"
            // The whole article is read from its file: off the event loop.
            offloadReply(channelContext, request, onReadPool: true) {
                guard let article = knowledge.article(id), article.status == .published else {
                    return notFound
                }
                let related = Self.relatedTitles(article, knowledge)
                if let reader {
                    return (
                        .ok, "text/html; charset=utf-8",
                        DeskHandouts.page(article, for: reader, registers: registers, related: related)
                    )
                }
                return (
                    .ok, "text/html; charset=utf-8",
                    DeskPages.article(
                        article, registers: registers, easy: easy, feedbackSent: sent, related: related,
                        origin: origin)
                )
            }
        default:
            respond(
                channelContext, request, status: .notFound, type: "text/html; charset=utf-8",
                DeskPages.notFound("Sidan finns inte."))
        }
    }

    /// `; Secure` when the page is reached over TLS.
    private func secure(_ request: HTTPRequestHead) -> String {
        context.options.isSecure(request) ? "; Secure" : ""
    }

    /// The session id in the request's cookie.
    static func cookie(_ request: HTTPRequestHead) -> String? {
        for header in request.headers["cookie"] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("kb_session=") { return String(pair.dropFirst("kb_session=".count)) }
            }
        }
        return nil
    }

    private func login(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, _ form: [String: String]
    ) {
        let host = channelContext.channel.remoteAddress?.ipAddress ?? "?"
        let token = Array((form["token"] ?? "").utf8)
        if let wait = context.authLimiter.blocked(host, token: token) {
            return html(
                channelContext, request,
                OwnerPages.login(failed: "För många misslyckade försök. Vänta \(wait) sekunder."))
        }
        guard let scope = context.tokens.scope(of: token) else {
            let lockout = context.authLimiter.failed(host, token: token)
            context.logger.notice("desk login failed")
            if let lockout {
                context.logger.warning(
                    "auth locked out", metadata: ["address": "\(host)", "for": "\(lockout)", "port": "http"])
            }
            return respond(
                channelContext, request, status: .unauthorized, type: "text/html; charset=utf-8",
                OwnerPages.login(failed: "Fel nyckel."))
        }
        let session = context.sessions.open(scope)
        respond(
            channelContext, request, status: .seeOther, type: "text/plain; charset=utf-8", "Inloggad.\n",
            location: "/owner",
            cookie: "kb_session=\(session); Path=/; HttpOnly; SameSite=Strict; Max-Age=28800"
                + secure(request))
    }

    private func ownerView(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, query: [String: String]
    ) {
        guard let scope = context.sessions.scope(Self.cookie(request)) else {
            return html(channelContext, request, OwnerPages.login())
        }
        let owner: String?
        switch scope {
        case .owner(let id): owner = id
        case .admin: owner = query["owner"]
        }
        let context = self.context
        offload(channelContext, request) {
            let snapshot = context.store.snapshot
            let knowledge = snapshot.knowledge
            let insight = context.insight(since: CivilDate.today().adding(days: -OwnerDashboard.gapDays))
            let view = OwnerDashboard.gather(
                owner: owner, knowledge: knowledge, index: snapshot.index, log: insight.queries,
                feedback: insight.feedback)
            return OwnerPages.dashboard(
                owner: view.owner, knowledge: knowledge, due: view.due, feedback: view.feedback,
                gaps: view.gaps)
        }
    }

    private func ownerReport(_ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead) {
        guard context.sessions.scope(Self.cookie(request)) != nil else {
            return html(channelContext, request, OwnerPages.login())
        }
        let context = self.context
        offload(channelContext, request, styleInline: true) {
            let snapshot = context.store.snapshot
            let insight = context.insight(since: nil)
            let report = CityReport.gather(
                knowledge: snapshot.knowledge, index: snapshot.index, log: insight.queries,
                feedback: insight.feedback)
            return HTMLReport(report).render()
        }
    }

    /// Renders a page on the reports executor (it reads logs), then answers on the event loop.
    private func offload(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, styleInline: Bool = false,
        _ work: @escaping @Sendable () -> String
    ) {
        offloadReply(channelContext, request, styleInline: styleInline) {
            (HTTPResponseStatus.ok, "text/html; charset=utf-8", work())
        }
    }

    /// A status, content type and body.
    private typealias Reply = (HTTPResponseStatus, String, String)

    /// Works out a reply on the thread pool (it reads files), then answers on the event loop.
    private func offloadReply(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, styleInline: Bool = false,
        onReadPool: Bool = false, _ work: @escaping @Sendable () -> Reply
    ) {
        let loop = channelContext.eventLoop
        let bound = NIOLoopBound((self, channelContext), eventLoop: loop)
        context.executors.run(onReadPool ? .reads : .reports, eventLoop: loop, work).whenComplete {
            outcome in
            let (handler, channelContext) = bound.value
            switch outcome {
            case .success(let (status, type, body)):
                handler.respond(
                    channelContext, request, status: status, type: type, body, styleInline: styleInline)
            case .failure:
                handler.respond(
                    channelContext, request, status: .internalServerError, type: "text/plain; charset=utf-8",
                    "Fel.\n")
            }
        }
    }

    /// The titles of an article's related articles that are published, by id.
    private static func relatedTitles(_ article: Article, _ knowledge: Knowledge) -> [String: String] {
        var titles: [String: String] = [:]
        for id in article.related {
            if let other = knowledge.outline(id), other.status == .published { titles[id] = other.title }
        }
        return titles
    }

    /// The review-by dates of the hits' articles.
    private static func reviewDates(_ result: ArticleSearchResult?, _ knowledge: Knowledge) -> [String:
        String]
    {
        var dates: [String: String] = [:]
        for hit in result?.hits ?? [] { dates[hit.record.id] = knowledge.outline(hit.record.id)?.reviewBy }
        return dates
    }

    /// Searches, and with `log` records the search; `highlight` marks matched words (the HTML
    /// pages show them, the JSON does not carry them).
    private func search(
        _ text: String, channel: String, snapshot: KnowledgeSnapshot, limit: Int = 10, highlight: Bool = true,
        typing: Bool = false, log: Bool = true
    ) -> ArticleSearchResult {
        let result = snapshot.index.search(text, limit: limit, highlight: highlight, typing: typing)
        guard log else { return result }
        let known = ["contact-center", "library", "web"].contains(channel) ? channel : "unknown"
        context.queryLog?.record(
            channel: known, query: text, hits: result.total, topHit: result.hits.first?.record.id ?? "",
            topScore: result.hits.first?.score ?? 0, confidence: result.confidence)
        return result
    }

    private func feedback(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, _ form: [String: String],
        snapshot: KnowledgeSnapshot
    ) {
        let wantsJSON = request.headers["accept"].contains { $0.contains("application/json") }
        let channel = form["channel"] ?? "web"
        guard let id = form["id"], snapshot.knowledge.outline(id) != nil,
            let kind = FeedbackKind(rawValue: form["kind"] ?? ""), QueryChannel.known.contains(channel)
        else {
            return respond(
                channelContext, request, status: .badRequest, type: "text/plain; charset=utf-8",
                "Återkopplingen behöver en artikel och en av: helpful, wrong, outdated, unclear"
                    + " (och kanal, om den anges: contact-center, library eller web).\n")
        }
        let event = FeedbackEvent(
            time: FeedbackStore.now(), article: id, kind: kind, channel: channel,
            comment: form["comment"] ?? "")
        if kind == .helpful, let origin = DeskClicks.Origin(form) {
            DeskClicks.record(
                .helpful, article: id, from: origin, knowledge: snapshot.knowledge, log: context.clickLog)
        }
        let store = context.feedback
        let loop = channelContext.eventLoop
        let bound = NIOLoopBound((self, channelContext), eventLoop: loop)
        context.executors.run(.feedback, eventLoop: loop) { try store.append(event) }.whenComplete {
            outcome in
            let (handler, channelContext) = bound.value
            guard case .success = outcome else {
                return handler.respond(
                    channelContext, request, status: .internalServerError, type: "text/plain; charset=utf-8",
                    "Återkopplingen kunde inte sparas.\n")
            }
            if wantsJSON {
                handler.respond(
                    channelContext, request, status: .ok, type: "application/json", "{\"ok\":true}")
            } else {
                handler.respond(
                    channelContext, request, status: .seeOther, type: "text/plain; charset=utf-8", "Tack!\n",
                    location: "/articles/\(DeskPages.urlEncode(id))?sent=1")
            }
        }
    }

    private func html(_ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, _ text: String) {
        respond(channelContext, request, status: .ok, type: "text/html; charset=utf-8", text)
    }

    private func json(_ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, _ text: String) {
        respond(channelContext, request, status: .ok, type: "application/json; charset=utf-8", text)
    }

    private func respond(
        _ channelContext: ChannelHandlerContext, _ request: HTTPRequestHead, status: HTTPResponseStatus,
        type: String,
        _ text: String, cache: Bool = false, location: String? = nil, cookie: String? = nil,
        styleInline: Bool = false
    ) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "Content-Length", value: String(text.utf8.count))
        headers.add(
            name: "Content-Security-Policy",
            value: styleInline
                ? "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'"
                : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        // same-origin: nothing to other sites, and the page's own form posts keep their Origin
        // (with no-referrer a browser sends "Origin: null", which the origin check refuses).
        headers.add(name: "Referrer-Policy", value: "same-origin")
        headers.add(name: "Cache-Control", value: cache ? "max-age=3600" : "no-store")
        if let location { headers.add(name: "Location", value: location) }
        if let cookie { headers.add(name: "Set-Cookie", value: cookie) }
        let keepAlive = request.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        let head = HTTPResponseHead(version: request.version, status: status, headers: headers)
        channelContext.write(wrapOutboundOut(.head(head)), promise: nil)
        var buffer = channelContext.channel.allocator.buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        channelContext.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        let done = channelContext.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            done.assumeIsolated().whenComplete { _ in channelContext.close(promise: nil) }
        }
    }

    /// Path and decoded query parameters of a URI.
    static func split(_ uri: String) -> (String, [String: String]) {
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        return (decode(path), parts.count > 1 ? form(String(parts[1])) : [:])
    }

    static func form(_ buffer: ByteBuffer) -> [String: String] {
        form(buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? "")
    }

    static func form(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(String(kv[0]))
            if values[key] == nil { values[key] = kv.count > 1 ? decode(String(kv[1])) : "" }
        }
        return values
    }

    /// Percent-decoding, with "+" as a space; invalid sequences are kept as they are.
    static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

@available(*, unavailable)
extension DeskHandler: Sendable {}
