import HTTPTypes

/// Whether a state-changing request (every POST) comes from the desk page's own pages, and
/// whether the connection reached people over TLS.
///
/// Exists against cross-site request forgery: a page elsewhere could otherwise post a form to
/// `/owner/login` (logging the victim in as the attacker: "login CSRF") or to the feedback form.
/// Browsers say where a request comes from; it is refused when
///
/// - `Sec-Fetch-Site` is present and not `same-origin` (or `none`, a person's own action), or
/// - `Origin` is present and is not this site (`null` never is), or, without `Origin`,
/// - `Referer` is present and is not from this site.
///
/// "This site" is the origin whose host (and port) is the request's `Host`, or the origin of
/// `--public-url`. A request with none of the three headers is no browser's and is let through
/// (curl and scripts; the session cookie is `SameSite=Strict` as well).
struct OriginCheck {
    let publicOrigin: String?

    /// Whether a POST with `headers` to `host` (the request's `Host`, which swift-http-types
    /// keeps as the request's authority) comes from this site.
    func allows(_ headers: HTTPFields, host authority: String?) -> Bool {
        if let site = headers[.secFetchSite]?.lowercased(), site != "same-origin", site != "none" {
            return false
        }
        let host = authority?.lowercased()
        if let origin = headers[.origin] {
            return isOwn(origin.lowercased(), host: host)
        }
        if let referer = headers[.referer] {
            return isOwn(Self.origin(of: referer.lowercased()), host: host)
        }
        return true
    }

    private func isOwn(_ origin: String, host: String?) -> Bool {
        if let publicOrigin, origin == publicOrigin { return true }
        guard let host, let schemeEnd = origin.range(of: "://") else { return false }
        let scheme = origin[..<schemeEnd.lowerBound]
        guard scheme == "http" || scheme == "https" else { return false }
        return origin[schemeEnd.upperBound...] == host
    }

    /// `scheme://host[:port]` of a URL.
    static func origin(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        return String(url[..<schemeEnd.upperBound])
            + url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    }
}

extension DeskOptions {
    /// Whether cookies must be `Secure`: the public URL is https, or a trusted proxy says the
    /// request came over https.
    func isSecure(_ headers: HTTPFields) -> Bool {
        if publicOrigin?.hasPrefix("https://") == true { return true }
        return trustForwardedProto && headers[.xForwardedProto]?.lowercased() == "https"
    }
}

extension HTTPField.Name {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
