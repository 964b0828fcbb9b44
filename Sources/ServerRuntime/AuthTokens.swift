import Foundation
import KnowledgeBase
import KnowledgeStorage

/// The secrets that unlock writes and administration, each with what it may do.
///
/// Exists so that writes and administration need `AUTH` while reads stay open, so that a
/// förvaltning's token can change only its own guidance, and so that tokens are compared in
/// constant time. A token file holds one token per line: `admin TOKEN`, `OWNER-ID TOKEN`, or a
/// bare `TOKEN` (an admin token); blank lines and lines starting with `#` are ignored.
public struct AuthTokens: Sendable {
    private let tokens: [(secret: [UInt8], scope: PublishScope)]

    /// Admin tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens.map { (Array($0.utf8), PublishScope.admin) }.filter { !$0.secret.isEmpty }
    }

    public init(scoped: [(scope: PublishScope, token: String)]) {
        tokens = scoped.map { (Array($0.token.utf8), $0.scope) }.filter { !$0.secret.isEmpty }
    }

    public static func file(_ path: String) throws -> AuthTokens {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var scoped: [(scope: PublishScope, token: String)] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            if words.count == 1 {
                scoped.append((.admin, first))
            } else {
                scoped.append((first == "admin" ? .admin : .owner(first), words[1]))
            }
        }
        return AuthTokens(scoped: scoped)
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// Whether `candidate` is one of the tokens; time depends only on lengths.
    public func accepts(_ candidate: [UInt8]) -> Bool {
        scope(of: candidate) != nil
    }

    /// What `candidate` may do, or nil when it is no token; time depends only on lengths.
    public func scope(of candidate: [UInt8]) -> PublishScope? {
        var found: PublishScope?
        for token in tokens {
            var difference = UInt8(token.secret.count == candidate.count ? 0 : 1)
            for index in 0..<token.secret.count {
                difference |= token.secret[index] ^ (index < candidate.count ? candidate[index] : 0)
            }
            if difference == 0 && found == nil { found = token.scope }
        }
        return found
    }
}
