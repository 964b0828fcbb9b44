import Testing

@testable import Search

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("förskola", "förskola", 0),
        ("forskola", "förskola", 1),
        ("förksola", "förskola", 1),  // transposition
        ("frskola", "förskola", 1),  // deletion
        ("förskolla", "förskola", 1),  // insertion
        ("", "abc", 3),
        ("skola", "skolor", 2),
    ])
    func distances(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b, limit: 3) == expected)
        #expect(EditDistance.distance(b, a, limit: 3) == expected)
    }

    @Test func beyondTheLimitIsNil() {
        #expect(EditDistance.distance("dagis", "förskola", limit: 2) == nil)
        #expect(EditDistance.distance("a", "abcd", limit: 2) == nil)
    }

    @Test func closestIsNearestFirstThenAlphabetical() {
        let ids = ["forskola-avgift", "forskola-ansokan", "skola-byte", "forskola-byte"]
        #expect(
            EditDistance.closest(to: "forskola-avgft", in: ids, limit: 2, count: 3) == ["forskola-avgift"])
        #expect(EditDistance.closest(to: "forskola-bte", in: ids, limit: 3, count: 2) == ["forskola-byte"])
        #expect(
            EditDistance.closest(to: "ab", in: ["abe", "abc", "xyz", "abd"], limit: 1, count: 3) == [
                "abc", "abd", "abe",
            ])
    }
}
