import Foundation
import SystemPackage

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// File operations that survive a crash or power cut: write to a temporary file, fsync it,
/// rename it into place, fsync the directory.
///
/// Exists so that "nothing acknowledged is ever lost" has one implementation that every writer
/// (import, export, journal) shares. Files are opened, written and closed through swift-system;
/// the flush itself and rename(2), which swift-system does not offer, are the C calls of the
/// platform: fsync(2) on Linux, `F_FULLFSYNC` on macOS (whose fsync leaves data in the drive's
/// cache). Only the files and folders written are flushed, never the whole host.
package enum DurableFiles {
    /// Writes `bytes` to `path` atomically and durably.
    package static func write(_ bytes: [UInt8], to path: String) throws(FileSupportError) {
        let temporary = path + ".tmp-\(getpid())"
        try writeFile(bytes, to: temporary)
        try rename(temporary, to: path)
        try syncDirectory(containing: path)
    }

    /// Writes `bytes` at `path` (no rename), fsync'd unless `sync` is false, in which case the
    /// caller makes it durable later with `syncFiles` (a whole batch of files at once).
    package static func writeFile(_ bytes: [UInt8], to path: String, sync: Bool = true)
        throws(FileSupportError)
    {
        let file = try open(path, .writeOnly, options: [.create, .truncate], operation: .create)
        try closing(file, path) { () throws(FileSupportError) in
            do { _ = try file.writeAll(bytes) } catch {
                throw FileSupportError(.write, path: path, error: error)
            }
            if sync { try flush(file, path: path) }
        }
    }

    /// Makes files written with `sync: false` under `root` durable: each file is flushed, then
    /// each folder from theirs up to `root` (their entries), children before parents.
    package static func syncFiles(_ paths: [String], under root: String) throws(FileSupportError) {
        for path in paths { try syncFile(path) }
        var folders = Set<String>()
        for path in paths {
            var folder = parent(path)
            while folders.insert(folder).inserted, folder.count > root.count, folder.hasPrefix(root) {
                folder = parent(folder)
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { try syncDirectory(folder) }
    }

    /// Makes a folder written without flushing durable: every file and folder under `root`,
    /// and `root` itself, fsync'd, children before their folder (a new git directory, say).
    package static func syncTree(_ root: String) throws(FileSupportError) {
        for name in list(root) {
            let path = root + "/" + name
            if isDirectory(path) { try syncTree(path) } else { try syncFile(path) }
        }
        try syncDirectory(root)
    }

    /// Appends `bytes` to `path` (created if missing) and fsyncs before returning; the folder is
    /// fsync'd too when the file is new.
    package static func append(_ bytes: [UInt8], to path: String) throws(FileSupportError) {
        let isNew = !exists(path)
        let file = try open(path, .writeOnly, options: [.create, .append], operation: .open)
        try closing(file, path) { () throws(FileSupportError) in
            do { _ = try file.writeAll(bytes) } catch {
                throw FileSupportError(.write, path: path, error: error)
            }
            try flush(file, path: path)
        }
        if isNew { try syncDirectory(containing: path) }
    }

    /// fsyncs an existing file.
    package static func syncFile(_ path: String) throws(FileSupportError) {
        let file = try open(path, .readOnly, options: [], operation: .open)
        try closing(file, path) { () throws(FileSupportError) in try flush(file, path: path) }
    }

    package static func syncDirectory(containing path: String) throws(FileSupportError) {
        try syncDirectory(parent(path))
    }

    package static func syncDirectory(_ directory: String) throws(FileSupportError) {
        let path = directory.isEmpty ? "." : directory
        let file = try open(path, .readOnly, options: [.directory], operation: .openDirectory)
        try closing(file, path) { () throws(FileSupportError) in try flush(file, path: path) }
    }

    private static func open(
        _ path: String, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
        operation: FileSupportError.Kind
    ) throws(FileSupportError) -> FileDescriptor {
        do {
            return try FileDescriptor.open(
                FilePath(path), mode, options: options.union(.closeOnExec),
                permissions: [.ownerReadWrite, .groupRead, .otherRead], retryOnInterrupt: true)
        } catch {
            throw FileSupportError(operation, path: path, error: error)
        }
    }

    /// Runs `body` and closes `file` whatever happens.
    private static func closing(
        _ file: FileDescriptor, _ path: String, _ body: () throws(FileSupportError) -> Void
    ) throws(FileSupportError) {
        defer { try? file.close() }
        try body()
    }

    /// Flushes `file`'s data and metadata to stable storage.
    private static func flush(_ file: FileDescriptor, path: String) throws(FileSupportError) {
        #if canImport(Darwin)
            // fsync on macOS only hands the data to the drive; F_FULLFSYNC asks it to write it.
            // Some file systems (network, FUSE) refuse F_FULLFSYNC: fall back to fsync there.
            if fcntl(file.rawValue, F_FULLFSYNC) == 0 { return }
        #endif
        if fsync(file.rawValue) != 0 { throw FileSupportError(.fsync, path: path, code: errno) }
    }

    /// A plain descriptor for a caller that reads or appends by itself (the query log); -1 with
    /// `errno` set when it cannot be opened. New files get mode 0644.
    package static func openDescriptor(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Darwin)
            Darwin.open(path, flags, 0o644)
        #else
            Glibc.open(path, flags, 0o644)
        #endif
    }

    package static func rename(_ from: String, to: String) throws(FileSupportError) {
        #if canImport(Darwin)
            let result = Darwin.rename(from, to)
        #else
            let result = Glibc.rename(from, to)
        #endif
        if result != 0 { throw FileSupportError(.rename, path: to, code: errno) }
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func read(_ path: String) throws(FileSupportError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileSupportError(.read, path: path, code: errno == 0 ? ENOENT : errno)
        }
        return [UInt8](data)
    }

    package static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    package static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// Creates `path` and any missing parents (mode 0777 less the umask); nothing when it
    /// exists. A failure names the folder that could not be made.
    package static func makeDirectory(_ path: String) throws(FileSupportError) {
        if isDirectory(path) { return }
        let up = parent(path)
        if up != path, up != ".", up != "/", !exists(up) { try makeDirectory(up) }
        if mkdir(path, 0o777) != 0 {
            let code = errno
            if code == EEXIST, isDirectory(path) { return }
            throw FileSupportError(.makeDirectory, path: path, code: code)
        }
    }

    package static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The names of the entries in `directory`, sorted; empty when it does not exist.
    package static func list(_ directory: String) -> [String] {
        DirectoryNames(reading: directory).strings.sorted()
    }
}

/// An exclusive advisory lock on a file, held until `release()` or process exit.
///
/// Exists so two imports into one folder never interleave; a killed process's lock is released
/// by the kernel.
package final class FolderLock {
    private let fd: Int32

    package init(path: String) throws(FileSupportError) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSupportError(.openLock, path: path, code: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                close(fd)
                throw FileSupportError(.lock, path: path, code: errno)
            }
        }
    }

    package func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
