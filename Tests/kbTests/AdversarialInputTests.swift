import Foundation
import Testing

/// Personal data and control characters typed into `kb` (issue 11): nothing is stored as typed,
/// and nothing stored can drive the terminal when it is shown.
@Suite struct AdversarialInputTests {
    let knowledge = repositoryRoot + "/Knowledge"

    @Test func aFeedbackChannelMustBeAKnownOne() throws {
        let logs = temporaryDirectory("logs")
        let refused = try KBProcess.run([
            "feedback", "--knowledge", knowledge, "--log-dir", logs, "--channel", "850312-1234",
            "trygghetslarm",
            "unclear",
        ])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--channel ska vara en av"))
        #expect(!FileManager.default.fileExists(atPath: logs + "/feedback.tsv"))
    }

    @Test func controlCharactersAreStrippedOnTheWayInAndShownHarmlessOnTheWayOut() throws {
        let logs = temporaryDirectory("logs")
        _ = try KBProcess.run([
            "feedback", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm", "unclear",
            "vem\u{1B}[2Jbetalar\u{0B}larmet\u{2028}?",
        ])
        let stored = try String(contentsOfFile: logs + "/feedback.tsv", encoding: .utf8)
        #expect(stored.contains("vem[2Jbetalar larmet ?"))
        #expect(!stored.unicodeScalars.contains { controls.contains($0.value) })

        // A line written before the fix (raw ESC in the comment) is shown without it.
        let old = "2027-01-05T10:00:00Z\ttrygghetslarm\twrong\tweb\tröd\u{1B}[31mtext\u{9B}2J\n"
        let handle = try #require(FileHandle(forWritingAtPath: logs + "/feedback.tsv"))
        handle.seekToEndOfFile()
        handle.write(Data(old.utf8))
        try handle.close()
        let shown = try KBProcess.run(["get", "--knowledge", knowledge, "--log-dir", logs, "trygghetslarm"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("röd\u{FFFD}[31mtext\u{FFFD}2J"))
        #expect(!shown.stdout.unicodeScalars.contains { controls.contains($0.value) })
    }

    /// Controls other than line feed and tab.
    let controls = Set<UInt32>(Array(0..<0x09) + Array(0x0B..<0x20) + Array(0x7F...0x9F) + [0x2028, 0x2029])
}
