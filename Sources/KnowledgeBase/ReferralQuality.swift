/// Whether a published article's first referral gives the guide something to pass on.
///
/// Exists because an answer only helps at the desk when the caller can be sent somewhere that
/// answers: a unit reached by its own phone, e-mail or e-service link — not the contact center
/// the guide sits in, and not merely the city's front page. `kb validate` reports what this
/// finds as warnings, and `kb validate --strict` fails on them.
///
/// The contact center is the unit `kontaktcenter`; its phone, e-mail and web site are the
/// numbers and the front page that do not count as reaching another unit. When no direct way to
/// a unit is known, the editor says so on the referral (`direct-contact="none"`) and writes in
/// its text what to do instead; such a referral passes unless it points at the contact center.
public struct ReferralQuality: Sendable {
    /// The unit id of the contact center.
    public static let contactCenterUnit = "kontaktcenter"

    /// What is wrong with an article's first referral.
    public enum Problem: Sendable, Equatable {
        /// A published article with no referral at all.
        case noReferral
        /// The first referral sends the caller to the contact center (or to its number).
        case contactCenter(unit: String)
        /// The first referral's unit has no phone, e-mail or e-service link of its own.
        case noDirectContact(unit: String)
        /// `direct-contact="none"` without a text saying what to do instead.
        case noInstead(unit: String)
    }

    /// One problem of one article, worded for an editor.
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        public var article: String
        public var problem: Problem

        public var description: String {
            switch problem {
            case .noReferral:
                "artikeln hänvisar ingenstans; ange en enhet med telefon, e-post eller e-tjänst i <refer>"
            case .contactCenter(let unit):
                "första hänvisningen ('\(unit)') leder till kontaktcenter självt; hänvisa till enheten som svarar"
            case .noDirectContact(let unit):
                "första hänvisningen ('\(unit)') saknar telefon, e-post och e-tjänst (stadens startsida "
                    + "räknas inte); komplettera enheten eller skriv direct-contact=\"none\" och vad man gör i stället"
            case .noInstead(let unit):
                "hänvisningen till '\(unit)' har direct-contact=\"none\" men ingen text om vad man gör i stället"
            }
        }
    }

    private let units: [String: Unit]
    private let centerPhone: String?
    private let centerEmail: String?
    private let centerHost: String?

    public init(registers: Registers) {
        var units: [String: Unit] = [:]
        for unit in registers.units { units[unit.id] = unit }
        self.units = units
        let center = units[Self.contactCenterUnit]
        centerPhone = center?.phone.map(Self.digits).flatMap { $0.isEmpty ? nil : $0 }
        centerEmail = center?.email.map { $0.lowercased() }
        centerHost = center?.web.flatMap(Self.hostAndPath).map(\.host)
    }

    /// The problems of `article`'s first referral; none for drafts and archived articles.
    public func warnings(_ article: Article) -> [Warning] {
        guard article.status == .published else { return [] }
        guard let first = article.referrals.first else {
            return [Warning(article: article.id, problem: .noReferral)]
        }
        let forGuides = article.audience.isEmpty || article.audience.contains(.guide)
        let unit = units[first.unit]
        var problems: [Problem] = []
        if forGuides, first.unit == Self.contactCenterUnit || isContactCenterPhone(unit?.phone) {
            problems.append(.contactCenter(unit: first.unit))
        }
        if first.noDirectContact {
            if first.note.allSatisfy(\.isWhitespace) { problems.append(.noInstead(unit: first.unit)) }
        } else if first.unit != Self.contactCenterUnit, let unit, !reachesDirectly(unit) {
            problems.append(.noDirectContact(unit: first.unit))
        }
        return problems.map { Warning(article: article.id, problem: $0) }
    }

    /// Whether `unit` has a phone, e-mail or link of its own (not the contact center's).
    public func reachesDirectly(_ unit: Unit) -> Bool {
        if let phone = unit.phone, !Self.digits(phone).isEmpty, !isContactCenterPhone(phone) { return true }
        if let email = unit.email, email.contains("@"), email.lowercased() != centerEmail { return true }
        if let web = unit.web, let (host, path) = Self.hostAndPath(web) {
            return host != centerHost || !path.isEmpty
        }
        return false
    }

    private func isContactCenterPhone(_ phone: String?) -> Bool {
        guard let phone, let centerPhone else { return false }
        return Self.digits(phone) == centerPhone
    }

    private static func digits(_ text: String) -> String {
        String(text.filter(\.isASCII).filter(\.isNumber))
    }

    /// "https://www.malmo.se/a/b?c" → ("malmo.se", "/a/b?c") with a lone "/" as ""; nil when
    /// `url` is not an http(s) link.
    static func hostAndPath(_ url: String) -> (host: String, path: String)? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let rest = lower.dropFirst(scheme.count)
        let slash = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        var host = String(rest[rest.startIndex..<slash])
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let path = String(rest[slash...])
        return host.isEmpty ? nil : (host, path == "/" ? "" : path)
    }
}
