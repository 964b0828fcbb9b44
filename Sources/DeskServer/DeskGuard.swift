import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import Rendering

/// What a desk request carries besides the request: the client's address and the body, read
/// (bounded) by `DeskGuard` before any route sees it.
struct DeskRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's IP address ("?" when unknown), for the request and login limiters.
    let remoteAddress: String
    /// The request body, at most `DeskRoutes.maxBody` bytes.
    var body = ByteBuffer()

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "?"
    }
}

/// Runs before every desk route, in this order: the per-address request limiter (429), the URI
/// and body size limits (413; the body is read here, whole, or refused), the origin check on
/// every POST (403, `OriginCheck`); unknown paths and methods get the desk's 404 page, and a
/// request that said `Connection: close` gets it back.
///
/// Exists so these protections hold for every route, including ones added later, and so no
/// error leaves Hummingbird without the desk's security headers.
struct DeskGuard: RouterMiddleware {
    typealias Context = DeskRequestContext
    let context: DeskContext

    func handle(
        _ request: Request, context requestContext: DeskRequestContext,
        next: (Request, DeskRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = await guarded(request, requestContext, next: next)
        if request.headers[.connection]?.lowercased() == "close" { response.headers[.connection] = "close" }
        return response
    }

    private func guarded(
        _ request: Request, _ requestContext: DeskRequestContext,
        next: (Request, DeskRequestContext) async throws -> Response
    ) async -> Response {
        if !context.limiter.allow(requestContext.remoteAddress) {
            return DeskResponse.make(
                .tooManyRequests, type: "text/plain; charset=utf-8", "För många frågor; vänta en stund.\n")
        }
        var requestContext = requestContext
        var tooLarge = (request.head.path ?? "").utf8.count > DeskRoutes.maxURI
        do {
            // Read the whole body, keeping at most maxBody bytes (as the old handler did: the
            // answer comes once the request has arrived).
            for try await var chunk in request.body {
                if requestContext.body.readableBytes + chunk.readableBytes > DeskRoutes.maxBody {
                    tooLarge = true
                } else {
                    requestContext.body.writeBuffer(&chunk)
                }
            }
        } catch {
            return DeskResponse.make(.badRequest, type: "text/plain; charset=utf-8", "Trasig fråga.\n")
        }
        if tooLarge {
            return DeskResponse.make(.contentTooLarge, type: "text/plain; charset=utf-8", "För stor fråga.\n")
        }
        if request.method == .post,
            !OriginCheck(publicOrigin: context.options.publicOrigin).allows(
                request.headers, host: request.head.authority)
        {
            context.logger.notice(
                "cross-site post refused", metadata: ["path": "\(DeskRoutes.path(request))"])
            return DeskResponse.make(
                .forbidden, type: "text/plain; charset=utf-8",
                "Formuläret kom från en annan webbplats och togs inte emot.\n")
        }
        do {
            return try await next(request, requestContext)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            return DeskResponse.make(
                .notFound, type: "text/html; charset=utf-8", DeskHTML.notFound("Sidan finns inte."))
        } catch {
            context.logger.warning("desk request failed", metadata: ["error": "\(error)"])
            return DeskResponse.make(.internalServerError, type: "text/plain; charset=utf-8", "Fel.\n")
        }
    }
}

/// A desk response with the headers every desk response carries.
///
/// Exists so no route can forget them: a Content-Security-Policy (no inline script or style;
/// the report page, which is one self-contained file, gets inline style only), `nosniff`,
/// `Referrer-Policy: same-origin` and a cache rule.
enum DeskResponse {
    static func html(_ text: String) -> Response {
        make(.ok, type: "text/html; charset=utf-8", text)
    }

    static func json(_ text: String) -> Response {
        make(.ok, type: "application/json; charset=utf-8", text)
    }

    static func make(
        _ status: HTTPResponse.Status, type: String, _ text: String, cache: Bool = false,
        location: String? = nil, cookie: String? = nil, styleInline: Bool = false
    ) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentLength] = String(text.utf8.count)
        headers[.contentSecurityPolicy] =
            styleInline
            ? "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'"
            : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        // same-origin: nothing to other sites, and the page's own form posts keep their Origin
        // (with no-referrer a browser sends "Origin: null", which the origin check refuses).
        headers[.referrerPolicy] = "same-origin"
        headers[.cacheControl] = cache ? "max-age=3600" : "no-store"
        if let location { headers[.location] = location }
        if let cookie { headers[.setCookie] = cookie }
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
