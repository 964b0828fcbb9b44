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
}
