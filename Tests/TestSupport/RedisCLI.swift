import Foundation

/// Runs Debian's `redis-cli` against a port, as an operator would.
///
/// Exists because several suites show that a real Redis client talks to `kb serve`; they share
/// how it is started and read.
public enum RedisCLI {
    /// `redis-cli -p port arguments…`: its standard output and exit status.
    public static func run(port: Int, _ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["redis-cli", "-p", String(port)] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
