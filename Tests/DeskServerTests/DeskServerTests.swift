import Foundation
import Insight
import KnowledgeBase
import KnowledgeStorage
import Logging
import QueryServer
import Rendering
import ServerRuntime
import TestSupport
import Testing

@testable import DeskServer

#if canImport(Glibc)
    import Glibc
#endif

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The desk page over real HTTP on loopback, beside a query server on a private copy of Knowledge/.
final class DeskFixture {
    let folder: String
    let logs: String
    let server: QueryServer
    let port: Int

    init(options: DeskOptions = DeskOptions()) throws {
        let base = TemporaryFolder.make("desk")
        folder = base + "/Knowledge"
        logs = base + "/Logs"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Knowledge", toPath: folder)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let configuration = ServerConfiguration(
            port: 0, folder: KnowledgeFolder(root: folder),
            tokens: AuthTokens(scoped: [
                (.owner("forskoleforvaltningen"), "forskola-nyckel"), (.admin, "admin-nyckel"),
            ]),
            eventLoopThreads: 1, logDirectory: logs)
        server = QueryServer(
            configuration: configuration, store: try KnowledgeStore(folder: KnowledgeFolder(root: folder)),
            logger: logger)
        try server.start()
        port = try DeskServer.start(
            beside: server.runtime, host: "127.0.0.1", port: 0, options: options, logger: logger)
    }

    deinit { server.shutdown() }

    /// Sends one HTTP/1.1 request and returns the whole response (the server closes it).
    func request(_ method: String, _ path: String, body: String = "", headers: [String] = []) throws -> String
    {
        try LoopbackTCP.http(port: port, method, path, body: body, headers: headers, host: "localhost")
    }
}

@Suite(.serialized) struct DeskServerTests {
    @Test func searchPageRendersHitsWithoutJavaScript() throws {
        let desk = try DeskFixture()
        let response = try desk.request("GET", "/?q=dagis+ko&channel=library")
        #expect(response.hasPrefix("HTTP/1.1 200 OK"))
        #expect(response.contains("<html lang=\"sv\">"))
        #expect(response.contains("<form class=\"search\" role=\"search\" action=\"/\" method=\"get\">"))
        #expect(response.contains("href=\"/articles/forskola-"))
        #expect(response.contains("<mark>"))
        #expect(response.contains("href=\"tel:"))
        #expect(response.contains("granskas senast 20"))
        #expect(!response.contains("<script>"))  // only the external, deferred script
        // Every response carries the security headers.
        #expect(response.contains("Content-Security-Policy: default-src 'self'; script-src 'self'"))
        #expect(response.contains("X-Content-Type-Options: nosniff"))
        // The search was logged with its channel.
        try desk.server.queryLog?.flush()
        let events = QueryLog(directory: desk.logs).events(since: nil, channel: "library")
        #expect(events.contains { $0.query == "dagis ko" })
    }

