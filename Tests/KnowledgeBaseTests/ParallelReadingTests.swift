import Dispatch
import Foundation
import Search
import Synchronization
import Testing

@testable import KnowledgeBase

/// Reading a folder on every core must give what a plain loop gives: the same files in the same
/// order, the same diagnostics, the same index.
@Suite struct ParallelReadingTests {
    @Test func readAheadHandsOverEveryItemInOrder() {
        for (count, batch) in [(0, 4), (1, 4), (7, 7), (1000, 7), (1000, 1), (300, 256)] {
            var seen: [Int] = []
            ReadAhead(count: count, batchSize: batch) { $0 * $0 }.forEach { index, square in
                #expect(square == index * index)
                seen.append(index)
            }
            #expect(seen == Array(0..<count), "count \(count), batch \(batch)")
        }
    }

    /// Every index is announced once, in order, whatever the batch size and however many
    /// batches ahead the hints run.
    @Test func everyIndexIsHintedOnceInOrder() {
        for (count, batch) in [(0, 4), (1, 4), (7, 7), (1000, 7), (1000, 1), (3000, 256)] {
            let hinted = Mutex<[Int]>([])
            let all = DispatchSemaphore(value: 0)
            var made = 0
            ReadAhead(
                count: count, batchSize: batch,
                hint: { index in
                    let done = hinted.withLock {
                        $0.append(index)
                        return $0.count == count
                    }
                    if done { all.signal() }
                }, make: { $0 }
            ).forEach { _, _ in made += 1 }
            #expect(made == count)
            // Hints run on their own queue and may still be running when the items are all in.
            if count > 0 { #expect(all.wait(timeout: .now() + 30) == .success, "count \(count)") }
            #expect(hinted.withLock { $0 } == Array(0..<count), "count \(count), batch \(batch)")
        }
    }

    @Test func aThrowingConsumerStopsTheReading() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try ReadAhead(count: 100, batchSize: 3) { $0 }.forEach { index, _ in
                seen += 1
                if index == 10 { throw Stop() }
            }
        }
        #expect(seen == 11)
    }

    /// The shipped folder read in batches of five (so reading crosses many batch boundaries) is
    /// indexed exactly as the loaded folder indexed in one sequential pass.
    @Test func streamingBuildEqualsSequentialIndex() throws {
        let folder = KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        let (loaded, problems) = try FolderScan(folder: folder).load()
        #expect(problems.isEmpty)
        let sequential = KnowledgeIndex(knowledge: try #require(loaded))
        var scan = FolderScan(folder: folder)
        scan.batchSize = 5
        let (built, diagnostics) = try KnowledgeIndex.build(scan: scan)
        #expect(diagnostics.isEmpty)
        let streamed = try #require(built)
        #expect(streamed.count == sequential.count)
        #expect(streamed.searcher.index.dictionary.count == sequential.searcher.index.dictionary.count)
        for document in 0..<sequential.count {
            #expect(streamed.record(document).id == sequential.record(document).id)
        }
        for query in [
            "förskola avgift", "bygglov altan", "hemtjänst", "sfi", "parkeringstillstånd", "forskol",
            "how do i apply for school", "byta skola mitt i terminen",
        ] {
            let a = streamed.rank(query, limit: 10)
            let b = sequential.rank(query, limit: 10)
            #expect(a.total == b.total, "\(query)")
            #expect(a.hits.map(\.document) == b.hits.map(\.document), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
        }
    }

    /// Errors found in several batches are all reported, in file order, as a sequential read would.
    @Test func diagnosticsFromManyBatchesKeepFileOrder() throws {
        let fixture = try Fixture.make()
        for number in 0..<12 {
            let id = String(format: "artikel-%02d", number)
            let owner = number.isMultiple(of: 3) ? "ingen" : "forskoleforvaltningen"
            try fixture.write("articles/\(id).xml", Fixture.article(id: id, owner: owner))
        }
        var scan = FolderScan(folder: fixture.folder)
        scan.batchSize = 2
        let found = try scan.run().1.map(\.file)
        let name = URL(fileURLWithPath: fixture.root).lastPathComponent
        #expect(found == [0, 3, 6, 9].map { String(format: "\(name)/articles/artikel-%02d.xml", $0) })
    }
}

@Suite struct NormalizeSpaceTests {
    @Test func collapsesAndTrimsWhitespace() {
        #expect(normalizeSpace("") == "")
        #expect(normalizeSpace("ord") == "ord")
        #expect(normalizeSpace("två ord") == "två ord")
        #expect(normalizeSpace(" ledande") == "ledande")
        #expect(normalizeSpace("efter ") == "efter")
        #expect(normalizeSpace("två  mellanslag") == "två mellanslag")
        #expect(normalizeSpace("tab\there") == "tab here")
        #expect(normalizeSpace("\n  rad\n  två\n") == "rad två")
        #expect(normalizeSpace(" ") == "")
        #expect(normalizeSpace("\r\nåäö \t ÅÄÖ\r\n") == "åäö ÅÄÖ")
        // Only XML whitespace collapses: a no-break space is a character of the text.
        #expect(normalizeSpace("a\u{00A0} b\u{00A0}") == "a\u{00A0} b\u{00A0}")
        let long = String(repeating: "förskola  ", count: 1000)
        #expect(normalizeSpace(long) == Array(repeating: "förskola", count: 1000).joined(separator: " "))
        let substring = "x  ett  två  x".dropFirst().dropLast()
        #expect(normalizeSpace(String(substring)) == "ett två")
    }
}
