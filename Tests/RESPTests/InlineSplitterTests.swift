import Testing

@testable import RESP

@Suite struct InlineSplitterTests {
    func split(_ line: String) throws -> [String] {
        try InlineSplitter.split(Array(line.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func wordsAndQuotes() throws {
        #expect(try split("SEARCH dagis ko") == ["SEARCH", "dagis", "ko"])
        #expect(try split("  SEARCH\t dagis  ") == ["SEARCH", "dagis"])
        #expect(try split("SEARCH \"skriva ut\" LIMIT 3") == ["SEARCH", "skriva ut", "LIMIT", "3"])
        #expect(try split("ECHO 'a b' \"\"") == ["ECHO", "a b", ""])
        #expect(try split("ECHO \"förskola\"") == ["ECHO", "förskola"])
    }

    @Test func escapes() throws {
        #expect(try split(#"ECHO "a\nb\t\"c\"\\""#) == ["ECHO", "a\nb\t\"c\"\\"])
        #expect(try split(#"ECHO "\x41\x42""#) == ["ECHO", "AB"])
        #expect(try split(#"ECHO 'don\'t'"#) == ["ECHO", "don't"])
    }

    @Test func unbalancedQuotesAreErrors() {
        for line in ["ECHO \"abc", "ECHO 'abc", "ECHO \"abc\"def", "ECHO 'a'b"] {
            #expect(throws: RESPProtocolError.self, "\(line)") { try split(line) }
        }
    }
}
