import FileSupport
import KnowledgeBase
import XMLSupport

/// Why writing to a knowledge folder, or loading it into the store, failed.
///
/// Exists as KnowledgeStorage's one error type (every public throwing function says
/// `throws(StorageError)`). Bad input is always `refused`, also when the knowledge layer found
/// it, so a front end looks at one case to show a person what to fix and where.
public enum StorageError: Error, Sendable, CustomStringConvertible {
    /// The batch, or the folder being loaded or exported, did not pass its checks (schema,
    /// references, ownership, an unknown article or owner, a missing file): each diagnostic says
    /// what and where. The folder is exactly as it was.
    case refused([XMLDiagnostic])
    /// A file or folder could not be read, written, flushed, renamed or locked.
    case file(FileSupportError)
    /// libxml2 could not write a document (a register or an export bundle).
    case xml(XMLDiagnostics)
    /// The knowledge layer failed other than by refusing input (the knowledge history's `git`).
    case knowledge(KnowledgeError)

    /// A knowledge-layer error as this module's: a refusal stays a refusal, a file failure
    /// stays a file failure.
    public init(_ error: KnowledgeError) {
        switch error {
        case .refused(let diagnostics): self = .refused(diagnostics)
        case .file(let failure): self = .file(failure)
        case .xml(let diagnostics): self = .xml(diagnostics)
        case .git: self = .knowledge(error)
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
        case .xml(let diagnostics): diagnostics.description
        case .knowledge(let error): error.description
        }
    }
}

/// Runs a file operation, a failure as `StorageError.file`.
@inline(__always) @discardableResult
func onFiles<T>(_ body: @autoclosure () throws(FileSupportError) -> T) throws(StorageError) -> T {
    do { return try body() } catch { throw .file(error) }
}

/// Runs a knowledge-layer operation, its failure as a `StorageError`.
@inline(__always) @discardableResult
func onKnowledge<T>(_ body: @autoclosure () throws(KnowledgeError) -> T) throws(StorageError) -> T {
    do { return try body() } catch { throw StorageError(error) }
}

/// Runs an XML operation, a failure as `StorageError.xml`.
@inline(__always) @discardableResult
func onXML<T>(_ body: @autoclosure () throws(XMLDiagnostics) -> T) throws(StorageError) -> T {
    do { return try body() } catch { throw .xml(error) }
}
