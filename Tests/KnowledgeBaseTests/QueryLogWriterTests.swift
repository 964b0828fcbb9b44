import Foundation
import Synchronization
import Testing

@testable import Insight

/// A query log with a writer (a server's): recording only fills memory; files are opened,
/// written and synced only where the writer runs the work it is handed.
@Suite struct QueryLogWriterTests {
    /// Keeps the work a log hands off, to run when the test says.
    final class HeldWork: Sendable {
        private let work = Mutex<[@Sendable () -> Void]>([])
        var writer: @Sendable (@escaping @Sendable () -> Void) -> Void {
            { [self] job in self.work.withLock { $0.append(job) } }
        }
        var count: Int { work.withLock { $0.count } }
        func runAll() {
            for job in work.withLock({ jobs in
                defer { jobs = [] }
                return jobs
            }) { job() }
        }
    }

    @Test func recordingTouchesNoFileUntilTheWriterRuns() throws {
        let directory = temporaryDirectory("querylog-writer") + "/Logs"
        let held = HeldWork()
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now, writer: held.writer)
        let query = String(repeating: "förskola ", count: 50)
        var recorded = 0
        while recorded * 400 < 3 * QueryLog.bufferLimit {
            log.record(channel: "library", query: query, hits: 1, topHit: "x", topScore: 1)
            recorded += 1
        }
        #expect(!FileManager.default.fileExists(atPath: directory))  // not even the folder
        #expect(held.count == 1)  // asked once, however far past the limit
        #expect(log.pendingEvents == recorded)
        held.runAll()
        #expect(log.pendingEvents == 0)
        #expect(QueryLog.files(in: directory).count == 1)
        log.record(channel: "web", query: "simhall", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        #expect(log.events().count == recorded + 1)
    }

    @Test func aWriterThatFallsBehindCostsEventsNotMemory() throws {
        let directory = temporaryDirectory("querylog-behind")
        let held = HeldWork()
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now, writer: held.writer)
        let query = String(repeating: "a", count: 400)
        let fits = QueryLog.incomingLimit / 400
        for _ in 0..<(fits + 100) {
            log.record(channel: "library", query: query, hits: 1, topHit: "x", topScore: 1)
        }
        let kept = log.pendingEvents
        #expect(kept <= fits)
        #expect(held.count == 1)
        var dropped = 0
        do {
            try log.flush()
        } catch {
            if case .logNotWritten(_, let lost) = error { dropped = lost }
        }
        #expect(dropped > 0 && kept + dropped == fits + 100)
        #expect(log.events().count == kept)
    }

    /// A log with a writer writes its lines straight into its buffer: the files hold the same
    /// bytes as a log without one, across a day's end, with redaction and cleaning.
    @Test func theWritersFilesHoldTheSameBytes() throws {
        let plain = temporaryDirectory("querylog-plain")
        let written = temporaryDirectory("querylog-written")
        let clock = TestClock("2026-11-25", hour: 23)
        let held = HeldWork()
        let logs = [
            QueryLog(directory: plain, clock: clock.now),
            QueryLog(directory: written, clock: clock.now, writer: held.writer),
        ]
        for (n, query) in [
            "dagis kö", "ring 070-123 45 67\tnu", "skriva\nut", String(repeating: "å", count: 400),
        ]
        .enumerated() {
            if n == 2 { clock.set("2026-11-26", hour: 1) }
            for log in logs {
                log.record(
                    channel: n == 1 ? "library" : "fax", query: query, hits: n * 7, topHit: "artikel-\(n)",
                    topScore: Float(n) * 1.2345, confidence: n == 3 ? nil : .weak)
            }
        }
        held.runAll()
        for log in logs { try log.flush() }
        for name in QueryLog.files(in: plain).map(\.name) {
            let expected = try Data(contentsOf: URL(fileURLWithPath: plain + "/" + name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: written + "/" + name)) == expected, "\(name)")
        }
        #expect(QueryLog.files(in: plain).count == 2)
        #expect(QueryLog.files(in: written).map(\.name) == QueryLog.files(in: plain).map(\.name))
        let text = logs[1].events().map(\.query).joined(separator: "|")
        #expect(!text.contains("070") && text.contains("[telefon]"))
    }
}
