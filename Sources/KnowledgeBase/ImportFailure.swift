import XMLSupport

/// A folder or a batch that did not pass its checks, as diagnostics that say what and where.
///
/// Exists as the knowledge layer's one error for bad input: a refused import (the folder is
/// exactly as it was), an export or public export of a folder that is not valid, or an unknown
/// owner. Each diagnostic is one problem, printed as `file:line:col: message`.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [XMLDiagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    public init(diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }
}
