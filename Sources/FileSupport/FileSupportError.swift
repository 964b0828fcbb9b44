import SystemPackage

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// A file operation that failed: which operation, on which path, and the system's reason.
///
/// Exists as FileSupport's one error type, so every module above can wrap it in a case of its
/// own and a front end can still say which file failed and why.
public struct FileSupportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done when the system refused.
    public enum Kind: Sendable, Equatable {
        /// Opening an existing file (to read, append or fsync it) failed.
        case open
        /// Creating (or truncating) a file to write it failed.
        case create
        /// Opening a folder to fsync its entries failed.
        case openDirectory
        /// Writing bytes to an open file failed (a full disk, say).
        case write
        /// Flushing a file or folder to stable storage failed.
        case fsync
        /// Renaming a file into place failed.
        case rename
        /// Reading a whole file failed (it is missing or unreadable).
        case read
        /// Creating a folder (and its parents) failed.
        case makeDirectory
        /// Opening a folder's lock file failed.
        case openLock
        /// Taking the exclusive lock on a folder's lock file failed.
        case lock

        /// The words the message uses for the operation.
        var operation: String {
            switch self {
            case .open: "open"
            case .create: "create"
            case .openDirectory: "open directory"
            case .write: "write"
            case .fsync: "fsync"
            case .rename: "rename"
            case .read: "read"
            case .makeDirectory: "create folder"
            case .openLock: "open lock"
            case .lock: "lock"
            }
        }
    }

    public var kind: Kind
    public var path: String
    /// The `errno` value the system gave.
    public var code: Int32

    /// `path: operation failed: reason`, as the CLI prints it.
    public var description: String {
        "\(path): \(kind.operation) failed: \(Errno(rawValue: code).description)"
    }

    public init(_ kind: Kind, path: String, code: Int32) {
        self.kind = kind
        self.path = path
        self.code = code
    }

    /// From an error swift-system threw (`Errno`); any other error counts as EIO.
    public init(_ kind: Kind, path: String, error: any Error) {
        self.init(kind, path: path, code: (error as? Errno)?.rawValue ?? EIO)
    }
}
