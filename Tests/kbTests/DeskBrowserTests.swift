import Foundation
import Testing

/// The desk page in a real browser: `.ci/run` installs Debian's chromium, chromium-driver and
/// python3-selenium; `Browser/desk_browser_test.py` drives the page.
@Suite struct DeskBrowserTests {
    @Test func searchOpenBackToggleAndSendFeedbackInChromium() throws {
        let folder = try copyOfShippedKnowledge()
        let logs = temporaryDirectory("logs")
        let shots =
            ProcessInfo.processInfo.environment["DESK_SCREENSHOTS"] ?? temporaryDirectory("screenshots")
        let tokens = temporaryDirectory("tokens") + "/tokens"
        try FileManager.default.createDirectory(
            atPath: (tokens as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "forskoleforvaltningen forskola-nyckel\n".write(toFile: tokens, atomically: true, encoding: .utf8)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: KBProcess.executable)
        server.arguments = [
            "serve", "--knowledge", folder, "--port", "0", "--http-port", "0", "--log-dir", logs,
            "--auth-file", tokens,
        ]
        let announced = Pipe()
        server.standardOutput = announced
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            if server.isRunning {
                server.terminate()
                server.waitUntilExit()
            }
        }
        // The server prints the desk page's address once it listens.
        let url = try #require(Self.deskAddress(announced.fileHandleForReading))

        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        browser.arguments = [
            repositoryRoot + "/Tests/kbTests/Browser/desk_browser_test.py", url, shots, "forskola-nyckel",
        ]
        // Chromium leaves its own scratch folder under TMPDIR; inside one of ours it goes at exit.
        browser.environment = ProcessInfo.processInfo.environment.merging(
            ["TMPDIR": temporaryDirectory("browser")], uniquingKeysWith: { $1 })
        let output = Pipe()
        let errors = Pipe()
        browser.standardOutput = output
        browser.standardError = errors
        try browser.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        browser.waitUntilExit()
        #expect(browser.terminationStatus == 0, "\(failure)")
        let lines = printed.split(separator: "\n").map(String.init)
        let article = lines.first { $0.hasPrefix("feedback: ") }.map { String($0.dropFirst(10)) } ?? ""
        #expect(article.hasPrefix("forskola-"))
        // The feedback sent in the browser is what kb owners counts.
        let owners = try KBProcess.run(["owners", "--json", "--knowledge", folder, "--log-dir", logs])
        let rows = try #require(
            JSONSerialization.jsonObject(with: Data(owners.stdout.utf8)) as? [[String: Any]])
        #expect(
            rows.first { $0["owner"] as? String == "forskoleforvaltningen" }?["open_feedback"] as? Int == 1)
        for name in ["search", "article", "easy", "phone-390", "zoom-200", "owner-390", "report-390"] {
            #expect(FileManager.default.fileExists(atPath: shots + "/\(name).png"))
        }

        // The log holds the settled searches, each once, and none of the keystrokes before them.
        server.terminate()  // SIGTERM: the server writes its log and stops
        server.waitUntilExit()
        let expected = lines.filter { $0.hasPrefix("logged: ") }.map { String($0.dropFirst(8)) }
        #expect(expected.count == 3)
        let logged = try Self.loggedSearches(logs)
        #expect(logged == expected)
    }

    /// The address in "Skrivbordssidan: http://…/", read from the server's output as it comes.
    static func deskAddress(_ handle: FileHandle) -> String? {
        var text = ""
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }  // the server ended without announcing
            text += String(decoding: chunk, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Skrivbordssidan: ") }) {
                var address = String(line.dropFirst("Skrivbordssidan: ".count))
                if address.hasSuffix("/") { address.removeLast() }
                return address
            }
        }
    }

    /// "channel\tquery" of each logged search, oldest first.
    static func loggedSearches(_ logs: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: logs).filter {
            $0.hasPrefix("queries-")
        }.sorted()
        return try names.flatMap { name in
            try String(contentsOfFile: logs + "/" + name, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { line in
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    return "\(fields[1])\t\(fields[2])"
                }
        }
    }
}
