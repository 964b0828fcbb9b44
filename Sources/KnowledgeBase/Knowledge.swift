#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The articles and registers of a knowledge folder, loaded and checked.
///
/// Exists as the value front ends read from (`kb get`, `kb list`, later the index): immutable,
/// `Sendable`, articles sorted by id. Either every article is held whole (what a command loads),
/// or only outlines are held and a whole article is read from its file when asked for (what the
/// server holds, so a million articles fit; see `outlines`).
public struct Knowledge: Sendable {
    public var registers: Registers
    private var storage: Storage

    private enum Storage: Sendable {
        case whole([Article])
        /// Outlines in memory; whole articles in `folder`'s files, read on demand.
        case outlined(OutlineStore, KnowledgeFolder)
    }

    public init(registers: Registers, articles: [Article]) {
        self.registers = registers
        storage = .whole(articles.sorted { $0.id < $1.id })
    }

    /// Knowledge that holds `outlines` of the articles of `folder` (already checked).
    init(registers: Registers, outlines: OutlineStore, folder: KnowledgeFolder) {
        self.registers = registers
        storage = .outlined(outlines, folder)
    }

    /// The outlines and the folder of outlined knowledge; nil when every article is held whole.
    var outlined: (outlines: OutlineStore, folder: KnowledgeFolder)? {
        if case .outlined(let outlines, let folder) = storage { (outlines, folder) } else { nil }
    }

    /// Every article, whole, sorted by id. For outlined knowledge this reads every file: use
    /// `outlines` where the outline's fields are enough.
    public var articles: [Article] {
        get {
            switch storage {
            case .whole(let articles): articles
            case .outlined(let outlines, let folder):
                (0..<outlines.count).compactMap {
                    Self.read(outlines[$0].id, in: folder, stamp: outlines.stamp($0))
                }
            }
        }
        set { storage = .whole(newValue.sorted { $0.id < $1.id }) }
    }

    /// How many articles there are (every status).
    public var count: Int {
        switch storage {
        case .whole(let articles): articles.count
        case .outlined(let outlines, _): outlines.count
        }
    }

    /// The outline of every article, sorted by id; cheap whatever the knowledge holds.
    public var outlines: ArticleOutlines { ArticleOutlines(knowledge: self) }

    /// The article with `id`, whole; nil when there is none. Outlined knowledge reads it from its
    /// file: nil when the file is no longer the one loaded (changed since; the next reload brings
    /// the new version) or no longer holds a valid article with that id.
    public func article(_ id: String) -> Article? {
        switch storage {
        case .whole(let articles):
            guard let position = Self.position(of: id, in: articles) else { return nil }
            return articles[position]
        case .outlined(let outlines, let folder):
            guard let rank = outlines.rank(of: id) else { return nil }
            return Self.read(id, in: folder, stamp: outlines.stamp(rank))
        }
    }

    /// The outline of the article with `id`; nil when there is none.
    public func outline(_ id: String) -> ArticleOutline? {
        switch storage {
        case .whole(let articles):
            Self.position(of: id, in: articles).map { ArticleOutline(articles[$0]) }
        case .outlined(let outlines, _):
            outlines.rank(of: id).map { outlines[$0] }
        }
    }

    fileprivate func outline(at rank: Int) -> ArticleOutline {
        switch storage {
        case .whole(let articles): ArticleOutline(articles[rank])
        case .outlined(let outlines, _): outlines[rank]
        }
    }

    private static func position(of id: String, in articles: [Article]) -> Int? {
        var low = 0
        var high = articles.count
        while low < high {
            let mid = (low + high) / 2
            if articles[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < articles.count && articles[low].id == id ? low : nil
    }

    /// Reads, validates and maps `articles/<id>.xml`; nil unless the file is still the one
    /// stamped `stamp` and holds exactly the article `id` without a diagnostic.
    private static func read(_ id: String, in folder: KnowledgeFolder, stamp: FileStamp) -> Article? {
        read(id, in: folder, expecting: stamp)?.article
    }

    /// Reads, validates and maps `articles/<id>.xml`, with the stamp of the file read; nil unless
    /// it holds exactly the article `id` without a diagnostic (and, with `expected`, is still the
    /// file so stamped). The stamp and the bytes come from one open descriptor, so a file
    /// replaced meanwhile is never mistaken.
    static func read(_ id: String, in folder: KnowledgeFolder, expecting expected: FileStamp? = nil) -> (
        article: Article, stamp: FileStamp
    )? {
        let path = folder.articles + "/" + id + ".xml"
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let stamp = FileStamp(descriptor: descriptor)
        if let expected, stamp != expected { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        var found: Article?
        let (_, diagnostics) = KnowledgeDocument(bytes: bytes, name: folder.display(path)).read {
            item, context in
            if case .article(let article, _) = item, context.clean, article.id == id { found = article }
        }
        guard diagnostics.isEmpty, let found else { return nil }
        return (found, stamp)
    }
}

/// The outlines of a knowledge's articles, sorted by id, made one at a time as they are read.
public struct ArticleOutlines: RandomAccessCollection, Sendable {
    let knowledge: Knowledge

    public var startIndex: Int { 0 }
    public var endIndex: Int { knowledge.count }
    public subscript(position: Int) -> ArticleOutline { knowledge.outline(at: position) }
}

/// `read(2)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
