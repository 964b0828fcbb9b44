import Foundation
import Insight
import KnowledgeBase
import TestSupport
import Testing

@testable import DeskServer

#if canImport(Glibc)
    import Glibc
#endif

/// The desk page under attack (issue 11): personal data in form fields, control characters.
@Suite(.serialized) struct AdversarialDeskTests {
    @Test func aFeedbackChannelThatIsNoKnownChannelIsRefusedAndNothingStored() throws {
        let desk = try DeskFixture()
        let response = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=unclear&channel=850312-1234")
        #expect(response.hasPrefix("HTTP/1.1 400"))
        #expect(!FileManager.default.fileExists(atPath: desk.logs + "/feedback.tsv"))
    }

    @Test func aFeedbackCommentIsRedactedAndStrippedOfControlCharacters() throws {
        let desk = try DeskFixture()
        let comment = "ring%20%EF%BC%98%EF%BC%95%EF%BC%90%EF%BC%93%EF%BC%91%EF%BC%92-1234%00%1B%5B2J%0Bslut"
        let response = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=unclear&channel=library&comment=\(comment)")
        #expect(response.hasPrefix("HTTP/1.1 303"))
        let events = FeedbackStore(directory: desk.logs).all()
        #expect(events.map(\.comment) == ["ring [personnummer][2J slut"])
        #expect(events.map(\.channel) == ["library"])
    }
}

/// Idle, slow and too many HTTP connections (issue 11: 1,263 idle connections stopped both
/// ports; 200 slowloris connections stayed open).
@Suite(.serialized) struct DeskConnectionTests {
    /// A raw connection to the desk page. Its reads wait up to 120 s for the close: far beyond
    /// the 1 s clock under test (a loaded CI machine, every suite at once on two cores, once held
    /// an idle close back past 20 s), and far short of the other clock, which each test sets to
    /// an hour so that only the clock under test can close the connection.
    func connect(_ desk: DeskFixture) throws -> Int32 {
        try LoopbackTCP.connect(port: desk.port, timeoutSeconds: 120)
    }

    func send(_ fd: Int32, _ text: String) {
        LoopbackTCP.send(fd, Array(text.utf8))
    }

    /// Everything until the server closes (or 120 s without a byte: then nil).
    func readToClose(_ fd: Int32) -> String? {
        LoopbackTCP.readToClose(fd).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func anIdleConnectionIsClosed() throws {
        let desk = try DeskFixture(options: DeskOptions(idleTimeoutSeconds: 1, requestTimeoutSeconds: 3600))
        let fd = try connect(desk)
        defer { close(fd) }
        #expect(readToClose(fd) == "")
    }

    @Test func aRequestHeadThatNeverEndsIsCutOffLongBeforeTheIdleTimeout() throws {
        let desk = try DeskFixture(options: DeskOptions(idleTimeoutSeconds: 3600, requestTimeoutSeconds: 1))
        let fd = try connect(desk)
        defer { close(fd) }
        send(fd, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: a")
        #expect(readToClose(fd) == "")
    }

    @Test func aKeepAliveConnectionServesRequestsThenIdlesOut() throws {
        let desk = try DeskFixture(options: DeskOptions(idleTimeoutSeconds: 1, requestTimeoutSeconds: 1))
        let fd = try connect(desk)
        defer { close(fd) }
        send(fd, "GET /api/suggest?q=dag HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let text = readToClose(fd)
        #expect(text?.hasPrefix("HTTP/1.1 200 OK") == true)
    }

    @Test func oneAddressCannotTakeEveryConnection() throws {
        let desk = try DeskFixture(options: DeskOptions(maxConnectionsPerAddress: 2))
        let first = try connect(desk)
        let second = try connect(desk)
        defer {
            close(first)
            close(second)
        }
        let third = try connect(desk)
        defer { close(third) }
        #expect(readToClose(third)?.hasPrefix("HTTP/1.1 503 Service Unavailable") == true)
    }
}

/// Cross-site posts (issue 11: a cross-origin POST to /owner/login got a session cookie).
@Suite(.serialized) struct CrossSiteRequestTests {
    @Test(arguments: [
        "Origin: https://evil.example", "Origin: null", "Sec-Fetch-Site: cross-site",
        "Sec-Fetch-Site: same-site",
        "Referer: https://evil.example/form.html", "Origin: http://localhost.evil.example",
    ])
    func aLoginPostedFromElsewhereIsRefused(header: String) throws {
        let desk = try DeskFixture()
        let response = try desk.request(
            "POST", "/owner/login", body: "token=forskola-nyckel", headers: [header])
        #expect(response.hasPrefix("HTTP/1.1 403"))
        #expect(!response.contains("Set-Cookie"))
    }

    @Test func feedbackPostedFromElsewhereIsRefusedAndFromThePageAccepted() throws {
        let desk = try DeskFixture()
        let body = "id=trygghetslarm&kind=helpful"
        let refused = try desk.request(
            "POST", "/api/feedback", body: body, headers: ["Origin: https://evil.example"])
        #expect(refused.hasPrefix("HTTP/1.1 403"))
        #expect(FeedbackStore(directory: desk.logs).all().isEmpty)
        let accepted = try desk.request(
            "POST", "/api/feedback", body: body,
            headers: [
                "Origin: http://localhost", "Sec-Fetch-Site: same-origin",
                "Referer: http://localhost/articles/x",
            ])
        #expect(accepted.hasPrefix("HTTP/1.1 303"))
        #expect(FeedbackStore(directory: desk.logs).all().count == 1)
    }

    @Test func theLoginCookieIsSecureBehindTLS() throws {
        let plain = try DeskFixture()
        let local = try plain.request("POST", "/owner/login", body: "token=forskola-nyckel")
        #expect(local.contains("Set-Cookie: kb_session=") && !local.contains("Secure"))
        // A forwarded-proto header counts only when the proxy is trusted.
        let spoofed = try plain.request(
            "POST", "/owner/login", body: "token=forskola-nyckel", headers: ["X-Forwarded-Proto: https"])
        #expect(!spoofed.contains("Secure"))

        let proxied = try DeskFixture(options: DeskOptions(trustForwardedProto: true))
        let forwarded = try proxied.request(
            "POST", "/owner/login", body: "token=forskola-nyckel", headers: ["X-Forwarded-Proto: https"])
        #expect(forwarded.contains("Max-Age=28800; Secure"))

        let published = try DeskFixture(options: DeskOptions(publicURL: "https://kb.malmo.se/"))
        let login = try published.request(
            "POST", "/owner/login", body: "token=forskola-nyckel", headers: ["Origin: https://kb.malmo.se"])
        #expect(login.hasPrefix("HTTP/1.1 303"))
        #expect(login.contains("Max-Age=28800; Secure"))
        let logout = try published.request("POST", "/owner/logout", headers: ["Origin: https://kb.malmo.se"])
        #expect(logout.contains("Max-Age=0; Secure"))
    }
}
