import FileSupport
import Search
import XMLSupport

/// Reads a whole knowledge folder, streaming, and checks it: schema, ids equal file names,
/// unique ids, references, review dates.
///
/// Exists as the one walk over a folder that `kb validate`, `kb export` and loading share;
/// articles are handed to the caller one at a time, so a large folder is never held whole.
public struct FolderScan {
    public let folder: KnowledgeFolder
    /// Files read ahead per batch (see `ReadAhead`); small in tests, to cross batch boundaries.
    var batchSize = 256

    public init(folder: KnowledgeFolder) {
        self.folder = folder
    }

    /// Calls `visit` for every article that passed its own checks (references are checked at the
    /// end, so an article can be visited and still be reported). Returns the registers and every
    /// diagnostic found.
    public func run(_ visit: (Article) throws(KnowledgeError) -> Void = { _ in }) throws(KnowledgeError) -> (
        Registers, [XMLDiagnostic]
    ) {
        try run(prepare: { _ in () }, { (article, _) throws(KnowledgeError) in try visit(article) })
    }

    /// As `run(_:)`, and `prepare` is called for each article on a worker thread as soon as it is
    /// read, its result handed to `visit` with the article. Files are read and prepared on every
    /// core; `visit` is called on the caller's thread, in file-name order. `expecting` is called
    /// once, before the first visit, with the number of files about to be read (so that a caller
    /// can reserve room for what it keeps per article).
    public func run<Prepared: Sendable>(
        prepare: @escaping @Sendable (Article) -> Prepared,
        expecting: (Int) -> Void = { _ in },
        _ visit: (Article, Prepared) throws(KnowledgeError) -> Void
    ) throws(KnowledgeError) -> (Registers, [XMLDiagnostic]) {
        try Journal.recoverIfNeeded(folder)
        var check = ReferenceCheck()
        var registers = Registers()
        var pinned = BestBetArticleCheck()
        if !DurableFiles.isDirectory(folder.root) {
            return (
                registers, [XMLDiagnostic(file: folder.root, line: 0, column: 0, message: "no such folder")]
            )
        }
        for kind in RegisterKind.allCases {
            let path = folder.registerPath(kind)
            let display = folder.display(path)
            guard DurableFiles.exists(path) else {
                if !kind.isOptional {
                    check.add(
                        XMLDiagnostic(file: display, line: 0, column: 0, message: "the register is missing"))
                }
                continue
            }
            let (documentKind, diagnostics) = KnowledgeDocument(path: path, displayName: display).read {
                item, _ in
                registers.take(item)
                if case .units(let units) = item { check.add(units: units, path: path, display: display) }
                if case .bestBets(let entries) = item {
                    pinned = BestBetArticleCheck(entries, path: path, display: display)
                }
            }
            for item in diagnostics { check.add(item) }
            if diagnostics.isEmpty, documentKind != .register(kind) {
                check.add(
                    XMLDiagnostic(
                        file: display, line: 1, column: 1, message: "expected a <\(kind.rawValue)> register"))
            }
        }
        // The registers are known now: article references to them are checked as they are read.
        check.resolve(registers: registers, articleIDs: [])
        let registerDiagnostics = check.diagnostics
        check = ReferenceCheck(registers: registers)
        pinned.references(into: &check)
        var ids = Set<String>()
        // In id order (an article's id is its file name without `.xml`; "a.xml" sorts after
        // "a-b.xml" but "a" before "a-b"), so visits come in the order `Knowledge` sorts.
        // The names in one arena, held for the whole scan (a `String` apiece cost about twice as
        // much), read with readdir and ordered by their bytes (no `String` per name to sort).
        let listed = DirectoryNames(reading: folder.articles)
        let names = listed.sorted(droppingSuffix: ".xml") { !listed.isHidden($0) }
        ProcessMemory.mark("scan: \(names.count) names listed and ordered")
        let folder = self.folder
        expecting(names.count)
        // The files a few batches ahead are announced to the kernel: on a cold page cache their
        // reads are then in flight together instead of each one stalling a reading thread.
        let articles = folder.articles
        let announce: @Sendable (Int) -> Void = { index in
            let name = names[index]
            if name.hasSuffix(".xml") { ReadHint.willRead(articles + "/" + name) }
        }
        let reading = ReadAhead(count: names.count, batchSize: batchSize, hint: announce) { index in
            ArticleFile.read(names[index], in: folder, prepare: prepare)
        }
        try reading.forEach { (_, file) throws(KnowledgeError) in
            guard let kind = file.kind else {
                check.add(
                    XMLDiagnostic(
                        file: file.display, line: 0, column: 0,
                        message: "not an article file (expected <id>.xml)")
                )
                return
            }
            let stem = String(file.name.dropLast(4))
            for found in file.articles {
                let article = found.article
                ids.insert(article.id)
                if article.id != stem {
                    check.add(
                        SourcePlace(
                            path: file.path, display: file.display, line: found.lines.root, element: "article"
                        )
                        .diagnostic(
                            "article id '\(article.id)' must equal the file name '\(stem)'"))
                }
                check.add(article, lines: found.lines, path: file.path, display: file.display)
                pinned.note(article)
            }
            for item in file.diagnostics { check.add(item) }
            if file.diagnostics.isEmpty, kind != .article {
                check.add(
                    XMLDiagnostic(
                        file: file.display, line: 1, column: 1, message: "expected an <article> document"))
                return
            }
            if file.diagnostics.isEmpty {
                for found in file.articles where found.clean { try visit(found.article, found.prepared) }
            }
        }
        for item in pinned.diagnostics() { check.add(item) }
        check.resolve(registers: registers, articleIDs: ids)
        return (registers, registerDiagnostics + check.diagnostics)
    }

