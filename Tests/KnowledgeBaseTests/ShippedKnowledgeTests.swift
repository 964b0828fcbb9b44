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
        // Every unit says how to reach it, or is only referred to with a text saying what to do
        // instead (`direct-contact="none"`).
        let explained = Set(
            knowledge.articles.flatMap(\.referrals).filter(\.noDirectContact).map(\.unit))
        let bare = knowledge.articles.flatMap(\.referrals).filter { !$0.noDirectContact }.map(\.unit)
        for unit in registers.units
        where unit.phone == nil && unit.email == nil && unit.address == nil && unit.web == nil {
            #expect(explained.contains(unit.id) && !bare.contains(unit.id), "\(unit.id): no way to reach it")
        }
        let owners = Set(knowledge.articles.map(\.owner))
        #expect(owners.count >= 8)
    }

    /// The summary is read aloud: no sentence a listener must hold over 25 words, and nothing
    /// about the knowledge base itself.
    @Test func summariesReadAloudInShortSentences() {
        for article in knowledge.articles {
            for sentence in Readability.sentences(article.summary) {
                let count = Readability.words(sentence).count
                #expect(count <= 25, "\(article.id): \(count) words in \"\(sentence)\"")
            }
            #expect(!article.summary.lowercased().contains("kunskapsbank"), "\(article.id)")
        }
    }

    /// Every lättläst text is easy by the LIX measure (30 or less: "very easy" to "easy").
    @Test func easyReadTextsHaveLIXOfThirtyOrLess() {
        var measured = 0
        for article in knowledge.articles {
            guard let easyRead = article.easyRead else { continue }
            let lix = Readability.lix(easyRead.flatMap(\.lines))
            #expect(lix <= 30, "\(article.id): LIX \(lix)")
            measured += 1
        }
        #expect(measured >= 25)
    }

    /// What leaves for the public (the summary, the body without staff-only text, the lättläst
    /// text) says nothing about the knowledge base; notes for staff are marked `<staff-only>`.
    @Test func publicTextSaysNothingAboutTheKnowledgeBase() {
        for article in knowledge.articles {
            let text = (article.body.withoutStaffText + (article.easyRead ?? [])).flatMap(\.lines)
            for line in text {
                #expect(!line.lowercased().contains("kunskapsbank"), "\(article.id): \(line)")
                #expect(!line.hasPrefix("Till guiden:"), "\(article.id): \(line)")
            }
        }
    }

    @Test func readabilityMeasures() {
        #expect(
            Readability.words("Ring 040-34 10 00, vardagar.") == [
                "Ring", "040", "34", "10", "00", "vardagar",
            ])
        #expect(Readability.sentences("Sfi är gratis. Man söker t.ex. på webben. Klart!").count == 3)
        // 6 words, 2 sentences, 2 long words (förskola, familjedaghem): 3 + 33.3.
        let lix = Readability.lix(["Barnet går i förskola.", "Eller familjedaghem."])
        #expect(abs(lix - (6.0 / 2.0 + 100.0 * 2.0 / 6.0)) < 0.001)
    }
}

/// LIX and sentence lengths, the measures Swedish plain-language guidance uses.
enum Readability {
    /// Runs of letters and digits.
    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }

    /// Sentences: split after . ! or ? followed by a space and a capital letter or digit.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase || characters[index + 2].isNumber
            {
                sentences.append(current)
                current = ""
            }
        }
        if !Readability.words(current).isEmpty { sentences.append(current) }
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// LIX of `blocks` (paragraphs, steps, items): words per sentence plus the percentage of
    /// words longer than six letters. Each block ends a sentence; within one, . ! ? and : do.
    static func lix(_ blocks: [String]) -> Double {
        var words = 0
        var long = 0
        var sentences = 0
        for block in blocks {
            let pieces = block.split(whereSeparator: { ".!?:".contains($0) }).filter {
                !Readability.words(String($0)).isEmpty
            }
            sentences += max(1, pieces.count)
            let found = Readability.words(block)
            words += found.count
            long += found.filter { $0.count > 6 }.count
        }
        guard words > 0 else { return 0 }
        return Double(words) / Double(sentences) + 100 * Double(long) / Double(words)
    }
}
