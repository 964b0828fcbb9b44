import XMLSupport

/// Reads a whole knowledge folder, streaming, and checks it: schema, ids equal file names,
/// unique ids, references, review dates.
///
/// Exists as the one walk over a folder that `kb validate`, `kb export` and loading share;
/// articles are handed to the caller one at a time, so a large folder is never held whole.
public struct FolderScan {
    public let folder: KnowledgeFolder

    public init(folder: KnowledgeFolder) {
        self.folder = folder
    }

    /// Calls `visit` for every article that passed its own checks (references are checked at the
    /// end, so an article can be visited and still be reported). Returns the registers and every
    /// diagnostic found.
    public func run(_ visit: (Article) throws -> Void = { _ in }) throws -> (Registers, [XMLDiagnostic]) {
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
        for name in DurableFiles.list(folder.articles) where !name.hasPrefix(".") {
            let path = folder.articles + "/" + name
            let display = folder.display(path)
            guard name.hasSuffix(".xml") else {
                check.add(
                    XMLDiagnostic(
                        file: display, line: 0, column: 0, message: "not an article file (expected <id>.xml)")
                )
                continue
            }
            let stem = String(name.dropLast(4))
            var visited: [Article] = []
            let (kind, diagnostics) = KnowledgeDocument(path: path, displayName: display).read {
                item, context in
                guard case .article(let article, let lines) = item else { return }
                ids.insert(article.id)
                if article.id != stem {
                    check.add(
                        SourcePlace(path: path, display: display, line: lines.root, element: "article")
                            .diagnostic(
                                "article id '\(article.id)' must equal the file name '\(stem)'"))
                }
                check.add(article, lines: lines, path: path, display: display)
                pinned.note(article)
                if context.clean { visited.append(article) }
            }
            for item in diagnostics { check.add(item) }
            if diagnostics.isEmpty, kind != .article {
                check.add(
                    XMLDiagnostic(
                        file: display, line: 1, column: 1, message: "expected an <article> document"))
                continue
            }
            if diagnostics.isEmpty { try visited.forEach(visit) }
        }
        for item in pinned.diagnostics() { check.add(item) }
        check.resolve(registers: registers, articleIDs: ids)
        return (registers, registerDiagnostics + check.diagnostics)
    }

    /// The folder's registers alone (small; read before a streaming pass that needs them).
    /// Problems are left for `run` to report.
    public static func readRegisters(_ folder: KnowledgeFolder) throws -> Registers {
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
    public func load() throws -> (Knowledge?, [XMLDiagnostic]) {
        var articles: [Article] = []
        let (registers, diagnostics) = try run { articles.append($0) }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Knowledge(registers: registers, articles: articles), [])
    }
}