    /// The folder's registers alone (small; read before a streaming pass that needs them).
    /// Problems are left for `run` to report.
    public static func readRegisters(_ folder: KnowledgeFolder) throws(KnowledgeError) -> Registers {
        try Journal.recoverIfNeeded(folder)
        var registers = Registers()
        for kind in RegisterKind.allCases {
            let path = folder.registerPath(kind)
            guard DurableFiles.exists(path) else { continue }
            _ = KnowledgeDocument(path: path, displayName: path).read { item, _ in registers.take(item) }
        }
        return registers
    }

    /// Loads the folder into memory; nil with the diagnostics when anything is wrong.
    public func load() throws(KnowledgeError) -> (Knowledge?, [XMLDiagnostic]) {
        var articles: [Article] = []
        let (registers, diagnostics) = try run { articles.append($0) }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Knowledge(registers: registers, articles: articles), [])
    }
}

/// One file of `articles/` as a worker read it: what `FolderScan` checks and visits, in order.
private struct ArticleFile<Prepared: Sendable>: Sendable {
    var name: String
    var path: String
    var display: String
    /// Nil when the name is not `<id>.xml` (the file is then not read).
    var kind: DocumentKind?
    var diagnostics: [XMLDiagnostic] = []
    var articles: [(article: Article, lines: ArticleLines, clean: Bool, prepared: Prepared)] = []

    static func read(
        _ name: String, in folder: KnowledgeFolder, prepare: (Article) -> Prepared
    ) -> ArticleFile {
        let path = folder.articles + "/" + name
        var file = ArticleFile(name: name, path: path, display: folder.display(path))
        guard name.hasSuffix(".xml") else { return file }
        var articles: [(article: Article, lines: ArticleLines, clean: Bool, prepared: Prepared)] = []
        let (kind, diagnostics) = KnowledgeDocument(path: path, displayName: file.display).readArticleFile {
            item, context in
            guard case .article(let article, let lines) = item else { return }
            articles.append((article, lines, context.clean, prepare(article)))
        }
        file.kind = kind
        file.diagnostics = diagnostics
        file.articles = articles
        return file
    }
}
