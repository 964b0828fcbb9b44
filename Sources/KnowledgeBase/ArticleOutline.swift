#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few fields of an article that lists, reviews, statistics and reference checks read: no
/// text beyond the title.
///
/// Exists so a server can hold a million articles without holding their text: lists and counts
/// read outlines; a page that shows one article reads the whole of it (`Knowledge.article(_:)`).
/// The property names are those of `Article`, so code that reads only these reads either.
public struct ArticleOutline: Sendable, Equatable {
    public var id: String
    public var status: ArticleStatus
    public var title: String
    public var category: String
    public var owner: String
    public var reviewed: String?
    public var reviewBy: String?
    /// Whether the article has a non-empty lättläst version.
    public var hasEasyRead: Bool

    public init(_ article: Article) {
        id = article.id
        status = article.status
        title = article.title
        category = article.category
        owner = article.owner
        reviewed = article.reviewed
        reviewBy = article.reviewBy
        hasEasyRead = !(article.easyRead?.isEmpty ?? true)
    }

    init(
        id: String, status: ArticleStatus, title: String, category: String, owner: String,
        reviewed: String?, reviewBy: String?, hasEasyRead: Bool
    ) {
        self.id = id
        self.status = status
        self.title = title
        self.category = category
        self.owner = owner
        self.reviewed = reviewed
        self.reviewBy = reviewBy
        self.hasEasyRead = hasEasyRead
    }
}

/// Outlines of many articles in a few flat arrays, sorted by id.
///
/// Exists because one `ArticleOutline` per article costs two heap strings and a struct of
/// optionals; here ids, titles and dates share one UTF-8 arena, categories and owners are small
/// integers into a table of distinct names, and an outline is made only when asked for.
struct OutlineStore: Sendable {
    private var arena: [UInt8] = []
    /// Per article (in the order added): start of id, title, reviewed and review-by in `arena`,
    /// then the end of review-by. An empty date range: the article has no such date.
    private var textStart: [UInt32] = []
    /// Per article: status (low two bits) and whether it has easy-read text (bit 2).
    private var flags: [UInt8] = []
    private var category: [UInt16] = []
    private var owner: [UInt16] = []
    private var names: [String] = []
    private var nameIndex: [String: UInt16] = [:]
    /// Per article: its file's `FileStamp` when it was read.
    private var stamps: [FileStamp] = []
    /// Positions in the order added, sorted by id: the n-th article by id is `order[n]`.
    private var order: [UInt32] = []

    var count: Int { flags.count }

    private static let statuses: [ArticleStatus] = [.draft, .published, .archived]

