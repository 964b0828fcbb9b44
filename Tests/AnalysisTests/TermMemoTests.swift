import Analysis
import Dispatch
import Foundation
import Synchronization
import Testing

/// A memo must give exactly what the chain gives: the same terms, offsets, positions, kinds and
/// protected flags, for words seen for the first time, words seen again, stop words, numbers,
/// protected words and decomposed letters, and when the memo is full.
@Suite struct TermMemoTests {
    static let analyzer = SwedishAnalyzer(protectedWords: ["SFI", "LSS", "CSN", "Per"])

    static let texts = [
        "Förskoleplatsen kostar 1 250 kr. Förskoleplatsen KOSTAR och och och SFI, sfi, Sfi!",
        "Hemtjänsten i Malmö: ansökan om hemtjänst, LSS-insats och färdtjänst. Per och per.",
        "Fo\u{0308}rskola och fo\u{0308}rskola och förskola; 040-34 10 00; mp3 och MP3.",
        "är det den som inte har de att i på för med av om till",
        "barnen barnens barn Barnet skolorna skolans skola skolan skolor 2025 2025",
        String(repeating: "x", count: 300) + " kort ord " + String(repeating: "ö", count: 200),
        "", "   ", "ett",
    ]

    private func tokens(_ text: String, memo: TermMemo?, maxTokens: Int = 20_000) -> [Token] {
        var text = text
        var found: [Token] = []
        text.withUTF8 { utf8 in
            if let memo {
                Self.analyzer.forEachTerm(in: utf8, maxTokens: maxTokens, memo: memo) { found.append($0) }
            } else {
                Self.analyzer.forEachTerm(in: utf8, maxTokens: maxTokens) { found.append($0) }
            }
        }
        return found
    }

    @Test func aMemoGivesWhatTheChainGives() {
        for capacity in [1 << 16, 5, 0] {
            let memo = TermMemo(capacity: capacity)
            // Twice over, so that the second pass finds every word of the first remembered.
            for _ in 0..<2 {
                for text in Self.texts {
                    #expect(
                        tokens(text, memo: memo) == tokens(text, memo: nil), "capacity \(capacity): \(text)")
                }
            }
            #expect(memo.count <= capacity)
        }
    }

    /// Every word of the Snowball vocabulary (30,000 words), in a different case each pass.
    @Test func theWholeVocabularyThroughAMemo() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/snowball-swedish/voc.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let memo = TermMemo()
        for pass in [text, text.uppercased(), text] {
            #expect(tokens(pass, memo: memo, maxTokens: .max) == tokens(pass, memo: nil, maxTokens: .max))
        }
        #expect(memo.count > 10_000)
    }

    @Test func aMemoRemembersEachWordOnce() {
        let memo = TermMemo()
        _ = tokens("skola skola Skola skola och och 12 12", memo: memo)
        #expect(memo.count == 4)  // "skola", "Skola", "och", "12"
    }

    @Test func aPoolNeverHandsOneMemoToTwoThreads() {
        let pool = TermMemoPool()
        let text = Self.texts.joined(separator: " ")
        let expected = tokens(text, memo: nil)
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let same = pool.withMemo { memo in tokens(text, memo: memo) == expected }
            if !same { mismatches.withLock { $0 += 1 } }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
