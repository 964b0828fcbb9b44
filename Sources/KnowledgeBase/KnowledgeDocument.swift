import XMLSupport

/// One item found in a document: an article, or a whole register.
public enum KnowledgeItem: Sendable {
    case article(Article, ArticleLines)
    case owners([(Owner, Int)])
    case units([(Unit, Int)])
    case synonyms([Synonym])
    case translations([Synonym])
    case bestBets([(BestBet, Int)])
}

/// Which kind of document a file turned out to be, from its root element.
public enum DocumentKind: Sendable, Equatable {
    case article
    case register(RegisterKind)
    case bundle, unknown
}

/// How an item stood in its document.
public struct ItemContext: Sendable {
    /// No diagnostic arose while the item was read.
    public var clean: Bool
    /// The item was an element of a `<bundle>`, not a document of its own.
    public var inBundle: Bool
}

/// Reads one document of the format (article, register or bundle), from a file or from bytes,
/// validating while it streams.
///
/// Exists so that every command reads documents the same way: through libxml2 with the
/// embedded schemas, item by item, with every problem kept as a diagnostic.
package struct KnowledgeDocument {
    package let path: String
    package let displayName: String
    /// The document itself when it did not come from a file (`path` then only names it).
    package let bytes: [UInt8]?

    package init(path: String, displayName: String) {
        self.path = path
        self.displayName = displayName
        bytes = nil
    }

    /// A document received as `bytes` (PUBLISH over the server); `name` is how diagnostics name it.
    package init(bytes: [UInt8], name: String) {
        path = name
        displayName = name
        self.bytes = bytes
    }

    /// Streams the file, calling `handle` for each item. Returns the kind of document and all
    /// diagnostics.
    package func read(_ handle: (KnowledgeItem, ItemContext) throws -> Void) rethrows -> (
        DocumentKind, [XMLDiagnostic]
    ) {
        let schema: XMLSchema
        switch SchemaSet.shared {
        case .success(let loaded): schema = loaded
        case .failure(let failure): return (.unknown, failure.diagnostics)
        }
        let reader: XMLReader
        do {
            if let bytes {
                reader = try XMLReader(bytes: bytes, displayName: displayName, schema: schema)
            } else {
                reader = try XMLReader(path: path, displayName: displayName, schema: schema)
            }
        } catch {
            return (.unknown, error.diagnostics)
        }
        var kind = DocumentKind.unknown
        var seen = 0
        try ElementStream(reader: reader).forEachItem(
            containers: ["bundle"],
            root: { name, _, _, _ in kind = DocumentKind(root: name) },
            item: { streamed in
                let clean = reader.diagnostics.count == seen
                seen = reader.diagnostics.count
                let item: KnowledgeItem
                switch streamed {
                case .article(let article, let lines): item = .article(article, lines)
                case .element(let node):
                    switch node.name {
                    case "owners": item = .owners(RegistersXML.owners(from: node))
                    case "units": item = .units(RegistersXML.units(from: node))
                    case "synonyms": item = .synonyms(RegistersXML.synonyms(from: node))
                    case "translations":
                        item = .translations(RegistersXML.synonyms(from: node, element: "translation"))
                    case "bestbets": item = .bestBets(RegistersXML.bestBets(from: node))
                    default: return
                    }
                }
                try handle(item, ItemContext(clean: clean, inBundle: kind == .bundle))
            }
        )
        return (kind, reader.diagnostics)
    }
}

extension KnowledgeDocument {
    /// As `read`, for the bulk load's article files: a file that turns out to be a clean
    /// article document (no diagnostic at all) is read through libxml2's SAX parser with the
    /// schema plugged in (`SAXDocumentReader`), which costs about a fifth less than the reader;
    /// any other file, or one the fast path gives up on, is read by `read`, which then gives
    /// today's items and diagnostics. `handle` is called only once the whole file is known to be
    /// clean (or from `read`), so nothing is made twice of an item.
    package func readArticleFile(_ handle: (KnowledgeItem, ItemContext) -> Void) -> (
        DocumentKind, [XMLDiagnostic]
    ) {
        guard bytes == nil, case .success(let schema) = SchemaSet.shared else { return read(handle) }
        var kind = DocumentKind.unknown
        var articles: [(Article, ArticleLines)] = []
        var assembler = ItemAssembler(containers: ["bundle"])
        let clean = SAXDocumentReader.readFile(path: path, schema: schema) { event in
            assembler.take(
                event, root: { name, _, _, _ in kind = DocumentKind(root: name) },
                item: { streamed in
                    if case .article(let article, let lines) = streamed { articles.append((article, lines)) }
                })
            // Only an article document goes the fast way; any other is left to `read`.
            return kind == .article
        }
        guard clean, kind == .article else { return read(handle) }
        for (article, lines) in articles {
            handle(.article(article, lines), ItemContext(clean: true, inBundle: false))
        }
        return (kind, [])
    }
}

extension DocumentKind {
    /// The kind of a document whose root element is named `root`.
    init(root: String) {
        switch root {
        case "article": self = .article
        case "bundle": self = .bundle
        default: self = RegisterKind(rawValue: root).map { .register($0) } ?? .unknown
        }
    }
}

/// The compiled schemas, loaded once per process from the embedded copies, in memory.
package enum SchemaSet {
    package static let shared: Result<XMLSchema, XMLDiagnostics> = load()

    private static func load() -> Result<XMLSchema, XMLDiagnostics> {
        var files: [String: [UInt8]] = [:]
        for file in EmbeddedSchemas.files { files[file.name] = Array((file.content + "\n").utf8) }
        do {
            return .success(try XMLSchema(main: "bundle.xsd", files: files, set: "vagvisare"))
        } catch {
            return .failure(error)
        }
    }
}

extension Registers {
    /// Takes in a register read from a document (an article is ignored).
    package mutating func take(_ item: KnowledgeItem) {
        switch item {
        case .owners(let owners): self.owners = owners.map(\.0)
        case .units(let units): self.units = units.map(\.0)
        case .synonyms(let synonyms): self.synonyms = synonyms
        case .translations(let translations): self.translations = translations
        case .bestBets(let entries): bestBets = entries.map(\.0)
        case .article: break
        }
    }
}