    private mutating func intern(_ name: String) -> UInt16 {
        if let index = nameIndex[name] { return index }
        let index = UInt16(truncatingIfNeeded: names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    /// Reserves room for `articles` more outlines, so that the arrays are not copied into twice
    /// their size while a large folder is read (see `RecordStore.reserve`); `sort()` gives
    /// back what was not used.
    mutating func reserve(articles: Int) {
        arena.reserveCapacity(arena.count + articles * 256)
        textStart.reserveCapacity(textStart.count + articles * 4 + 1)
        flags.reserveCapacity(flags.count + articles)
        category.reserveCapacity(category.count + articles)
        owner.reserveCapacity(owner.count + articles)
        stamps.reserveCapacity(stamps.count + articles)
        order.reserveCapacity(order.count + articles)
    }

    /// Adds an article; call `sort()` after the last one.
    mutating func append(_ article: Article, stamp: FileStamp) {
        append(ArticleOutline(article), stamp: stamp)
    }

    /// Adds an outline (one another store holds, or of an article); call `sort()` after the last.
    mutating func append(_ outline: ArticleOutline, stamp: FileStamp) {
        stamps.append(stamp)
        textStart.append(UInt32(arena.count))
        arena.append(contentsOf: outline.id.utf8)
        textStart.append(UInt32(arena.count))
        arena.append(contentsOf: outline.title.utf8)
        textStart.append(UInt32(arena.count))
        arena.append(contentsOf: (outline.reviewed ?? "").utf8)
        textStart.append(UInt32(arena.count))
        arena.append(contentsOf: (outline.reviewBy ?? "").utf8)
        let status = UInt8(Self.statuses.firstIndex(of: outline.status) ?? 0)
        flags.append(status | (outline.hasEasyRead ? 4 : 0))
        category.append(intern(outline.category))
        owner.append(intern(outline.owner))
        order.append(UInt32(order.count))
    }

    /// Orders the articles by id (they may have been added in another order) and gives back the
    /// memory the arrays reserved while growing.
    mutating func sort() {
        textStart.append(UInt32(arena.count))
        // Byte order, the order `rank(of:)` searches in (ids are ASCII, so it is also `<`'s),
        // compared in the arena: a `String` per id would be a million allocations at 1M, at
        // the end of the load, when the most is held.
        let starts = textStart
        var sorted = order
        order = []
        arena.withUnsafeBufferPointer { bytes in
            func id(_ position: UInt32) -> UnsafeBufferPointer<UInt8> {
                let base = Int(position) * 4
                return UnsafeBufferPointer(rebasing: bytes[Int(starts[base])..<Int(starts[base + 1])])
            }
            sorted.sort { id($0).lexicographicallyPrecedes(id($1)) }
        }
        order = sorted
        arena = Array(arena)
        textStart = Array(textStart)
        flags = Array(flags)
        category = Array(category)
        owner = Array(owner)
        order = Array(order)
        stamps = Array(stamps)
    }

    /// The file stamp of the `rank`-th article by id, taken when it was loaded.
    func stamp(_ rank: Int) -> FileStamp { stamps[Int(order[rank])] }

    private func string(_ position: Int, _ field: Int) -> String {
        let base = position * 4 + field
        let from = Int(textStart[base])
        let to = Int(textStart[base + 1])
        return arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self)
        }
    }

    private func id(_ position: Int) -> String { string(position, 0) }

    /// The `rank`-th outline by id.
    subscript(rank: Int) -> ArticleOutline {
        outline(at: Int(order[rank]))
    }

    private func outline(at position: Int) -> ArticleOutline {
        let reviewed = string(position, 2)
        let reviewBy = string(position, 3)
        return ArticleOutline(
            id: id(position), status: Self.statuses[Int(flags[position] & 3)], title: string(position, 1),
            category: names[Int(category[position])], owner: names[Int(owner[position])],
            reviewed: reviewed.isEmpty ? nil : reviewed, reviewBy: reviewBy.isEmpty ? nil : reviewBy,
            hasEasyRead: flags[position] & 4 != 0)
    }

    /// The rank (position by id) of the article with `id`, if there is one.
    func rank(of id: String) -> Int? {
        var wanted = id
        return wanted.withUTF8 { key -> Int? in
            arena.withUnsafeBufferPointer { bytes -> Int? in
                func compare(_ position: Int) -> Int {
                    let from = Int(textStart[position * 4])
                    let to = Int(textStart[position * 4 + 1])
                    let stored = UnsafeBufferPointer(rebasing: bytes[from..<to])
                    let common = min(stored.count, key.count)
                    for offset in 0..<common where stored[offset] != key[offset] {
                        return stored[offset] < key[offset] ? -1 : 1
                    }
                    return stored.count == key.count ? 0 : (stored.count < key.count ? -1 : 1)
                }
                var low = 0
                var high = order.count
                while low < high {
                    let mid = (low + high) / 2
                    if compare(Int(order[mid])) < 0 { low = mid + 1 } else { high = mid }
                }
                return low < order.count && compare(Int(order[low])) == 0 ? low : nil
            }
        }
    }
}

/// What identifies one version of a file without reading it: inode, size and modification time.
///
/// Exists so an article read from its file on demand is known to be the version that was loaded:
/// files are replaced by renaming a new one into place, which gives a new inode.
struct FileStamp: Sendable, Equatable {
    private var inode: UInt64 = 0
    private var size: Int64 = -1
    private var modified: Int64 = 0

    /// The stamp of the file at `path`; an impossible one when it cannot be read.
    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 { self.init(info) } else { self.init() }
    }

    init(_ info: stat) {
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private init() {}

    /// The stamp of the open file `descriptor`.
    init(descriptor: Int32) {
        var info = stat()
        if fstat(descriptor, &info) == 0 { self.init(info) } else { self.init() }
    }
}
