import Foundation
import ServerRuntime
import Testing

@testable import QueryServer

/// Blocking work never holds up an event loop, and one kind of it never holds up another: while
/// a PUBLISH is held on its executor (by an `ExecutorGate`, as long as the test wants), a client on the
/// same (only) event loop gets PING, SEARCH and FEEDBACK answered.
@Suite(.serialized) struct ResponsivenessTests {
    func publish(_ document: String) -> String {
        "*2\r\n$7\r\nPUBLISH\r\n$\(document.utf8.count)\r\n\(document)\r\n"
    }

    @Test func anEventLoopAnswersWhileAPublishRuns() throws {
        let fixture = try ServerFixture(watch: 0, eventLoops: 1)
        let gate = ExecutorGate(.publishes, on: fixture.server.runtime.executors)
        defer { gate.open() }
        var text = try String(
            contentsOfFile: fixture.folder + "/articles/forskola-ansokan.xml", encoding: .utf8)
        text = text.replacingOccurrences(of: "<title>", with: "<title>Nytt: ")
        let publisher = try fixture.client()
        publisher.send("AUTH hemligt-token\r\n" + publish(text))
        #expect(publisher.read(until: "+OK\r\n") == "+OK\r\n")
        try #require(gate.waitUntilHeld())
        // The publish is held on its executor: everything below is answered while it runs.
        let other = try fixture.client()
        other.send("PING\r\nSEARCH förskola\r\nFEEDBACK forskola-ansokan helpful\r\nPING\r\n")
        let replies = other.read(until: "+OK feedback recorded\r\n+PONG\r\n")
        #expect(replies.hasPrefix("+PONG\r\n*"))
        #expect(replies.hasSuffix("+OK feedback recorded\r\n+PONG\r\n"))
        #expect(fixture.server.store.snapshot.revision == 1)  // not published yet
        gate.open()
        #expect(publisher.read(until: "unchanged").contains("+OK published: 0 added, 1 updated"))
        #expect(fixture.server.store.snapshot.revision == 2)
    }

    @Test func aHeldReloadHoldsUpNoOtherClient() throws {
        let fixture = try ServerFixture(watch: 0, eventLoops: 1)
        let gate = ExecutorGate(.reloads, on: fixture.server.runtime.executors)
        defer { gate.open() }
        let admin = try fixture.client()
        admin.send("AUTH hemligt-token\r\nRELOAD\r\n")
        #expect(admin.read(until: "+OK\r\n") == "+OK\r\n")
        try #require(gate.waitUntilHeld())
        let other = try fixture.client()
        other.send("PING\r\nFEEDBACK trygghetslarm unclear\r\n")
        #expect(other.read(until: "recorded\r\n") == "+PONG\r\n+OK feedback recorded\r\n")
        gate.open()
        #expect(admin.read(until: "articles").hasPrefix("+OK reloaded revision 2"))
    }
}