    @Test func articlePageEscapesAndTogglesEasyRead() throws {
        let desk = try DeskFixture()
        // An article whose title holds markup.
        let path = desk.folder + "/articles/trygghetslarm.xml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<title>Trygghetslarm</title>",
            with: "<title>Trygghetslarm &lt;b&gt;nytt&lt;/b&gt; &amp; mer</title>")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        _ = desk.server.store.reload()
        let page = try desk.request("GET", "/articles/trygghetslarm")
        #expect(page.contains("<h1>Trygghetslarm &lt;b&gt;nytt&lt;/b&gt; &amp; mer</h1>"))
        #expect(!page.contains("<b>nytt</b>"))
        #expect(page.contains("Visa lättläst text"))
        let easy = try desk.request("GET", "/articles/trygghetslarm?easy=1")
        #expect(easy.contains("<h2 id=\"easy\">Lättläst</h2>"))
        #expect(try desk.request("GET", "/articles/finns-inte").hasPrefix("HTTP/1.1 404"))
    }

    @Test func feedbackIsStoredAndRedirects() throws {
        let desk = try DeskFixture()
        let response = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=outdated&comment=Priset+%C3%A4r+nytt")
        #expect(response.hasPrefix("HTTP/1.1 303"))
        #expect(response.contains("Location: /articles/trygghetslarm?sent=1"))
        let events = FeedbackStore(directory: desk.logs).all()
        #expect(events.count == 1 && events[0].kind == .outdated && events[0].comment == "Priset är nytt")
        let json = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=helpful",
            headers: ["Accept: application/json"])
        #expect(json.hasSuffix("{\"ok\":true}"))
        #expect(
            try desk.request("POST", "/api/feedback", body: "id=trygghetslarm&kind=bra").hasPrefix(
                "HTTP/1.1 400"))
    }

    @Test func jsonAPI() throws {
        let desk = try DeskFixture()
        let search = try desk.request("GET", "/api/search?q=skriva%20ut%20kontoutdrag&limit=1")
        let body = try #require(search.components(separatedBy: "\r\n\r\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(
            (object["hits"] as? [[String: Any]])?.first?["id"] as? String
                == "skriva-ut-kontoutdrag-pa-biblioteket")
        #expect(try desk.request("GET", "/api/articles/trygghetslarm").contains("\"id\":\"trygghetslarm\""))
        #expect(try desk.request("GET", "/api/suggest?q=trygg").contains("trygghetslarm"))
        #expect(try desk.request("GET", "/assets/desk.js").contains("ArrowDown"))
    }

    @Test func oversizedRequestsAreRefused() throws {
        let desk = try DeskFixture()
        let body = "id=x&comment=" + String(repeating: "a", count: 20_000)
        #expect(try desk.request("POST", "/api/feedback", body: body).hasPrefix("HTTP/1.1 413"))
        #expect(
            try desk.request("GET", "/?q=" + String(repeating: "a", count: 5_000)).hasPrefix("HTTP/1.1 413"))
    }
}

@Suite(.serialized) struct OwnerViewTests {
    /// The Set-Cookie value of a response, without attributes.
    func session(_ response: String) -> String? {
        for line in response.components(separatedBy: "\r\n") where line.hasPrefix("Set-Cookie: kb_session=") {
            return String(line.dropFirst("Set-Cookie: ".count).split(separator: ";")[0])
        }
        return nil
    }

