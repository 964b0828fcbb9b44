import FileSupport
import KnowledgeBase
import XMLSupport

/// Why writing a page, report or public export failed.
///
/// Exists as Rendering's one error type (every public throwing function says
/// `throws(RenderingError)`). Bad input is `refused`, also when the knowledge layer found it, so
/// a front end shows the same `file:line:col: message` lines as for an import.
public enum RenderingError: Error, Sendable, CustomStringConvertible {
    /// The folder to export is not valid, or the owner asked for is not in the owners
    /// register: each diagnostic says what and where. Nothing was written.
    case refused([XMLDiagnostic])
    /// A page, report or export file or its folder could not be created, written, flushed or
    /// renamed into place.
    case file(FileSupportError)
    /// The knowledge layer failed other than by refusing input.
    case knowledge(KnowledgeError)

    /// A knowledge-layer error as this module's: a refusal stays a refusal, a file failure
    /// stays a file failure.
    public init(_ error: KnowledgeError) {
        switch error {
        case .refused(let diagnostics): self = .refused(diagnostics)
        case .file(let failure): self = .file(failure)
        case .git, .xml: self = .knowledge(error)
        }
    }

    /// The diagnostics of a refusal; nil for failures that are not about the input.
    public var diagnostics: [XMLDiagnostic]? {
        if case .refused(let diagnostics) = self { return diagnostics }
        return nil
    }

    public var description: String {
        switch self {
        case .refused(let diagnostics): XMLDiagnostics(diagnostics).description
        case .file(let failure): failure.description
        case .knowledge(let error): error.description
        }
    }
}

/// Runs a file operation, a failure as `RenderingError.file`.
@inline(__always) @discardableResult
func onFiles<T>(_ body: @autoclosure () throws(FileSupportError) -> T) throws(RenderingError) -> T {
    do { return try body() } catch { throw .file(error) }
}

/// Runs a knowledge-layer operation, its failure as a `RenderingError`.
@inline(__always) @discardableResult
func onKnowledge<T>(_ body: @autoclosure () throws(KnowledgeError) -> T) throws(RenderingError) -> T {
    do { return try body() } catch { throw RenderingError(error) }
}
