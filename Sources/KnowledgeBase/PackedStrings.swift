/// Strings kept end to end in one byte arena, read back by position.
///
/// Exists because a 1M-article scan holds millions of short strings at its peak (file names,
/// the ids that references point to): as `String`s each is its own allocation and they cost
/// two to four times their bytes; here each costs its bytes and one offset.
struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = [0]

    init() {}

    init(_ strings: [String]) {
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        ends.reserveCapacity(strings.count + 1)
        for string in strings { append(string) }
    }

    var count: Int { ends.count - 1 }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(bytes.count)
    }

    subscript(index: Int) -> String {
        String(decoding: bytes[ends[index]..<ends[index + 1]], as: UTF8.self)
    }
}
