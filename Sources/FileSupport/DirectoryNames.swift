#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// The names of a folder's entries, end to end in one byte arena, read with readdir(3).
///
/// Exists because a knowledge folder of a million articles lists a million names: as a `String`
/// apiece (through `FileManager`) and sorted with Unicode-aware comparison, listing and sorting
/// them took seconds before the first file was read. Here each name costs its bytes and one
/// offset, and names are ordered by comparing bytes.
package struct DirectoryNames: Sendable {
    private var bytes: [UInt8] = []
    /// Name `i` is `bytes[ends[i]..<ends[i + 1]]`.
    private var ends: [Int] = [0]

    package init() {}

    /// The entries of `directory` in the order the system gives them, without "." and "..";
    /// empty when it cannot be opened (missing, or not a folder).
    package init(reading directory: String) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(stream) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let length = strlen(name)
            let buffer = UnsafeRawBufferPointer(start: name, count: length)
            if buffer.elementsEqual(".".utf8) || buffer.elementsEqual("..".utf8) { continue }
            bytes.append(contentsOf: buffer)
            ends.append(bytes.count)
        }
    }

    package var count: Int { ends.count - 1 }

    /// Name `index`; bytes that are not UTF-8 are repaired, as `String(decoding:)` does.
    package subscript(index: Int) -> String {
        String(decoding: bytes[ends[index]..<ends[index + 1]], as: UTF8.self)
    }

    /// Whether name `index` starts with a dot (a hidden file, or one being written).
    package func isHidden(_ index: Int) -> Bool {
        ends[index + 1] > ends[index] && bytes[ends[index]] == UInt8(ascii: ".")
    }

    /// The names `keep` accepts, ordered bytewise by each name without `suffix` (names without
    /// it whole), then bytewise by the whole name: with suffix ".xml", "a-b.xml" comes before
    /// "a.xml" (as "a-b" after "a" would not), and "a" before "a.xml".
    package func sorted(droppingSuffix suffix: String, where keep: (Int) -> Bool = { _ in true })
        -> DirectoryNames
    {
        let suffix = Array(suffix.utf8)
        return bytes.withUnsafeBufferPointer { all in
            // Where each kept name's key ends (its end, less the suffix when it has it).
            func keyEnd(_ index: Int) -> Int {
                let start = ends[index]
                let end = ends[index + 1]
                guard end - start >= suffix.count,
                    UnsafeBufferPointer(rebasing: all[(end - suffix.count)..<end]).elementsEqual(suffix)
                else { return end }
                return end - suffix.count
            }
            // The first eight bytes of the key, big-endian, zero-padded: comparing these compares
            // most keys (names hold no zero byte, so a shorter key pads below a longer one).
            var entries: [(head: UInt64, index: Int32, keyEnd: Int32)] = []
            entries.reserveCapacity(count)
            for index in 0..<count where keep(index) {
                let start = ends[index]
                let end = keyEnd(index)
                var head: UInt64 = 0
                for offset in 0..<8 {
                    head <<= 8
                    if start + offset < end { head |= UInt64(all[start + offset]) }
                }
                entries.append((head, Int32(index), Int32(end)))
            }
            entries.sort { a, b in
                if a.head != b.head { return a.head < b.head }
                let start = (ends[Int(a.index)], ends[Int(b.index)])
                let key = Self.compare(all, start.0..<Int(a.keyEnd), start.1..<Int(b.keyEnd))
                if key != 0 { return key < 0 }
                return Self.compare(all, start.0..<ends[Int(a.index) + 1], start.1..<ends[Int(b.index) + 1])
                    < 0
            }
            var sorted = DirectoryNames()
            sorted.bytes.reserveCapacity(
                entries.reduce(0) { $0 + ends[Int($1.index) + 1] - ends[Int($1.index)] })
            sorted.ends.reserveCapacity(entries.count + 1)
            for entry in entries {
                sorted.bytes.append(contentsOf: all[ends[Int(entry.index)]..<ends[Int(entry.index) + 1]])
                sorted.ends.append(sorted.bytes.count)
            }
            return sorted
        }
    }

    /// Compares two ranges of `all` bytewise: negative, zero or positive.
    private static func compare(_ all: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Int {
        let common = min(x.count, y.count)
        if common > 0 {
            let order = memcmp(all.baseAddress! + x.lowerBound, all.baseAddress! + y.lowerBound, common)
            if order != 0 { return Int(order) }
        }
        return x.count - y.count
    }

    /// Every name as a `String`, in this order.
    package var strings: [String] { (0..<count).map { self[$0] } }
}
