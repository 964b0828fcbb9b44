import Dispatch

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
            ends.withUnsafeBufferPointer { ends in
                let order = Order(all: all, ends: ends)
                var entries: [Entry] = []
                entries.reserveCapacity(count)
                for index in 0..<count where keep(index) {
                    let start = ends[index]
                    var end = ends[index + 1]
                    if end - start >= suffix.count,
                        UnsafeBufferPointer(rebasing: all[(end - suffix.count)..<end]).elementsEqual(suffix)
                    {
                        end -= suffix.count
                    }
                    entries.append(order.entry(index, keyLength: end - start))
                }
                // Two halves sorted side by side, then merged.
                let middle = entries.count / 2
                entries.withUnsafeMutableBufferPointer { buffer in
                    let halves = Halves(buffer: buffer, middle: middle)
                    DispatchQueue.concurrentPerform(iterations: 2) { half in halves.sort(half, order) }
                }
                var sorted = DirectoryNames()
                sorted.bytes.reserveCapacity(all.count)
                sorted.ends.reserveCapacity(entries.count + 1)
                func take(_ entry: Entry) {
                    let index = Int(entry.index)
                    sorted.bytes.append(
                        contentsOf: UnsafeBufferPointer(rebasing: all[ends[index]..<ends[index + 1]]))
                    sorted.ends.append(sorted.bytes.count)
                }
                var (left, right) = (0, middle)
                while left < middle, right < entries.count {
                    if order.precedes(entries[right], entries[left]) {
                        take(entries[right])
                        right += 1
                    } else {
                        take(entries[left])
                        left += 1
                    }
                }
                for entry in entries[left..<middle] { take(entry) }
                for entry in entries[right...] { take(entry) }
                return sorted
            }
        }
    }

    /// A name to sort: the first sixteen bytes of its key, big-endian, zero-padded (comparing
    /// these compares most keys; names hold no zero byte, so a shorter key pads below a longer
    /// one), its number and its key's length.
    private struct Entry {
        var head: UInt64
        var next: UInt64
        var index: UInt32
        var keyLength: UInt32
    }

    /// The names' order, read by the threads that sort.
    private struct Order: @unchecked Sendable {
        let all: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<Int>

        func entry(_ index: Int, keyLength: Int) -> Entry {
            let start = ends[index]
            var words: (UInt64, UInt64) = (0, 0)
            for offset in 0..<16 {
                let byte = offset < keyLength ? UInt64(all[start + offset]) : 0
                if offset < 8 { words.0 = words.0 << 8 | byte } else { words.1 = words.1 << 8 | byte }
            }
            return Entry(head: words.0, next: words.1, index: UInt32(index), keyLength: UInt32(keyLength))
        }

        /// By key, then by whole name.
        func precedes(_ a: Entry, _ b: Entry) -> Bool {
            if a.head != b.head { return a.head < b.head }
            if a.next != b.next { return a.next < b.next }
            let (x, y) = (ends[Int(a.index)], ends[Int(b.index)])
            let key = DirectoryNames.compare(all, x..<x + Int(a.keyLength), y..<y + Int(b.keyLength))
            if key != 0 { return key < 0 }
            return DirectoryNames.compare(all, x..<ends[Int(a.index) + 1], y..<ends[Int(b.index) + 1]) < 0
        }
    }

    /// The two halves of the entries, each sorted by one thread.
    private struct Halves: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Entry>
        let middle: Int

        func sort(_ half: Int, _ order: Order) {
            let range = half == 0 ? 0..<middle : middle..<buffer.count
            var part = UnsafeMutableBufferPointer(rebasing: buffer[range])
            part.sort(by: order.precedes)
        }
    }

    /// Compares two ranges of `all` bytewise: negative, zero or positive.
    fileprivate static func compare(_ all: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>)
        -> Int
    {
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
