import Foundation
import Testing

/// The desk page in a real browser: `.ci/run` installs Debian's chromium, chromium-driver and
/// python3-selenium; `Browser/desk_browser_test.py` drives the page.
@Suite struct DeskBrowserTests {
    @Test func searchOpenToggleAndSendFeedbackInChromium() throws {
        let folder = try copyOfShippedKnowledge()
        let logs = temporaryDirectory("logs")
        let shots = temporaryDirectory("screenshots")
        let port = 18_000 + Int.random(in: 0..<2000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: KBProcess.executable)
        server.arguments = [
            "serve", "--knowledge", folder, "--port", "0", "--http-port", String(port), "--log-dir", logs,
        ]
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        usleep(1_000_000)
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        browser.arguments = [
            repositoryRoot + "/Tests/kbTests/Browser/desk_browser_test.py", "http://127.0.0.1:\(port)", shots,
        ]
        let output = Pipe()
        let errors = Pipe()
        browser.standardOutput = output
        browser.standardError = errors
        try browser.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        browser.waitUntilExit()
        #expect(browser.terminationStatus == 0, "\(failure)")
        let article = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(article.hasPrefix("forskola-"))
        // The feedback sent in the browser is what kb owners counts.
        let owners = try KBProcess.run(["owners", "--json", "--knowledge", folder, "--log-dir", logs])
        let rows = try #require(
            JSONSerialization.jsonObject(with: Data(owners.stdout.utf8)) as? [[String: Any]])
        #expect(
            rows.first { $0["owner"] as? String == "forskoleforvaltningen" }?["open_feedback"] as? Int == 1)
        for name in ["search", "article", "easy", "phone"] {
            #expect(FileManager.default.fileExists(atPath: shots + "/\(name).png"))
        }
    }
}
