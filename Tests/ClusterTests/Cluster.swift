import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One `kb serve` of the loopback cluster: its process, the ports it reported, and the arguments
/// that start it again on the same ports.
struct KBServer {
    let child: Child
    let port: Int
    let httpPort: Int
    let arguments: [String]
}

/// The loopback cluster the replication test runs: where things are, and how to start each part.
/// kb servers bind port 0 and print the ports they got; HAProxy's front ends get ports that were
/// free a moment ago (`Loopback.freePort`).
struct Cluster {
    let work: String
    let children = Children()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The built `kb`, beside the test bundle.
    static let kb: String = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("kb").path

    /// A program on PATH (or the usual sbin folders, where Debian puts haproxy), if installed.
    static func program(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin", "/sbin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `kb` to the end (for commands that are not servers) and returns its status and output.
    func runKB(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let child = try children.start("kb " + (arguments.first ?? ""), executable: Self.kb, arguments)
        child.process.waitUntilExit()
        while !child.output.isClosed { usleep(1000) }
        return (child.process.terminationStatus, child.output.text)
    }

    /// Starts `kb serve` and waits until it prints the query server's line; the desk page's line
    /// comes before it.
    func serve(_ name: String, _ arguments: [String]) throws -> KBServer {
        let child = try children.start(name, executable: Self.kb, ["serve"] + arguments)
        let ports = try waitFor("\(name) to print its ports", within: 60) { () throws -> (Int, Int)? in
            let text = child.output.text
            if let resp = Self.port(in: text, after: "Frågeservern (RESP): 127.0.0.1:"),
                let http = Self.port(in: text, after: "Skrivbordssidan: http://127.0.0.1:")
            {
                return (resp, http)
            }
            guard child.process.isRunning else {
                throw WaitTimedOut(description: "\(name) exited: \(child.output.tail())")
            }
            return nil
        }
        return KBServer(child: child, port: ports.0, httpPort: ports.1, arguments: arguments)
    }

    /// Starts a server again with its old arguments, on the ports it had.
    func restart(_ server: KBServer, as name: String) throws -> KBServer {
        var arguments = server.arguments
        for (option, value) in [("--port", server.port), ("--http-port", server.httpPort)] {
            if let index = arguments.firstIndex(of: option) { arguments[index + 1] = String(value) }
        }
        let started = try serve(name, arguments)
        guard started.port == server.port, started.httpPort == server.httpPort else {
            throw WaitTimedOut(description: "\(name) came back on other ports")
        }
        return started
    }

    static func port(in text: String, after prefix: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        guard text[range.upperBound...].count > digits.count else { return nil }  // the whole number
        return Int(digits)
    }

    /// HAProxy's front-end ports and its stats socket.
    struct Balancer {
        let child: Child
        let readPort: Int
        let writePort: Int
        let deskPort: Int
        let statsSocket: String

        /// `show stat`: each server's row by "backend/server", as column name → value.
        func servers() throws -> [String: [String: String]] {
            let csv = try Loopback.haproxy(socketPath: statsSocket, "show stat")
            let lines = csv.split(separator: "\n")
            guard let header = lines.first, header.hasPrefix("# ") else {
                throw LoopbackFailure.malformed(String(csv.prefix(80)))
            }
            let columns = header.dropFirst(2).split(separator: ",", omittingEmptySubsequences: false)
                .map(String.init)
            var rows: [String: [String: String]] = [:]
            for line in lines.dropFirst() {
                let values = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard values.count >= 2 else { continue }
                rows[values[0] + "/" + values[1]] = Dictionary(
                    zip(columns, values), uniquingKeysWith: { first, _ in first })
            }
            return rows
        }

        /// Whether the named servers' health checks all say `status` ("UP", "DOWN").
        func all(_ names: [String], are status: String) throws -> Bool? {
            let rows = try servers()
            return names.allSatisfy { rows[$0]?["status"] == status } ? true : nil
        }
    }

    /// HAProxy with the operator's example (`deploy/haproxy.cfg`), its addresses rewritten to the
    /// loopback servers, plus a stats socket. When a front-end port was taken between
    /// `freePort` and HAProxy's bind, it tries again with new ports (three times).
    func balance(
        haproxy: String, primary: KBServer, replicas: [KBServer]
    ) throws -> Balancer {
        let example = try String(contentsOfFile: Self.repositoryRoot + "/deploy/haproxy.cfg", encoding: .utf8)
        var lastOutput = ""
        for attempt in 1...3 {
            let (read, write, desk) = (Loopback.freePort(), Loopback.freePort(), Loopback.freePort())
            let socket = work + "/haproxy-\(attempt).sock"
            let replacements: [(String, String)] = [
                ("\nglobal\n", "\nglobal\n    stats socket \(socket) mode 600 level admin\n"),
                ("bind :6379\n", "bind 127.0.0.1:\(read)\n"),
                ("bind :6380\n", "bind 127.0.0.1:\(write)\n"),
                ("bind :80\n", "bind 127.0.0.1:\(desk)\n"),
                ("10.0.0.10:7379", "127.0.0.1:\(primary.port)"),
                ("10.0.0.11:7379", "127.0.0.1:\(replicas[0].port)"),
                ("10.0.0.12:7379", "127.0.0.1:\(replicas[1].port)"),
                ("10.0.0.10:8080", "127.0.0.1:\(primary.httpPort)"),
                ("10.0.0.11:8080", "127.0.0.1:\(replicas[0].httpPort)"),
                ("10.0.0.12:8080", "127.0.0.1:\(replicas[1].httpPort)"),
            ]
            var configuration = example
            for (example, loopback) in replacements {
                guard configuration.contains(example) else {
                    throw WaitTimedOut(description: "deploy/haproxy.cfg no longer has “\(example)”")
                }
                configuration = configuration.replacingOccurrences(of: example, with: loopback)
            }
            let path = work + "/haproxy-\(attempt).cfg"
            try configuration.write(toFile: path, atomically: true, encoding: .utf8)
            let child = try children.start("haproxy", executable: haproxy, ["-f", path, "-db"])
            let balancer = Balancer(
                child: child, readPort: read, writePort: write, deskPort: desk, statsSocket: socket)
            let listening = try waitFor("HAProxy to listen", within: 30) { () -> Bool? in
                if !child.process.isRunning { return false }
                return (try? balancer.servers()) != nil ? true : nil
            }
            if listening { return balancer }
            child.killHard()
            lastOutput = child.output.tail()
            guard lastOutput.contains("cannot bind") else { break }
        }
        throw WaitTimedOut(description: "HAProxy did not start: \(lastOutput)")
    }
}