    @Test func aFörvaltningLogsInAndSeesItsOwnWork() throws {
        let desk = try DeskFixture()
        #expect(try desk.request("GET", "/owner").contains("Förvaltningens nyckel"))
        #expect(try desk.request("POST", "/owner/login", body: "token=fel").hasPrefix("HTTP/1.1 401"))
        // Feedback and a gap to see.
        _ = try desk.request(
            "POST", "/api/feedback", body: "id=forskola-ob-omsorg&kind=outdated&comment=Nya+tider")
        _ = try desk.request("GET", "/?q=simhall+oppettider&channel=library")
        let login = try desk.request("POST", "/owner/login", body: "token=forskola-nyckel")
        #expect(login.hasPrefix("HTTP/1.1 303"))
        #expect(login.contains("HttpOnly") && login.contains("SameSite=Strict"))
        let cookie = try #require(session(login))
        let view = try desk.request("GET", "/owner", headers: ["Cookie: \(cookie)"])
        #expect(view.contains("Förvaltningens vy: Förskoleförvaltningen"))
        #expect(view.contains("forskola-ob-omsorg"))  // due for review, and its feedback
        #expect(view.contains("Nya tider"))
        #expect(!view.contains("trygghetslarm"))  // another owner's article
        let report = try desk.request("GET", "/owner/report", headers: ["Cookie: \(cookie)"])
        #expect(report.hasPrefix("HTTP/1.1 200") && report.contains("<svg"))
        #expect(report.contains("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"))
        let logout = try desk.request("POST", "/owner/logout", headers: ["Cookie: \(cookie)"])
        #expect(logout.contains("Max-Age=0"))
        #expect(
            try desk.request("GET", "/owner", headers: ["Cookie: \(cookie)"]).contains(
                "Förvaltningens nyckel"))
    }

    /// The owner view comes from templates: what a guide typed is shown as text, never markup.
    @Test func theOwnerViewEscapesWhatWasTyped() throws {
        let desk = try DeskFixture()
        _ = try desk.request(
            "POST", "/api/feedback",
            body: "id=forskola-ob-omsorg&kind=unclear&comment=%3Cscript%3Ex()%3C%2Fscript%3E+%26+%22mer%22")
        let cookie = try #require(
            session(try desk.request("POST", "/owner/login", body: "token=forskola-nyckel")))
        let view = try desk.request("GET", "/owner", headers: ["Cookie: \(cookie)"])
        #expect(view.contains("&lt;script&gt;x()&lt;/script&gt; &amp; &quot;mer&quot;"))
        #expect(!view.contains("<script>x()"))
        #expect(view.contains("<h2>Återkoppling från disken</h2><ul class=\"feedback-list\">"))
    }

    /// The desk's report page is `kb report`'s page: the same gathering (all logged days, all
    /// feedback, gaps searched again in an index of the folder) and the same rendering, so a
    /// förvaltning never sees other figures on the desk than in the exported report.
    @Test func theReportPageIsWhatKbReportWrites() throws {
        let desk = try DeskFixture()
        _ = try desk.request(
            "POST", "/api/feedback", body: "id=forskola-ob-omsorg&kind=outdated&comment=Nya+tider")
        _ = try desk.request("GET", "/?q=simhall+oppettider&channel=library")
        _ = try desk.request("GET", "/?q=dagis+ko&channel=contact-center")
        let cookie = try #require(
            session(try desk.request("POST", "/owner/login", body: "token=admin-nyckel")))
        let response = try desk.request("GET", "/owner/report", headers: ["Cookie: \(cookie)"])
        let headEnd = try #require(response.range(of: "\r\n\r\n"))
        let page = String(response[headEnd.upperBound...])
        // What `kb report --log-dir` does (ReportCommand.run), without writing the file.
        let knowledge = desk.server.store.snapshot.knowledge
        let written = HTMLReport(
            CityReport.gather(
                knowledge: knowledge, index: KnowledgeIndex(knowledge: knowledge),
                log: QueryLog(directory: desk.logs),
                feedback: FeedbackStore(directory: desk.logs).all(), since: nil)
        ).render()
        #expect(page.contains("simhall"))
        #expect(page == written)
    }

    @Test func loginAttemptsAreRateLimited() throws {
        let desk = try DeskFixture()
        // Failures with the token's first bytes lock that token out for this address …
        for _ in 0..<5 { _ = try desk.request("POST", "/owner/login", body: "token=forskola-fel") }
        let blocked = try desk.request("POST", "/owner/login", body: "token=forskola-nyckel")
        #expect(blocked.contains("För många misslyckade försök"))
        #expect(session(blocked) == nil)
        // … but not another token from the same address (an admin behind the same NAT).
        let admin = try desk.request("POST", "/owner/login", body: "token=admin-nyckel")
        #expect(session(admin) != nil)
    }
}

@Suite struct RequestLimiterTests {
    @Test func aBurstThenTheRate() {
        let limiter = RequestLimiter(rate: 10, burst: 5)
        let start = Date()
        #expect((0..<5).allSatisfy { _ in limiter.allow("a", now: start) })
        #expect(!limiter.allow("a", now: start))
        #expect(limiter.allow("b", now: start))  // another address has its own bucket
        #expect(limiter.allow("a", now: start.addingTimeInterval(0.1)))  // one token back after 1/10 s
        #expect(!limiter.allow("a", now: start.addingTimeInterval(0.1)))
    }
}
