import Foundation
import Synchronization

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

    /// A git run that failed.
    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var errors: String
        var description: String {
            "git \(arguments.prefix(3).joined(separator: " ")) failed (\(status)): "
                + errors.trimmingCharacters(in: .whitespacesAndNewlines)
        }
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
    ) throws -> Result {
        guard let executable = GitCommand.executable else {
            throw Failure(
                arguments: arguments, status: 127,
                errors: "the knowledge history needs the git program; install it (apt-get install git)")
        }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        if !userConfiguration {
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        }
        for (key, value) in extra { environment[key] = value }
        var prefix: [String] = []
        if let gitDirectory { prefix.append("--git-dir=" + GitCommand.absolute(gitDirectory)) }
        if let workTree { prefix.append("--work-tree=" + GitCommand.absolute(workTree)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = prefix + arguments
        process.environment = environment
        if let workTree { process.currentDirectoryURL = URL(fileURLWithPath: GitCommand.absolute(workTree)) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        // stderr is drained on its own thread so a chatty git never blocks on a full pipe.
        let errors = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        let errorHandle = err.fileHandleForReading
        Thread.detachNewThread {
            let data = errorHandle.readDataToEndOfFile()
            errors.withLock { $0 = data }
            drained.signal()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: [UInt8](output),
            errors: String(decoding: errors.withLock { $0 }, as: UTF8.self))
    }

    /// `path` from the root, so the run does not depend on its working directory.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Runs `git ARGUMENTS` and throws unless it exits 0.
    @discardableResult
    func check(
        _ arguments: [String], environment: [String: String] = [:], userConfiguration: Bool = false
    ) throws -> Result {
        let result = try run(arguments, environment: environment, userConfiguration: userConfiguration)
        guard result.status == 0 else {
            throw Failure(arguments: arguments, status: result.status, errors: result.errors)
        }
        return result
    }
}
