import Foundation
import Search
import Synchronization
import Testing

@testable import Insight
@testable import KnowledgeBase

/// A clock tests can set.
final class TestClock: Sendable {
    private let seconds: Mutex<Int64>
    init(_ date: String, hour: Int64 = 12) {
        seconds = Mutex(Int64(CivilDate(date)!.day) * 86_400 + hour * 3600)
    }
    var now: @Sendable () -> Int64 { { [self] in self.seconds.withLock { $0 } } }
    func set(_ date: String, hour: Int64 = 12) {
        seconds.withLock { $0 = Int64(CivilDate(date)!.day) * 86_400 + hour * 3600 }
    }
}

@Suite struct QueryLogTests {
    let directory = temporaryDirectory("querylog")

    private func lines(_ date: String) throws -> [String] {
        try String(contentsOfFile: directory + "/queries-\(date).tsv", encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// The timestamp written from the date's numbers is the date's text, then the time; it reads
    /// back to the same second.
    @Test func timestampsAgreeWithTheDateText() {
        var days = Array(-800_000...(-799_000)) + Array(-1000...1000) + Array(20_000...21_000)
        days += [-719_528, -719_162, 2_932_896, 2_932_897, 2_958_464]  // years 0, 1, 9999, 10000
        for day in days {
            for second in [0, 1, 59, 3599, 45_296, 86_399] {
                let seconds = Int64(day) * 86_400 + Int64(second)
                var bytes: [UInt8] = []
                QueryLog.appendTimestamp(seconds, to: &bytes)
                let time = String(
                    format: "T%02d:%02d:%02dZ", second / 3600, second / 60 % 60, second % 60)
                #expect(String(decoding: bytes, as: UTF8.self) == "\(CivilDate(day: day))" + time)
                let year = CivilDate(day: day).parts.year
                if (1000...9999).contains(year) {
                    #expect(QueryLog.parseTimestamp(bytes[...]) == seconds)
                }
            }
        }
    }

    @Test func eventsRoundTrip() throws {
        let clock = TestClock("2026-11-25", hour: 9)
        let log = QueryLog(directory: directory, clock: clock.now)
        log.record(
            channel: "contact-center", query: "dagis ko", hits: 61, topHit: "forskola-platsgaranti",
            topScore: 16.3994, confidence: .strong)
        log.record(
            channel: "library", query: "skriva\tut\nkontoutdrag", hits: 3, topHit: "x", topScore: 2.5,
            confidence: .weak)
        log.record(channel: "web", query: "qqqxxzz", hits: 0, topHit: "", topScore: 0)
        try log.flush()

        let events = QueryLog(directory: directory).events()
        #expect(events.count == 3)
        let time = Int64(CivilDate("2026-11-25")!.day) * 86_400 + 9 * 3600
        #expect(
            events[0]
                == QueryEvent(
                    time: time, channel: "contact-center", query: "dagis ko", hits: 61,
                    topHit: "forskola-platsgaranti", topScore: 16.399, confidence: .strong))
        #expect(events[0].timestamp == "2026-11-25T09:00:00Z")
        #expect(events[1].query == "skriva ut kontoutdrag")  // tabs and newlines became spaces
        #expect(events[1].confidence == .weak)
        #expect(events[2].hits == 0 && events[2].topHit.isEmpty && events[2].topScore == 0)
        #expect(events[2].confidence == nil)  // the caller did not say

        let file = try lines("2026-11-25")
        #expect(file[0] == "time\tchannel\tquery\thits\ttop_hit\ttop_score\tconfidence")
        #expect(
            file[1]
                == "2026-11-25T09:00:00Z\tcontact-center\tdagis ko\t61\tforskola-platsgaranti\t16.399\tstrong"
        )
        #expect(file[3] == "2026-11-25T09:00:00Z\tweb\tqqqxxzz\t0\t\t0.000\t")

        #expect(log.events(channel: "library").map(\.query) == ["skriva ut kontoutdrag"])
        #expect(log.events(since: CivilDate("2026-11-26")).isEmpty)
        #expect(log.events(since: CivilDate("2026-11-25")).count == 3)
    }

    @Test func oneFilePerDayAndOldDaysRemoved() throws {
        let clock = TestClock("2026-11-01")
        let log = QueryLog(directory: directory, retainDays: 3, clock: clock.now)
        for day in 1...5 {
            clock.set("2026-11-0\(day)")
            log.record(channel: "web", query: "dag \(day)", hits: 1, topHit: "a", topScore: 5)
        }
        try log.flush()
        // Opening the 5th's file removed the 1st's (4 days older than the 5th); the 2nd is kept.
        #expect(QueryLog.files(in: directory).map(\.name) == (2...5).map { "queries-2026-11-0\($0).tsv" })
        #expect(
            try lines("2026-11-03") == [
                String(QueryLog.header.dropLast()), "2026-11-03T12:00:00Z\tweb\tdag 3\t1\ta\t5.000\t",
            ])
        #expect(log.events().map(\.date.description) == (2...5).map { "2026-11-0\($0)" })
        #expect(log.events(since: CivilDate("2026-11-04")).count == 2)

        clock.set("2026-11-20")
        log.record(channel: "web", query: "senare", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        #expect(QueryLog.files(in: directory).map(\.name) == ["queries-2026-11-20.tsv"])
    }

