import FileSupport

/// Why recording what the desks ask and say failed.
///
/// Exists as Insight's one error type (every public throwing function says
/// `throws(InsightError)`): the query, click and feedback logs and the learned associations
/// fail in these ways and no other. (A refused click is not an error but a value,
/// `ClickRefusal`, that the click log returns.)
public enum InsightError: Error, Sendable, CustomStringConvertible {
    /// A log file or its folder could not be created, written, flushed or opened.
    case file(FileSupportError)
    /// The query or click log could not write buffered events since its last flush (the
    /// message, and how many events were lost; the log goes on).
    case logNotWritten(message: String, dropped: Int)

    public var description: String {
        switch self {
        case .file(let failure): failure.description
        case .logNotWritten(let message, let dropped):
            "query log: \(message) (\(dropped) event(s) not written)"
        }
    }
}

/// Runs a file operation, a failure as `InsightError.file`.
@inline(__always) @discardableResult
func onFiles<T>(_ body: @autoclosure () throws(FileSupportError) -> T) throws(InsightError) -> T {
    do { return try body() } catch { throw .file(error) }
}
