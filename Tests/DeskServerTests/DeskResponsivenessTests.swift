import Dispatch
import Foundation
import Insight
import ServerRuntime
import Synchronization
import Testing

@testable import DeskServer

/// While the city report is held on the reports executor (by an `ExecutorGate`), the desk page's one
/// event loop still serves searches, and feedback is stored and acknowledged.
@Suite(.serialized) struct DeskResponsivenessTests {
    @Test func aSlowReportHoldsUpNeitherPagesNorFeedback() throws {
        let desk = try DeskFixture()
        let gate = ExecutorGate(.reports, on: desk.server.runtime.executors)
        defer { gate.open() }
        let login = try desk.request("POST", "/owner/login", body: "token=admin-nyckel")
        let cookie = try #require(
            login.components(separatedBy: "\r\n").first { $0.hasPrefix("Set-Cookie: kb_session=") }?
                .dropFirst("Set-Cookie: ".count).split(separator: ";").first.map(String.init))
        let report = Mutex<String?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let response = try? desk.request("GET", "/owner/report", headers: ["Cookie: \(cookie)"])
            report.withLock { $0 = response }
            finished.signal()
        }
        try #require(gate.waitUntilHeld())
        // The report is held: these are answered while it runs.
        let page = try desk.request("GET", "/?q=trygghetslarm")
        #expect(page.hasPrefix("HTTP/1.1 200") && page.contains("trygghetslarm"))
        let feedback = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=helpful",
            headers: ["Accept: application/json"])
        #expect(feedback.hasSuffix("{\"ok\":true}"))
        #expect(FeedbackStore(directory: desk.logs).all().count == 1)
        #expect(report.withLock { $0 } == nil)
        gate.open()
        #expect(finished.wait(timeout: .now() + 60) == .success)
        #expect(report.withLock { $0 }?.hasPrefix("HTTP/1.1 200") == true)
    }
}

/// Its properties are constants and its requests open their own sockets: a second thread may
/// send requests through it.
extension DeskFixture: @unchecked Sendable {}
