import Insight
import Testing

/// The bounded buffer searches and clicks wait in while the event store is away.
@Suite struct ForwardingBufferTests {
    @Test func aFullBufferDropsTheOldestAndCountsThem() {
        let buffer = ForwardingBuffer<Int>(capacity: 3)
        for value in 1...5 { buffer.append(value) }
        #expect(buffer.count == 3)
        #expect(buffer.dropped == 2)
        #expect(buffer.peek(10).map(\.element) == [3, 4, 5])
        #expect(buffer.peek(10).map(\.sequence) == [2, 3, 4])
    }

    /// A batch taken, then shipped while more arrived and the oldest were dropped: removing the
    /// batch by sequence number removes exactly what was shipped and is still held.
    @Test func removingAShippedBatchKeepsWhatCameAfter() {
        let buffer = ForwardingBuffer<Int>(capacity: 4)
        for value in 1...4 { buffer.append(value) }
        let batch = buffer.peek(2)
        #expect(batch.map(\.element) == [1, 2])
        for value in 5...6 { buffer.append(value) }  // drops 1 and 2 meanwhile
        buffer.append(7)  // drops 3
        buffer.remove(before: batch.last!.sequence + 1)
        #expect(buffer.peek(10).map(\.element) == [4, 5, 6, 7])
        #expect(buffer.dropped == 3)
        buffer.remove(before: buffer.peek(1)[0].sequence + 1)
        #expect(buffer.peek(10).map(\.element) == [5, 6, 7])
    }

    @Test func theStatusLinesNameEveryFigure() {
        let status = EventSinkStatus(
            backend: "postgres", target: "postgres://kb@db:5432/kb", pending: 4, sent: 10, lost: 2,
            connected: false, lastError: "connection refused\nretrying")
        #expect(
            status.infoLines == [
                "events_backend:postgres", "events_target:postgres://kb@db:5432/kb", "events_connected:0",
                "events_pending:4", "events_sent:10", "events_lost:2",
                "events_last_error:connection refused retrying",
            ])
    }
}
