import Foundation
import Testing

@testable import Insight
@testable import KnowledgeBase
@testable import KnowledgeStorage

@Suite struct CivilDateTests {
    @Test func parsesPrintsAndCounts() {
        let date = CivilDate("2026-11-25")!
        #expect(date.description == "2026-11-25")
        #expect(CivilDate("2027-03-01")! - date == 96)
        #expect(date.adding(days: 7).description == "2026-12-02")
        #expect(CivilDate("2024-02-29")!.adding(days: 1).description == "2024-03-01")
        #expect(CivilDate("2026-13-01") == nil && CivilDate("idag") == nil)
    }
}

@Suite struct ReviewScheduleTests {
    func knowledge() throws -> Knowledge {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/forskola-gammal.xml",
            Fixture.article(id: "forskola-gammal", reviewed: "2025-01-01", reviewBy: "2026-11-01"))
        try fixture.write(
            "articles/forskola-snart.xml",
            Fixture.article(id: "forskola-snart", reviewed: "2026-01-01", reviewBy: "2026-12-10"))
        return try #require(try FolderScan(folder: fixture.folder).load().0)
    }

    @Test func dueOldestFirstWithinTheWindow() throws {
        let today = CivilDate("2026-11-25")!
        let due = ReviewSchedule.due(try knowledge(), today: today, within: 30)
        #expect(due.map(\.article.id) == ["forskola-gammal", "forskola-snart"])
        #expect(due.map(\.daysLeft) == [-24, 15])
        #expect(due.first?.owner?.id == "forskoleforvaltningen")
        #expect(
            ReviewSchedule.due(try knowledge(), today: today, within: 0).map(\.article.id) == [
                "forskola-gammal"
            ])
        #expect(ReviewSchedule.due(try knowledge(), today: today, within: 30, owner: "stadskontoret").isEmpty)
    }

    @Test func ownerSummariesCountReviewsAndFeedback() throws {
        let today = CivilDate("2026-11-25")!
        let feedback = [
            FeedbackEvent(
                time: "2026-11-20T10:00:00Z", article: "forskola-snart", kind: .outdated, channel: "library",
                comment: ""),
            FeedbackEvent(
                time: "2026-11-20T10:00:00Z", article: "forskola-snart", kind: .helpful, channel: "library",
                comment: ""),
            // Older than the article's last review: no longer open.
            FeedbackEvent(
                time: "2025-06-01T10:00:00Z", article: "forskola-snart", kind: .wrong, channel: "web",
                comment: ""),
        ]
        let summaries = ReviewSchedule.owners(try knowledge(), today: today, feedback: feedback)
        let forskola = try #require(summaries.first { $0.owner.id == "forskoleforvaltningen" })
        #expect(forskola.published == 4)
        #expect(forskola.overdue == 1)
        #expect(forskola.dueWithin30Days == 1)
        #expect(forskola.withoutEasyRead == 4)
        #expect(forskola.openFeedback == 1)
        #expect(summaries.first { $0.owner.id == "stadskontoret" }?.published == 0)
    }
}

@Suite struct FeedbackStoreTests {
    @Test func appendsDurablyAndRedacts() throws {
        let directory = temporaryDirectory("feedback")
        let store = FeedbackStore(directory: directory)
        try store.append(
            FeedbackEvent(
                time: "2026-11-25T09:00:00Z", article: "forskola-ansokan", kind: .wrong, channel: "library",
                comment: "Ring 070-123 45 67,\tfel\ntelefonnummer"))
        try store.append(
            FeedbackEvent(
                time: "2026-11-25T09:01:00Z", article: "trygghetslarm", kind: .helpful, channel: "cli",
                comment: ""))
        let events = FeedbackStore(directory: directory).all()
        #expect(events.count == 2)
        #expect(events[0].kind == .wrong && events[0].channel == "library")
        #expect(events[0].comment == "Ring [telefon], fel telefonnummer")
        #expect(events[1].article == "trygghetslarm")
    }
}

