import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Insight
import KnowledgeBase
import KnowledgeStorage
import NIOCore
import Rendering
import ServerRuntime

/// The desk page's routes on a Hummingbird router; every response goes out with the security
/// headers (`DeskResponse`).
///
/// Routes: `/` (search page; `?q=` renders hits server-side), `/fragment?q=` (hits only, for the
/// script), `/articles/{id}` (`?easy=1` for lättläst), `/api/search?q=`, `/api/articles/{id}`,
/// `/api/suggest?q=`, `POST /api/feedback`, `POST /api/searched` (the page's settled query, for
/// the log), `POST /api/click`, `/assets/desk.css|js`, `/owner`, `/owner/report`,
/// `POST /owner/login|logout`. An article opened from a hit link (`?q=&r=&c=`) is recorded in
/// the click log (`DeskClicks`). `DeskGuard` runs before every route.
///
/// Only settled searches are logged: a submitted form (`/?q=`), an `/api/search` that is not
/// `typing=1`, and what the page posts to `/api/searched` once the guide pauses, presses Enter or
/// opens a hit. The as-you-type `/fragment` requests are not: they are keystrokes, not questions.
struct DeskRoutes: Sendable {
    /// Longest URI and request body accepted.
    static let maxURI = 4096
    static let maxBody = 16 * 1024

    let context: DeskContext

