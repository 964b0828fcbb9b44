import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File operations that survive a crash or power cut: write to a temporary file, fsync it,
/// rename it into place, fsync the directory.
///
/// Exists so that "nothing acknowledged is ever lost" has one implementation that every writer
/// (import, export, journal) shares.
package enum DurableFiles {
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var operation: String
        package var code: Int32

        package init(path: String, operation: String, code: Int32) {
            self.path = path
            self.operation = operation
            self.code = code
        }

        package var description: String {
            "\(path): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// Writes `bytes` to `path` atomically and durably.
    package static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        try writeFile(bytes, to: temporary)
        try rename(temporary, to: path)
        try syncDirectory(containing: path)
    }

    /// Writes `bytes` at `path` (no rename), fsync'd unless `sync` is false, in which case the
    /// caller makes it durable later with `syncFileSystem` (one call for a whole batch of files).
    package static func writeFile(_ bytes: [UInt8], to path: String, sync: Bool = true) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, operation: "create", code: errno) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
        if sync { try self.sync(fd: fd, path: path) }
    }

    /// Flushes every written file to disk (sync(2), which on Linux waits for the writes): the
    /// cheap way to make thousands of staged files durable before a commit record.
    package static func syncAll() {
        Glibc.sync()
    }

    /// Appends `bytes` to `path` (created if missing) and fsyncs before returning; the folder is
    /// fsync'd too when the file is new.
    package static func append(_ bytes: [UInt8], to path: String) throws {
        let isNew = !exists(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
        try sync(fd: fd, path: path)
        if isNew { try syncDirectory(containing: path) }
    }

    /// Writes all of `bytes` to `fd`, retrying short and interrupted writes.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, operation: "write", code: errno)
            }
            offset += written
        }
    }

    /// fsyncs an existing file.
    package static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        try sync(fd: fd, path: path)
    }

    package static func syncDirectory(containing path: String) throws {
        try syncDirectory((path as NSString).deletingLastPathComponent)
    }

    package static func syncDirectory(_ directory: String) throws {
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: directory, operation: "open directory", code: errno) }
        defer { close(fd) }
        try sync(fd: fd, path: directory)
    }

    private static func sync(fd: Int32, path: String) throws {
        if fsync(fd) != 0 { throw Failure(path: path, operation: "fsync", code: errno) }
    }

    package static func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 { throw Failure(path: to, operation: "rename", code: errno) }
    }

    package static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, operation: "read", code: errno == 0 ? ENOENT : errno)
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

    package static func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    package static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The names of the entries in `directory`, sorted; empty when it does not exist.
    package static func list(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}

/// An exclusive advisory lock on a file, held until `release()` or process exit.
///
/// Exists so two imports into one folder never interleave; a killed process's lock is released
/// by the kernel.
package final class FolderLock {
    private let fd: Int32

    package init(path: String) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DurableFiles.Failure(path: path, operation: "open lock", code: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                close(fd)
                throw DurableFiles.Failure(path: path, operation: "lock", code: errno)
            }
        }
    }

    package func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