@Suite struct PublishScopeTests {
    func delivery(_ files: [String: String]) throws -> String {
        let fixture = Fixture(root: temporaryDirectory("delivery"))
        for (name, text) in files { try fixture.write(name, text) }
        return fixture.root
    }

    @Test func anOwnerMayChangeItsOwnArticles() throws {
        let fixture = try Fixture.make()
        let path = try delivery([
            "forskola-avgift.xml": Fixture.article(id: "forskola-avgift", title: "Ny titel")
        ])
        let report = try Publisher(folder: fixture.folder).importBatch(
            [path], scope: .owner("forskoleforvaltningen"))
        #expect(report.updated == 1)
    }

    @Test func anOwnerMayNotTouchAnotherOwnersArticle() throws {
        let fixture = try Fixture.make()
        let before = try fixture.snapshot()
        // Trying to take over a förskola article, and to add one in another owner's name.
        let path = try delivery([
            "forskola-avgift.xml": Fixture.article(
                id: "forskola-avgift", owner: "stadskontoret", unit: "kontaktcenter"),
            "ny.xml": Fixture.article(id: "ny", owner: "forskoleforvaltningen"),
        ])
        #expect {
            try Publisher(folder: fixture.folder).importBatch([path], scope: .owner("stadskontoret"))
        } throws: { error in
            let messages = (error as? StorageError)?.diagnostics?.map(\.message) ?? []
            return messages.contains {
                $0.contains("article 'forskola-avgift' belongs to 'forskoleforvaltningen'")
            }
                && messages.contains { $0.contains("may publish only articles owned by 'stadskontoret'") }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func registersNeedAdminExceptOwnUnits() throws {
        let fixture = try Fixture.make()
        let ownUnit = Fixture.units.replacingOccurrences(
            of: "<name>Kontaktcenter</name>", with: "<name>Malmö stads kontaktcenter</name>")
        let report = try Publisher(folder: fixture.folder).importBatch(
            [try delivery(["units.xml": ownUnit])], scope: .owner("stadskontoret"))
        #expect(report.registers.first?.kind == .units)
        let otherUnit = Fixture.units.replacingOccurrences(
            of: "<name>Placeringsenheten</name>", with: "<name>Annan</name>")
        #expect(throws: StorageError.self) {
            try Publisher(folder: fixture.folder).importBatch(
                [try delivery(["units.xml": otherUnit])], scope: .owner("stadskontoret"))
        }
        let owners = Fixture.owners.replacingOccurrences(
            of: "<contact>Kommunikationsavdelningen</contact>", with: "<contact>Ny</contact>")
        #expect(throws: StorageError.self) {
            try Publisher(folder: fixture.folder).importBatch(
                [try delivery(["owners.xml": owners])], scope: .owner("stadskontoret"))
        }
        #expect(
            try Publisher(folder: fixture.folder).importBatch(
                [try delivery(["owners.xml": owners])], scope: .admin
            ).registers.count == 1)
    }

    @Test func archiveAndPublishAreNewRevisions() throws {
        let fixture = try Fixture.make()
        let archived = try Publisher(folder: fixture.folder).setStatus("forskola-avgift", to: .archived)
        #expect(archived.articles.first?.change == .updated(from: 1, to: 2))
        #expect(try fixture.read("articles/forskola-avgift.xml").contains("status=\"archived\""))
        #expect(try fixture.read("history/forskola-avgift/1.xml").contains("status=\"published\""))
        let again = try Publisher(folder: fixture.folder).setStatus("forskola-avgift", to: .archived)
        #expect(again.articles.first?.change == .unchanged)
        let published = try Publisher(folder: fixture.folder).setStatus("forskola-avgift", to: .published)
        #expect(published.articles.first?.change == .updated(from: 2, to: 3))
        #expect(throws: StorageError.self) {
            try Publisher(folder: fixture.folder).setStatus("finns-inte", to: .archived)
        }
    }
}
