import Foundation
import KnowledgeBase
import KnowledgeStorage
import Synchronization

/// Logged-in förvaltningar on the desk page: a random session id (the cookie) → the scope of the
/// token that logged in, for 8 hours.
///
/// Exists so the token itself never travels in a cookie; the cookie is `HttpOnly` and
/// `SameSite=Strict`, and a session ends on logout, expiry or a server restart.
final class OwnerSessions: Sendable {
    static let lifetime: TimeInterval = 8 * 3600
    private let sessions = Mutex<[String: (scope: PublishScope, expires: Date)]>([:])

    func open(_ scope: PublishScope) -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
        sessions.withLock { table in
            let now = Date()
            table = table.filter { $0.value.expires > now }
            table[id] = (scope, now.addingTimeInterval(Self.lifetime))
        }
        return id
    }

    func scope(_ id: String?) -> PublishScope? {
        guard let id else { return nil }
        return sessions.withLock { table in
            guard let entry = table[id], entry.expires > Date() else { return nil }
            return entry.scope
        }
    }

    func close(_ id: String?) {
        guard let id else { return }
        _ = sessions.withLock { $0.removeValue(forKey: id) }
    }
}
