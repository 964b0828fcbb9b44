import Foundation
import Testing
import XMLSupport

@testable import Insight
@testable import KnowledgeBase
@testable import KnowledgeStorage

/// Hostile deliveries (issue 11): refused in bounded time with a bounded list of problems, and
/// the folder left as it was. The time bounds are generous guards against quadratic work (each
/// of these took many seconds before), not speed targets.
@Suite struct AdversarialDocumentTests {
    /// An article whose body holds `count` copies of `line`.
    func article(repeating line: String, count: Int, in element: String = "body") -> String {
        let base = Fixture.article(id: "forskola-ny")
        let block = String(repeating: line + "\n", count: count)
        return base.replacingOccurrences(of: "<\(element)>", with: "<\(element)>\n" + block)
    }

    func refuse(_ document: String) throws -> (problems: [XMLDiagnostic], seconds: Double) {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("forskola-ny.xml", document)
        let started = ContinuousClock.now
        var problems: [XMLDiagnostic] = []
        do {
            _ = try Publisher(folder: fixture.folder).importBatch(
                [delivery.root], scope: .owner("forskoleforvaltningen"))
        } catch {
            problems = error.diagnostics ?? []
        }
        let elapsed = ContinuousClock.now - started
        #expect(try fixture.snapshot() == before)
        return (problems, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test func aSchemaErrorOnEveryLineIsListedUpToTheLimitAndTheFileIsNotReReadPerError() throws {
        // 5,000 disallowed attributes, ~120 KB: each error used to re-read the whole file.
        let (problems, seconds) = try refuse(article(repeating: "<p x=\"1\">t</p>", count: 5_000))
        #expect(seconds < 2)
        #expect(problems.count == 1_001)
        #expect(problems.first?.message.contains("attribute 'x'") == true)
        #expect(problems.first?.line == 6)
        #expect(problems.last?.message.hasPrefix("too many") == true)
    }

    @Test func thousandsOfDanglingReferencesAreListedUpToTheLimit() throws {
        let lines = (0..<5_000).map { "  <refer ref=\"saknas-\($0)\">Frågor.</refer>" }.joined(
            separator: "\n")
        let document = Fixture.article(id: "forskola-ny").replacingOccurrences(
            of: "  <refer ref=\"placeringsenheten\">Frågor om plats.</refer>", with: lines)
        let (problems, seconds) = try refuse(document)
        #expect(seconds < 2)
        #expect(problems.count == ReferenceCheck.maxDiagnostics + 1)
        #expect(problems.first?.message.contains("ref 'saknas-0' names no unit") == true)
        #expect(problems.last?.message == "too many problems; 4000 more not listed")
    }
}

@Suite struct RegisterScopeTests {
    struct Unwritable: Error {}

    @Test func aRegisterThatCannotBeWrittenOutCountsAsChanged() {
        // Before: `try? old == try? new` let two failures compare equal, and an owner's token
        // through.
        #expect(Publisher.registerChanged(old: { throw Unwritable() }, new: { throw Unwritable() }))
        #expect(Publisher.registerChanged(old: { [1] }, new: { throw Unwritable() }))
        #expect(Publisher.registerChanged(old: { [1] }, new: { [2] }))
        #expect(!Publisher.registerChanged(old: { [1] }, new: { [1] }))
    }
}

/// What is stored of what a caller typed (issue 11): redacted, no control characters, channels
/// from a fixed list, whichever way it arrives.
@Suite struct StoredTextTests {
    @Test func theQueryLogKeepsOnlyKnownChannelsAndCleanRedactedQueries() throws {
        let directory = temporaryDirectory("querylog")
        let log = QueryLog(directory: directory)
        log.record(
            channel: "850312-1234", query: "pnr ８５０３１２-１２３４\u{1B}[2J", hits: 0, topHit: "", topScore: 0)
        try log.flush()
        let events = log.events()
        #expect(events.map(\.channel) == [QueryChannel.unknown])
        #expect(events.map(\.query) == ["pnr [personnummer][2J"])
    }

    @Test func feedbackKeepsOnlyKnownChannelsAndCleanRedactedComments() throws {
        let store = FeedbackStore(directory: temporaryDirectory("feedback"))
        try store.append(
            FeedbackEvent(
                time: "2026-12-01T10:00:00Z", article: "a", kind: .wrong, channel: "anna@example.se",
                comment: "ring ٠٧٠١٢٣٤٥٦٧\u{0}\u{85}tack"))
        #expect(store.all().map(\.channel) == [QueryChannel.unknown])
        #expect(store.all().map(\.comment) == ["ring [telefon] tack"])
    }
}