    @Test func aDayKeptUpToTheRetentionPeriod() throws {
        let clock = TestClock("2026-01-01")
        let log = QueryLog(directory: directory, retainDays: 90, clock: clock.now)
        log.record(channel: "web", query: "först", hits: 0, topHit: "", topScore: 0)
        clock.set("2026-04-01")  // 90 days later: kept
        log.record(channel: "web", query: "sedan", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        #expect(QueryLog.files(in: directory).count == 2)
        clock.set("2026-04-02")  // 91 days: the first day goes
        log.record(channel: "web", query: "sist", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        #expect(
            QueryLog.files(in: directory).map(\.name) == ["queries-2026-04-01.tsv", "queries-2026-04-02.tsv"])
    }

    @Test func personalDataIsRemovedBeforeAnythingIsStored() throws {
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now)
        log.record(
            channel: "contact-center", query: "kund 19121212-1212 undrar om dagis, svar till anna@example.se",
            hits: 2, topHit: "forskola-ansokan", topScore: 7)
        log.record(channel: "contact-center", query: "ring 070-123 45 67", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        let text = try String(contentsOfFile: directory + "/queries-2026-11-25.tsv", encoding: .utf8)
        #expect(!text.contains("19121212") && !text.contains("1212 ") && !text.contains("anna@example.se"))
        #expect(!text.contains("123 45 67"))
        #expect(
            log.events().map(\.query) == [
                "kund [personnummer] undrar om dagis, svar till [e-post]", "ring [telefon]",
            ])
    }

    @Test func theLogStoresWhatRedactionGives() {
        // The log redacts every query (Redaction's own quick check skips text with nothing to
        // remove); for text without control characters the result is what Redaction gives.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["dagis", " ", "-", "0", "1", "7", "19", "040", "@", ".se", "+46", "åsa", "\u{1F600}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(QueryLog.redacted(text) == Redaction.redact(text), "\(text)")
        }
        #expect(QueryLog.redacted("årskurs 7, 525 timmar") == "årskurs 7, 525 timmar")
        #expect(QueryLog.redacted("ärende 123456") == "ärende [siffror]")
    }

    @Test func eventsAreBufferedUntilFlushOrAFullBuffer() throws {
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now)
        let path = directory + "/queries-2026-11-25.tsv"
        for _ in 0..<10 { log.record(channel: "web", query: "dagis", hits: 1, topHit: "a", topScore: 5) }
        #expect(log.pendingEvents == 10)
        #expect(!FileManager.default.fileExists(atPath: path))  // nothing written yet
        try log.flush()
        #expect(log.pendingEvents == 0)
        #expect(try lines("2026-11-25").count == 11)

        // A full buffer (64 KiB) is written without a flush.
        let query = String(repeating: "förskola ", count: 20)  // ~200 bytes a line
        var recorded = 0
        while log.pendingEvents == recorded {
            log.record(channel: "library", query: query, hits: 1, topHit: "a", topScore: 5)
            recorded += 1
        }
        let line = 241  // time 20, channel 7, query 200, hits 1, top hit 1, score 5, 7 separators
        #expect(recorded * line >= QueryLog.bufferLimit && (recorded - 1) * line < QueryLog.bufferLimit)
        #expect(try lines("2026-11-25").count == 11 + recorded)
        #expect(log.pendingEvents == 0)
    }

    @Test func longQueriesAreCutOnACharacterBoundary() throws {
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now)
        log.record(
            channel: "web", query: String(repeating: "ö", count: 400), hits: 0, topHit: "", topScore: 0)
        try log.flush()
        let query = try #require(log.events().first?.query)
        #expect(query == String(repeating: "ö", count: QueryLog.maxQueryBytes / 2))
    }

    @Test func recordingFromManyTasksLosesNothing() async throws {
        let log = QueryLog(directory: directory, clock: TestClock("2026-11-25").now)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    for n in 0..<5_000 {
                        log.record(
                            channel: "web", query: "fråga \(task) \(n)", hits: n, topHit: "a", topScore: 1)
                    }
                }
            }
        }
        try log.flush()
        let events = log.events()
        #expect(events.count == 20_000)
        #expect(Set(events.map(\.query)).count == 20_000)
    }

    @Test func unreadableLinesAreSkipped() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
        time\tchannel\tquery\thits\ttop_hit\ttop_score
        2026-11-25T10:00:00Z\tweb\tdagis\t3\tforskola-ansokan\t5.000
        trasig rad
        2026-11-25T25:00:00Z\tweb\tfel timme\t1\ta\t1.000
        2026-11-25T10:00:01Z\tlibrary\tsfi\t1\tsfi-svenska-for-invandrare\t9.500
        """.write(toFile: directory + "/queries-2026-11-25.tsv", atomically: true, encoding: .utf8)
        try "inte en logg".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        let events = QueryLog(directory: directory).events()
        #expect(events.map(\.query) == ["dagis", "sfi"])
        #expect(events[1].topScore == 9.5)
    }

    @Test func linesWithAndWithoutTheConfidenceAreRead() throws {
        // A day's file begun before the log kept the confidence, continued after.
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
        time\tchannel\tquery\thits\ttop_hit\ttop_score
        2026-11-25T10:00:00Z\tweb\tdagis\t3\tforskola-ansokan\t5.000
        2026-11-25T10:00:01Z\tweb\tsimhall\t2\tx\t1.000\tnone
        2026-11-25T10:00:02Z\tweb\tgod man\t2\tx\t4.800\tweak
        2026-11-25T10:00:03Z\tweb\tsfi\t1\tsfi-svenska-for-invandrare\t9.500\tstrong
        2026-11-25T10:00:04Z\tweb\tokänd\t0\t\t0.000\t
        2026-11-25T10:00:05Z\tweb\tför många\t0\t\t0.000\tnone\textra
        """.write(toFile: directory + "/queries-2026-11-25.tsv", atomically: true, encoding: .utf8)
        let events = QueryLog(directory: directory).events()
        #expect(events.map(\.query) == ["dagis", "simhall", "god man", "sfi", "okänd"])
        #expect(events.map(\.confidence) == [nil, Confidence.none, .weak, .strong, nil])
    }
}
