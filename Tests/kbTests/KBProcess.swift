import Foundation
import TestSupport

/// Runs the built `kb` executable, which sits beside the test bundle.
struct KBProcess {
    static let executable: String = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        return bundle.appendingPathComponent("kb").path
    }()

    struct Result {
        var status: Int32
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil)
        throws
        -> Result
    {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        return try run(executable: executable, arguments, environment: env, in: directory)
    }

    /// Runs any program with exactly `environment`, and waits for it.
    static func run(
        executable: String, _ arguments: [String], environment: [String: String], in directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self)
        )
    }
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

func temporaryDirectory(_ prefix: String) -> String {
    TemporaryFolder.make(prefix)
}

/// A copy of the shipped Knowledge/ in a temporary folder.
func copyOfShippedKnowledge() throws -> String {
    let target = temporaryDirectory("kb") + "/Knowledge"
    try FileManager.default.copyItem(atPath: repositoryRoot + "/Knowledge", toPath: target)
    // A history a developer's own kb runs left in the shipped folder is no part of it.
    for name in (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
    where name.hasPrefix(".kbgit") {
        try FileManager.default.removeItem(atPath: target + "/" + name)
    }
    return target
}

/// Every file under `root` (relative path → bytes), the lock file and the history's repository
/// (`.kbgit`) excluded.
func snapshot(_ root: String) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = root + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            relative != ".lock", !relative.hasPrefix(".kbgit")
        {
            files[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return files
}
