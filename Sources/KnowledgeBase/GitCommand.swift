import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the `git` program on a knowledge folder's own repository.
///
/// Exists so the knowledge history is kept by git itself rather than by a home-made store: the
/// `git` command (not libgit2) because it is what operators already use to inspect a repository,
/// it speaks every transport a replica may follow (file, ssh with the operator's keys, https) and
/// it fsyncs objects and refs (`core.fsync`). A process per step costs a few milliseconds, small
/// beside the fsyncs of an import. Every run is hermetic: the repository and work tree are named
/// explicitly, `GIT_*` variables of the caller are dropped and, for writes, the user's and the
/// system's configuration are ignored, so a test or a hook never reaches another repository.
struct GitCommand: Sendable {
    /// The repository (`--git-dir`); nil for commands that need none (`diff --no-index`).
    let gitDirectory: String?
    /// The work tree, or nil for commands that need none.
    let workTree: String?

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var output: [UInt8]
        var errors: String
        var text: String { String(decoding: output, as: UTF8.self) }
        var line: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Where `git` is, from `PATH`; nil when it is not installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Runs `git ARGUMENTS` and returns what it printed, whatever its exit status.
    /// `environment` adds variables (an author); `userConfiguration` keeps the operator's own
    /// settings (credentials and ssh for fetching from a primary).
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], userConfiguration: Bool = false
    ) throws(KnowledgeError) -> Result {
        guard let executable = GitCommand.executable else {
            throw KnowledgeError.git(
                arguments: arguments, status: 127,
                errors: "the knowledge history needs the git program; install it (apt-get install git)")
        }
        // Fetching keeps how the operator reaches the primary (an ssh command and key).
        let kept: Set<String> = userConfiguration ? ["GIT_SSH_COMMAND", "GIT_SSH", "GIT_ASKPASS"] : []
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("GIT_") || kept.contains($0.key)
        }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        if !userConfiguration {
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        }
        for (key, value) in extra { environment[key] = value }
        var prefix: [String] = []
        if let workTree { prefix += ["-C", GitCommand.absolute(workTree)] }
        if let gitDirectory { prefix.append("--git-dir=" + GitCommand.absolute(gitDirectory)) }
        if let workTree { prefix.append("--work-tree=" + GitCommand.absolute(workTree)) }
        let arguments = [executable] + prefix + arguments
        let (status, output, errors) = try Self.spawn(
            executable, arguments, environment: environment.map { $0.key + "=" + $0.value })
        return Result(status: status, output: output, errors: String(decoding: errors, as: UTF8.self))
    }

    /// posix_spawn and waitpid, reading standard output and error through one poll loop.
    /// (Foundation's `Process` waits for a child in 50 ms run-loop steps, which an import of a
    /// few git steps would feel.)
    private static func spawn(_ executable: String, _ arguments: [String], environment: [String])
        throws(KnowledgeError) -> (Int32, [UInt8], [UInt8])
    {
        var out: [Int32] = [-1, -1]
        var err: [Int32] = [-1, -1]
        guard pipe(&out) == 0 else {
            throw KnowledgeError.git(arguments: arguments, status: -1, errors: "pipe")
        }
        guard pipe(&err) == 0 else {
            close(out[0])
            close(out[1])
            throw KnowledgeError.git(arguments: arguments, status: -1, errors: "pipe")
        }
        for fd in out + err { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(out[1])
        close(err[1])
        defer {
            close(out[0])
            close(err[0])
        }
        guard spawned == 0 else {
            throw KnowledgeError.git(
                arguments: arguments, status: -1, errors: String(cString: strerror(spawned)))
        }
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var open = [out[0], err[0]]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &chunk, chunk.count)
                if count > 0 {
                    if entry.fd == out[0] { output += chunk[0..<count] } else { errors += chunk[0..<count] }
                } else if count == 0 || errno != EINTR {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output, errors)
    }

    /// `path` from the root, so the run does not depend on its working directory.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Runs `git ARGUMENTS` and throws unless it exits 0.
    @discardableResult
    func check(
        _ arguments: [String], environment: [String: String] = [:], userConfiguration: Bool = false
    ) throws(KnowledgeError) -> Result {
        let result = try run(arguments, environment: environment, userConfiguration: userConfiguration)
        guard result.status == 0 else {
            throw KnowledgeError.git(arguments: arguments, status: result.status, errors: result.errors)
        }
        return result
    }
}
