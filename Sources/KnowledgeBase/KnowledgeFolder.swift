import FileSupport

/// The layout of a knowledge folder on disk (`article-format.md`).
///
/// Exists so that every path is derived in one place: articles, registers, schema, history and
/// the import machinery's staging area and journal.
public struct KnowledgeFolder: Sendable {
    public let root: String
    /// The last component of `root`, which `display` puts first.
    private let rootName: String

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        rootName = root.split(separator: "/").last.map(String.init) ?? root
    }

    public var articles: String { root + "/articles" }
    public var registers: String { root + "/registers" }
    public var schema: String { root + "/schema" }
    public var history: String { root + "/history" }
    package var staging: String { root + "/.staging" }
    package var journal: String { root + "/.journal" }
    package var lock: String { root + "/.lock" }

    public func articlePath(_ id: String) -> String { articles + "/\(id).xml" }
    public func registerPath(_ kind: RegisterKind) -> String { registers + "/" + kind.fileName }
    public func historyPath(_ id: String, revision: Int) -> String { history + "/\(id)/\(revision).xml" }

    /// `path` relative to the folder's parent, as diagnostics show it ("Knowledge/articles/x.xml").
    public func display(_ path: String) -> String {
        // Called for every file a load reads: the usual path (the root, a slash and an ASCII
        // byte, the root ending in ASCII) is matched on its bytes. There the byte prefix and the
        // prefix of characters are the same, as a slash between ASCII bytes is a boundary
        // between characters on both sides.
        let rootBytes = root.utf8
        let pathBytes = path.utf8
        if let last = rootBytes.last, last < 0x80, pathBytes.count > rootBytes.count + 1,
            pathBytes.starts(with: rootBytes)
        {
            let slash = pathBytes.index(pathBytes.startIndex, offsetBy: rootBytes.count)
            let next = pathBytes.index(after: slash)
            if pathBytes[slash] == UInt8(ascii: "/"), pathBytes[next] < 0x80 {
                return rootName + "/" + path[next...]
            }
        }
        if path.hasPrefix(root + "/") { return rootName + "/" + path.dropFirst(root.count + 1) }
        return path
    }

    /// The article ids present, from the file names, sorted.
    public func articleIDs() -> [String] {
        DurableFiles.list(articles).compactMap { name in
            name.hasSuffix(".xml") && !name.hasPrefix(".") ? String(name.dropLast(4)) : nil
        }
    }
}
