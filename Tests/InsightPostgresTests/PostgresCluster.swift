import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private PostgreSQL 15 cluster for one test: its data and its unix socket in a temporary
/// folder, no TCP port. PostgreSQL refuses to run as root, so when the tests run as root (CI)
/// the cluster's programs run as the `postgres` user, which owns the folder.
final class PostgresCluster: @unchecked Sendable {
    static let binaries = "/usr/lib/postgresql/15/bin"

    /// Whether the binaries are here (and, as root, the user to run them as).
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: binaries + "/initdb")
            && (getuid() != 0 || getpwnam("postgres") != nil)
    }

    static let unavailableReason =
        "PostgreSQL 15 is not installed (\(binaries)/initdb; Debian package postgresql): the event store tests need it"

    /// The folder with `data/`, the server's log and its socket.
    let directory: String
    var data: String { directory + "/data" }
    private var running = false

    /// `postgres:///kb?host=<socket folder>` as `--events` takes it.
    var url: String { "postgres://postgres@/kb?host=\(directory)" }

    init() throws {
        directory = "/tmp/kbpg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        if getuid() == 0, let user = getpwnam("postgres") {
            guard chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw Failure(message: "chown \(directory) to postgres failed")
            }
        }
        try run(
            "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"])
        try start()
        try run("createdb", ["-h", directory, "-U", "postgres", "kb"])
    }

    deinit {
        if running { try? stop() }
        try? FileManager.default.removeItem(atPath: directory)
    }

    func start() throws {
        let status = try spawnAndWait(
            (getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + [
                Self.binaries + "/pg_ctl", "-D", data, "-l", directory + "/server.log", "-w", "-t", "60",
                "-o", "-k \(directory) -c listen_addresses='' -c fsync=off", "start",
            ])
        guard status == 0 else {
            let output = (try? String(contentsOfFile: directory + "/pg_ctl.out", encoding: .utf8)) ?? ""
            let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
            throw Failure(message: "pg_ctl start failed (\(status)): \(output)\n\(log)")
        }
        running = true
    }

    /// Runs `arguments` with posix_spawn and waits for it. Foundation's `Process` is not used to
    /// start the server: the daemon pg_ctl leaves behind inherits the descriptor `Process` watches
    /// for the child's exit, and `waitUntilExit` would wait for the server to stop.
    private func spawnAndWait(_ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, directory + "/pg_ctl.out", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(message: "posix_spawn \(arguments[0]): \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(message: "waitpid: \(errno)") }
        }
        return (status >> 8) & 0xFF
    }

    func stop() throws {
        try run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"])
        running = false
    }

    /// Runs `sql` in database `kb` and returns psql's unaligned output, rows on lines.
    @discardableResult
    func query(_ sql: String) throws -> String {
        try run(
            "psql",
            [
                "-h", directory, "-U", "postgres", "-d", "kb", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-c", sql,
            ]
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs one of the cluster's programs (as `postgres` when root) and returns its output.
    @discardableResult
    func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", Self.binaries + "/" + program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binaries + "/" + program)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                message: "\(program) failed (\(process.terminationStatus)): "
                    + String(decoding: err + out, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Polls `condition` every 50 ms until it holds or `seconds` pass; returns whether it held.
func eventually(within seconds: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}
