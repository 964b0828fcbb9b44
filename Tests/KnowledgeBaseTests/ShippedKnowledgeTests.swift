import Foundation
import Testing

@testable import KnowledgeBase

/// The guidance shipped in Knowledge/ is complete enough to use at the desk.
@Suite struct ShippedKnowledgeTests {
    let knowledge: Knowledge

    init() throws {
        let (loaded, diagnostics) = try FolderScan(
            folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        ).load()
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(10))")
        knowledge = try #require(loaded)
    }

    @Test func atLeastSixtyArticlesEachUsable() {
        #expect(knowledge.articles.count >= 60)
        for article in knowledge.articles {
            #expect(article.questions.count >= 2, "\(article.id): fewer than 2 questions")
            #expect(!article.referrals.isEmpty, "\(article.id): no referral unit")
            #expect(article.reviewBy != nil, "\(article.id): no review-by date")
            #expect(!article.summary.isEmpty)
        }
    }

    @Test func easyReadForForskolaSkolaAndForsorjningsstod() {
        let needing = knowledge.articles.filter {
            ["förskola", "skola", "fritidshem", "ekonomiskt bistånd"].contains($0.category)
        }
        #expect(needing.count >= 25)
        for article in needing {
            #expect(article.easyRead?.isEmpty == false, "\(article.id): no lättläst text")
        }
    }

    @Test func registersAreFilled() {
        let registers = knowledge.registers
        #expect(registers.synonyms.count >= 80)
        #expect(registers.owners.allSatisfy { !$0.contact.isEmpty })
        #expect(registers.units.allSatisfy { $0.phone != nil || $0.address != nil || $0.web != nil })
        let owners = Set(knowledge.articles.map(\.owner))
        #expect(owners.count >= 8)
    }
}