    func router() -> Router<DeskRequestContext> {
        let router = Router(context: DeskRequestContext.self)
        router.add(middleware: DeskGuard(context: context))
        router.get("/") { request, _ in self.searchPage(request) }
        router.get("/fragment") { request, _ in self.fragment(request) }
        router.get("/api/search") { request, _ in self.apiSearch(request) }
        router.get("/api/suggest") { request, _ in
            let words = context.store.snapshot.index.suggest(Self.query(request)["q"] ?? "", limit: 10)
            return DeskResponse.json(JSONValue.array(words.map { .string($0) }).rendered)
        }
        router.get("/assets/desk.css") { _, _ in
            DeskResponse.make(.ok, type: "text/css; charset=utf-8", DeskAssets.css, cache: true)
        }
        router.get("/assets/desk.js") { _, _ in
            DeskResponse.make(.ok, type: "text/javascript; charset=utf-8", DeskAssets.script, cache: true)
        }
        router.get("/owner") { request, _ in try await self.ownerView(request) }
        router.get("/owner/report") { request, _ in try await self.ownerReport(request) }
        router.post("/owner/login") { request, requestContext in
            self.login(request, Self.form(requestContext.body), address: requestContext.remoteAddress)
        }
        router.post("/owner/logout") { request, _ in
            context.sessions.close(Self.cookie(request))
            return DeskResponse.make(
                .seeOther, type: "text/plain; charset=utf-8", "Utloggad.\n", location: "/owner",
                cookie: "kb_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + self.secure(request))
        }
        router.post("/api/feedback") { request, requestContext in
            try await self.feedback(request, Self.form(requestContext.body))
        }
        router.post("/api/searched") { _, requestContext in self.searched(Self.form(requestContext.body)) }
        router.post("/api/click") { _, requestContext in
            let snapshot = context.store.snapshot
            if let problem = DeskClicks.recordPosted(
                Self.form(requestContext.body), knowledge: snapshot.knowledge, log: context.clickLog)
            {
                return DeskResponse.make(
                    .badRequest, type: "text/plain; charset=utf-8",
                    "Klicket behöver id, q, r och c: \(problem).\n")
            }
            return DeskResponse.json("{\"ok\":true}")
        }
        router.get("/api/articles/**") { request, _ in await self.apiArticle(request) }
        router.get("/articles/**") { request, _ in await self.articlePage(request) }
        return router
    }

    // MARK: Search

    private func searchPage(_ request: Request) -> Response {
        let query = Self.query(request)
        let snapshot = context.store.snapshot
        let text = query["q"] ?? ""
        let channel = query["channel"] ?? "contact-center"
        let result = text.isEmpty ? nil : search(text, channel: channel, snapshot: snapshot)
        return DeskResponse.html(
            DeskHTML.search(
                query: text, channel: channel, result: result, registers: snapshot.index.registers,
                reviewDates: Self.reviewDates(result, snapshot.knowledge)))
    }

    private func fragment(_ request: Request) -> Response {
        let query = Self.query(request)
        let snapshot = context.store.snapshot
        let text = query["q"] ?? ""
        // The page asks for this while the guide types: the last word is being typed.
        let channel = query["channel"] ?? "contact-center"
        let result = search(text, channel: channel, snapshot: snapshot, typing: true, log: false)
        return DeskResponse.html(
            DeskHTML.hits(
                result, registers: snapshot.index.registers,
                reviewDates: Self.reviewDates(result, snapshot.knowledge), channel: channel))
    }

    private func apiSearch(_ request: Request) -> Response {
        let query = Self.query(request)
        let snapshot = context.store.snapshot
        let limit = min(max(Int(query["limit"] ?? "") ?? 10, 1), 100)
        let result = search(
            query["q"] ?? "", channel: query["channel"] ?? "web", snapshot: snapshot, limit: limit,
            highlight: false, typing: query["typing"] == "1", log: query["typing"] != "1")
        return DeskResponse.json(KnowledgeJSON.search(result, snapshot.index.registers).rendered)
    }

    private func searched(_ form: [String: String]) -> Response {
        let text = (form["q"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            return DeskResponse.make(.badRequest, type: "text/plain; charset=utf-8", "Sökningen behöver q.\n")
        }
        // Searched again as a finished question, so the log holds what a settled search finds.
        _ = search(
            text, channel: form["channel"] ?? "contact-center", snapshot: context.store.snapshot, limit: 1,
            highlight: false)
        return DeskResponse.make(.noContent, type: "text/plain; charset=utf-8", "")
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

    // MARK: Articles

    private func apiArticle(_ request: Request) async -> Response {
        let snapshot = context.store.snapshot
        let knowledge = snapshot.knowledge
        let registers = snapshot.index.registers
        let id = String(Self.path(request).dropFirst("/api/articles/".count))
        let notFound = DeskResponse.make(.notFound, type: "application/json", "{\"error\":\"no article\"}")
        guard knowledge.outline(id)?.status == .published else { return notFound }
        // The whole article is read from its file: on the reads executor, never an event loop.
        let rendered = try? await context.executors.run(.reads) { () -> String? in
            guard let article = knowledge.article(id), article.status == .published else { return nil }
            return KnowledgeJSON.full(article, registers).rendered
        }
        guard let rendered else { return notFound }
        return DeskResponse.json(rendered)
    }

    private func articlePage(_ request: Request) async -> Response {
        let snapshot = context.store.snapshot
        let knowledge = snapshot.knowledge
        let registers = snapshot.index.registers
        let query = Self.query(request)
        let id = String(Self.path(request).dropFirst("/articles/".count))
        let notFound = DeskResponse.make(
            .notFound, type: "text/html; charset=utf-8", DeskHTML.notFound("Ingen artikel heter ”\(id)”."))
        guard knowledge.outline(id)?.status == .published else { return notFound }
        let origin = DeskClicks.Origin(query)
        if let origin, DeskClicks.followedFromDesk(request.headers) {
            DeskClicks.record(.open, article: id, from: origin, knowledge: knowledge, log: context.clickLog)
        }
        let reader = query["utskrift"].flatMap(DeskHTML.HandoutReader.init)
        let easy = query["easy"] == "1"
        let sent = query["sent"] == "1"
        let shown = origin.map { ($0.query, $0.rank, $0.channel) }
        // The whole article is read from its file: on the reads executor, never an event loop.
        let page = try? await context.executors.run(.reads) { () -> String? in
            guard let article = knowledge.article(id), article.status == .published else { return nil }
            let related = Self.relatedTitles(article, knowledge)
            if let reader {
                return DeskHTML.handout(article, for: reader, registers: registers, related: related)
            }
            return DeskHTML.article(
                article, registers: registers, easy: easy, feedbackSent: sent, related: related,
                origin: shown)
        }
        guard let page else { return notFound }
        return DeskResponse.html(page)
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

    // MARK: Feedback

    private func feedback(_ request: Request, _ form: [String: String]) async throws -> Response {
        let snapshot = context.store.snapshot
        let wantsJSON = request.headers[values: .accept].contains { $0.contains("application/json") }
        let channel = form["channel"] ?? "web"
        guard let id = form["id"], snapshot.knowledge.outline(id) != nil,
            let kind = FeedbackKind(rawValue: form["kind"] ?? ""), QueryChannel.known.contains(channel)
        else {
            return DeskResponse.make(
                .badRequest, type: "text/plain; charset=utf-8",
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
        do {
            // The append fsyncs: on the feedback executor, never on an event loop (nor behind a
            // slow report).
            try await context.executors.run(.feedback) { try store.append(event) }
        } catch {
            return DeskResponse.make(
                .internalServerError, type: "text/plain; charset=utf-8", "Återkopplingen kunde inte sparas.\n"
            )
        }
        if wantsJSON { return DeskResponse.make(.ok, type: "application/json", "{\"ok\":true}") }
        return DeskResponse.make(
            .seeOther, type: "text/plain; charset=utf-8", "Tack!\n",
            location: "/articles/\(DeskHTML.urlEncode(id))?sent=1")
    }

    // MARK: Owners

    /// `; Secure` when the page is reached over TLS.
    private func secure(_ request: Request) -> String {
        context.options.isSecure(request.headers) ? "; Secure" : ""
    }

    private func login(_ request: Request, _ form: [String: String], address host: String) -> Response {
        let token = Array((form["token"] ?? "").utf8)
        if let wait = context.authLimiter.blocked(host, token: token) {
            return DeskResponse.html(
                DeskHTML.login(failed: "För många misslyckade försök. Vänta \(wait) sekunder."))
        }
        guard let scope = context.tokens.scope(of: token) else {
            let lockout = context.authLimiter.failed(host, token: token)
            context.logger.notice("desk login failed")
            if let lockout {
                context.logger.warning(
                    "auth locked out", metadata: ["address": "\(host)", "for": "\(lockout)", "port": "http"])
            }
            return DeskResponse.make(
                .unauthorized, type: "text/html; charset=utf-8", DeskHTML.login(failed: "Fel nyckel."))
        }
        let session = context.sessions.open(scope)
        return DeskResponse.make(
            .seeOther, type: "text/plain; charset=utf-8", "Inloggad.\n", location: "/owner",
            cookie: "kb_session=\(session); Path=/; HttpOnly; SameSite=Strict; Max-Age=28800"
                + secure(request))
    }

    private func ownerView(_ request: Request) async throws -> Response {
        guard let scope = context.sessions.scope(Self.cookie(request)) else {
            return DeskResponse.html(DeskHTML.login())
        }
        let owner: String?
        switch scope {
        case .owner(let id): owner = id
        case .admin: owner = Self.query(request)["owner"]
        }
        let context = self.context
        return await offload {
            let snapshot = context.store.snapshot
            let knowledge = snapshot.knowledge
            let insight = context.insight(since: CivilDate.today().adding(days: -OwnerDashboard.gapDays))
            let view = OwnerDashboard.gather(
                owner: owner, knowledge: knowledge, index: snapshot.index, log: insight.queries,
                feedback: insight.feedback)
            return DeskHTML.dashboard(
                owner: view.owner, knowledge: knowledge, due: view.due, feedback: view.feedback,
                gaps: view.gaps)
        }
    }

    private func ownerReport(_ request: Request) async throws -> Response {
        guard context.sessions.scope(Self.cookie(request)) != nil else {
            return DeskResponse.html(DeskHTML.login())
        }
        let context = self.context
        return await offload(styleInline: true) {
            let snapshot = context.store.snapshot
            let insight = context.insight(since: nil)
            let report = CityReport.gather(
                knowledge: snapshot.knowledge, index: snapshot.index, log: insight.queries,
                feedback: insight.feedback)
            return HTMLReport(report).render()
        }
    }

    /// Renders a page on the reports executor (it reads logs), never on an event loop.
    private func offload(styleInline: Bool = false, _ work: @escaping @Sendable () -> String) async
        -> Response
    {
        do {
            let page = try await context.executors.run(.reports, work)
            return DeskResponse.make(.ok, type: "text/html; charset=utf-8", page, styleInline: styleInline)
        } catch {
            return DeskResponse.make(.internalServerError, type: "text/plain; charset=utf-8", "Fel.\n")
        }
    }

    // MARK: Parsing

    /// The session id in the request's cookie.
    static func cookie(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("kb_session=") { return String(pair.dropFirst("kb_session=".count)) }
            }
        }
        return nil
    }

    /// The request's path, percent-decoded.
    static func path(_ request: Request) -> String {
        split(request.head.path ?? "/").0
    }

    /// The request's decoded query parameters (the first of each name).
    static func query(_ request: Request) -> [String: String] {
        split(request.head.path ?? "/").1
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
