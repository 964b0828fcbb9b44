import FileSupport
import Foundation
import XMLSupport

/// Why a knowledge-layer operation failed: bad input, a file, the knowledge history or libxml2.
///
/// Exists as KnowledgeBase's one error type (every public throwing function says
/// `throws(KnowledgeError)`), so a caller can tell input it should show to a person (`refused`,
/// with file, line and column) from a failure of the machine underneath.
public enum KnowledgeError: Error, Sendable, CustomStringConvertible {
    /// A folder or a batch did not pass its checks (schema, references, ownership, an unknown
    /// owner, a history that cannot be written): each diagnostic is one problem, printed as
    /// `file:line:col: message`. A refused import leaves the folder exactly as it was.
    case refused([XMLDiagnostic])
    /// A file or folder could not be read, written, flushed, renamed or locked.
    case file(FileSupportError)
    /// The `git` program that keeps the knowledge history failed (or is not installed): the
    /// arguments, its exit status and what it printed on standard error.
    case git(arguments: [String], status: Int32, errors: String)
    /// libxml2 could not write a document (canonical XML of an article).
    case xml(XMLDiagnostics)

    /// The diagnostics of a refusal; nil for failures that are not about the input.
    public var diagnostics: [XMLDiagnostic]? {
        if case .refused(let diagnostics) = self { return diagnostics }
        return nil
    }

    public var description: String {
        switch self {
        case .refused(let diagnostics): XMLDiagnostics(diagnostics).description
        case .file(let failure): failure.description
        case .git(let arguments, let status, let errors):
            "git \(arguments.prefix(3).joined(separator: " ")) failed (\(status)): "
                + errors.trimmingCharacters(in: .whitespacesAndNewlines)
        case .xml(let diagnostics): diagnostics.description
        }
    }
}

/// Runs file operations, a failure as `KnowledgeError.file`.
@inline(__always) @discardableResult
func onFiles<T>(_ body: @autoclosure () throws(FileSupportError) -> T) throws(KnowledgeError) -> T {
    do { return try body() } catch { throw .file(error) }
}
