import Foundation

/// The secrets that unlock administration commands, read from a file or an environment variable.
///
/// Exists so that writes and administration need `AUTH` while reads stay open, and so that tokens
/// are compared in constant time. A token file holds one token per line; blank lines and lines
/// starting with `#` are ignored.
public struct AuthTokens: Sendable {
    private let tokens: [[UInt8]]

    public init(_ tokens: [String] = []) {
        self.tokens = tokens.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    public static func file(_ path: String) throws -> AuthTokens {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return AuthTokens(
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// Whether `candidate` is one of the tokens; time depends only on lengths.
    public func accepts(_ candidate: [UInt8]) -> Bool {
        var accepted = false
        for token in tokens {
            var difference = UInt8(token.count == candidate.count ? 0 : 1)
            for index in 0..<token.count {
                difference |= token[index] ^ (index < candidate.count ? candidate[index] : 0)
            }
            accepted = accepted || difference == 0
        }
        return accepted
    }
}
