import FileSupport
import KnowledgeBase
import XMLSupport

/// Imports a batch of documents (articles, registers, bundles; files or folders) into a
/// knowledge folder, all or nothing.
///
/// Exists because förvaltningar deliver guidance in batches and a half-applied batch would leave
/// dangling references. The whole batch is validated against the folder as it would be after the
/// import; only then is it staged, committed through the `Journal` and moved into place. An
/// updated article gets the next revision and its previous version is kept under `history/`.
public struct Publisher {
    public let folder: KnowledgeFolder

    public init(folder: KnowledgeFolder) {
        self.folder = folder
    }

    /// Imports `paths`. With `dryRun`, validates and reports without changing anything. With a
    /// `scope` limited to one owner, the batch may add and change only that owner's articles and
    /// units, and no other register; anything else refuses the whole batch.
    /// `checkFileNames: false` is for documents that arrive without a file name of their own
    /// (`PUBLISH` over the server): a single article need not be in `<id>.xml`.
    /// `note` says who made the change and how, for its commit in the knowledge history.
    /// `documents` are read from memory after the files (a document sent over the server, which
    /// needs no temporary file); diagnostics name each by its name.
    public func importBatch(
        _ paths: [String], documents: [ReceivedDocument] = [], dryRun: Bool = false,
        scope: PublishScope = .admin, checkFileNames: Bool = true, note: ChangeNote = ChangeNote()
    ) throws(StorageError) -> ImportReport {
        try onFiles(DurableFiles.makeDirectory(folder.root))
        let lock = try onFiles(FolderLock(path: folder.lock))
        defer { lock.release() }
        try onKnowledge(Journal.recover(folder))
        DurableFiles.remove(folder.staging)
        defer { DurableFiles.remove(folder.staging) }

        var batch = Batch(folder: folder)
        batch.scope = scope
        batch.checkFileNames = checkFileNames
        for file in try Publisher.expand(paths) {
            try batch.read(KnowledgeDocument(path: file, displayName: file))
        }
        for document in documents {
            batch.check.provide(bytes: document.bytes, forPath: document.name)
            try batch.read(KnowledgeDocument(bytes: document.bytes, name: document.name))
        }
        try batch.finish()
        guard batch.check.diagnostics.isEmpty else {
            throw StorageError.refused(batch.check.diagnostics)
        }
        if dryRun || batch.staged.isEmpty { return batch.report }
        if !DurableFiles.isDirectory(folder.schema) {
            for file in EmbeddedSchemas.files {
                try batch.stage(Array((file.content + "\n").utf8), at: "schema/" + file.name)
            }
        }
        try onKnowledge(KnowledgeHistory(folder: folder).prepareCommit(note, report: batch.report))
        // Every staged file, the history's note beside them, and their folders.
        try onFiles(DurableFiles.syncTree(folder.staging))
        CrashPoint.hit("before-commit")
        try onKnowledge(Journal.write(batch.staged, folder: folder))
        CrashPoint.hit("after-commit")
        try onKnowledge(Journal.apply(folder: folder))
        return batch.report
    }

    /// Files named, and `.xml` files under folders named (skipping schema/, history/ and hidden
    /// entries), in a stable order.
    static func expand(_ paths: [String]) throws(StorageError) -> [String] {
        var files: [String] = []
        for path in paths {
            if DurableFiles.isDirectory(path) {
                for name in DurableFiles.list(path) where !name.hasPrefix(".") {
                    let child = path + "/" + name
                    if DurableFiles.isDirectory(child) {
                        if name != "schema" && name != "history" { files += try expand([child]) }
                    } else if name.hasSuffix(".xml") {
                        files.append(child)
                    }
                }
            } else if DurableFiles.exists(path) {
                files.append(path)
            } else {
                throw StorageError.refused([
                    XMLDiagnostic(file: path, line: 0, column: 0, message: "no such file or folder")
                ])
            }
        }
        return files
    }
}

/// A document to import that arrived as bytes, with the name diagnostics give it.
///
/// Exists so that a document received over the network is validated where it lies in memory:
/// nothing is written to a temporary directory before it is known to be acceptable.
public struct ReceivedDocument: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

extension Publisher {
    /// Whether a register differs from what it was, judged by its canonical bytes. Fails
    /// closed: when either cannot be written out, it counts as changed (an owner's token is then
    /// refused rather than let through).
    static func registerChanged(old: () throws -> [UInt8], new: () throws -> [UInt8]) -> Bool {
        guard let before = try? old(), let after = try? new() else { return true }
        return before != after
    }
}

/// The state of one import while it is read and staged.
private struct Batch {
    let folder: KnowledgeFolder
    var check = ReferenceCheck()
    var report = ImportReport()
    var staged: [String] = []
    var currentRegisters = Registers()
    var newRegisters = Registers()
    var registersInBatch: [RegisterKind: String] = [:]
    var currentRegisterProblems: [RegisterKind: [XMLDiagnostic]] = [:]
    var currentIDs: Set<String>
    var batchIDs = Set<String>()
    var scope = PublishScope.admin
    var checkFileNames = true
    /// The best bets sent in the batch, checked against the articles they pin.
    var pinned = BestBetArticleCheck()
    /// Owner, status and place of each article in the batch (best bets must pin published
    /// articles of their own owner).
    var batchArticles: [String: (owner: String, status: ArticleStatus, place: SourcePlace)] = [:]

    init(folder: KnowledgeFolder) {
        self.folder = folder
        currentIDs = Set(folder.articleIDs())
        for kind in RegisterKind.allCases {
            let path = folder.registerPath(kind)
            guard DurableFiles.exists(path) else { continue }
            let (_, problems) = KnowledgeDocument(path: path, displayName: folder.display(path)).read {
                item, _ in currentRegisters.take(item)
            }
            currentRegisterProblems[kind] = problems
        }
        newRegisters = currentRegisters
    }

    mutating func stage(_ bytes: [UInt8], at relative: String) throws(StorageError) {
        let path = folder.staging + "/" + relative
        if let slash = path.lastIndex(of: "/") {
            try onFiles(DurableFiles.makeDirectory(String(path[..<slash])))
        }
        try onFiles(DurableFiles.writeFile(bytes, to: path, sync: false))  // made durable before the commit
        staged.append(relative)
    }

    mutating func read(_ document: KnowledgeDocument) throws(StorageError) {
        let path = document.path
        let display = path
        let bytes = document.bytes
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        var items: [KnowledgeItem] = []
        var failure: StorageError?
        let (_, diagnostics) = document.read { item, context in
            // Articles are handled as they stream; registers are small and kept.
            if case .article(let article, let lines) = item {
                if checkFileNames, !context.inBundle, article.id != stem {
                    // A single-article document: its id must equal its file name.
                    check.add(
                        SourcePlace(
                            path: path, display: display, line: lines.root, element: "article", bytes: bytes
                        ).diagnostic(
                            "article id '\(article.id)' must equal the file name '\(stem)'"))
                }
                do throws(StorageError) {
                    try self.article(article, lines: lines, clean: context.clean, path: path, bytes: bytes)
                } catch {
                    failure = error
                }
            } else {
                items.append(item)
            }
        }
        if let failure { throw failure }
        for item in diagnostics { check.add(item) }
        for item in items {
            let registerKind: RegisterKind
            switch item {
            case .owners(let owners):
                registerKind = .owners
                newRegisters.owners = owners.map(\.0)
            case .units(let units):
                registerKind = .units
                newRegisters.units = units.map(\.0)
                check.add(units: units, path: path, display: display)
            case .synonyms(let synonyms):
                registerKind = .synonyms
                newRegisters.synonyms = synonyms
            case .translations(let translations):
                registerKind = .translations
                newRegisters.translations = translations
            case .bestBets(let entries):
                registerKind = .bestbets
                newRegisters.bestBets = entries.map(\.0)
                pinned = BestBetArticleCheck(entries, path: path, display: display, bytes: bytes)
                pinned.references(into: &check)
            case .article: continue
            }
            if let first = registersInBatch[registerKind] {
                check.add(
                    XMLDiagnostic(
                        file: display, line: 1, column: 1,
                        message: "the \(registerKind.rawValue) register is also in \(first); send it once"))
            }
            registersInBatch[registerKind] = display
        }
    }

    private mutating func article(
        _ incoming: Article, lines: ArticleLines, clean: Bool, path: String, bytes: [UInt8]?
    ) throws(StorageError) {
        check.add(incoming, lines: lines, path: path, display: path)
        if batchArticles[incoming.id] == nil {
            batchArticles[incoming.id] = (
                incoming.owner, incoming.status,
                SourcePlace(path: path, display: path, line: lines.root, element: "article", bytes: bytes)
            )
        }
        if case .owner(let allowed) = scope, incoming.owner != allowed {
            check.add(
                SourcePlace(path: path, display: path, line: lines.owner, element: "owner", bytes: bytes)
                    .diagnostic(
                        "element 'owner': this token may publish only articles owned by '\(allowed)', not '\(incoming.owner)'"
                    ))
        }
        guard clean, !batchIDs.contains(incoming.id) else { return }
        batchIDs.insert(incoming.id)
        let id = incoming.id
        let currentPath = folder.articlePath(id)
        var article = incoming
        guard currentIDs.contains(id) else {
            try stage(try onXML(ArticleXML.document(article)), at: "articles/\(id).xml")
            report.articles.append((id, .added(revision: article.revision)))
            return
        }
        var current: Article?
        _ = KnowledgeDocument(path: currentPath, displayName: folder.display(currentPath)).read { item, _ in
            if case .article(let found, _) = item { current = found }
        }
        if case .owner(let allowed) = scope, let current, current.owner != allowed {
            check.add(
                SourcePlace(path: path, display: path, line: lines.root, element: "article", bytes: bytes)
                    .diagnostic(
                        "article '\(id)' belongs to '\(current.owner)'; this token may change only articles owned by '\(allowed)'"
                    ))
            return
        }
        let previous = current?.revision ?? 0
        article.revision = max(previous, 1)
        if let current, current == article {
            report.articles.append((id, .unchanged))
            return
        }
        article.revision = previous + 1
        if previous > 0 {
            try stage(try onFiles(DurableFiles.read(currentPath)), at: "history/\(id)/\(previous).xml")
        }
        try stage(try onXML(ArticleXML.document(article)), at: "articles/\(id).xml")
        report.articles.append((id, .updated(from: previous, to: article.revision)))
    }

    /// An owner's token may change only its own units and best bets, and no other register.
    private mutating func checkScope() {
        guard case .owner(let allowed) = scope else { return }
        checkOwned(
            .bestbets, noun: "best bet", old: currentRegisters.bestBets, new: newRegisters.bestBets,
            id: \.id, owner: \.owner, allowed: allowed)
        for kind in RegisterKind.allCases where kind.isAdminOnly && registersInBatch[kind] != nil {
            let changed = Publisher.registerChanged(
                old: { try onXML(RegistersXML.document(kind, of: currentRegisters)) },
                new: { try onXML(RegistersXML.document(kind, of: newRegisters)) })
            if changed {
                check.add(
                    XMLDiagnostic(
                        file: registersInBatch[kind]!, line: 1, column: 1,
                        message: "the \(kind.rawValue) register can be changed only with an admin token"))
            }
        }
        checkOwned(
            .units, noun: "unit", old: currentRegisters.units, new: newRegisters.units, id: \.id,
            owner: \.owner, allowed: allowed)
    }

    /// Entries of an owned register (units, best bets) that the batch changes must belong to
    /// `allowed`, before and after.
    private mutating func checkOwned<Entry: Equatable>(
        _ kind: RegisterKind, noun: String, old: [Entry], new: [Entry], id: (Entry) -> String,
        owner: (Entry) -> String, allowed: String
    ) {
        guard let file = registersInBatch[kind] else { return }
        let old = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        for key in Set(old.keys).union(new.keys).sorted() where old[key] != new[key] {
            let owners = [old[key].map(owner), new[key].map(owner)].compactMap { $0 }
            if let other = owners.first(where: { $0 != allowed }) {
                check.add(
                    XMLDiagnostic(
                        file: file, line: 1, column: 1,
                        message:
                            "\(noun) '\(key)' belongs to '\(other)'; this token may change only \(noun)s owned by '\(allowed)'"
                    ))
            }
        }
    }

    /// Each best bet must pin a published article of its own owner, as the folder will be: the
    /// best bets sent are checked where they stand; an article sent that a standing best bet pins
    /// is checked where the article stands.
    private mutating func checkBestBets() {
        if registersInBatch[.bestbets] != nil {
            for id in pinned.pinnedArticles.sorted() {
                if let article = batchArticles[id] {
                    pinned.note(id, owner: article.owner, status: article.status)
                } else if currentIDs.contains(id) {
                    let path = folder.articlePath(id)
                    _ = KnowledgeDocument(path: path, displayName: folder.display(path)).read { item, _ in
                        if case .article(let found, _) = item { pinned.note(found) }
                    }
                }
            }
            for item in pinned.diagnostics() { check.add(item) }
            return
        }
        for entry in newRegisters.bestBets {
            guard let article = batchArticles[entry.article],
                let problem = BestBetArticleCheck.problem(entry, owner: article.owner, status: article.status)
            else { continue }
            check.add(
                article.place.diagnostic(
                    problem + " (registers/bestbets.xml); change or remove the best bet first"))
        }
    }

    /// After every file is read: stage changed registers and check all references against the
    /// folder as it will be.
    mutating func finish() throws(StorageError) {
        checkScope()
        checkBestBets()
        var registersChanged = false
        for kind in RegisterKind.allCases {
            if registersInBatch[kind] == nil {
                for item in currentRegisterProblems[kind] ?? [] { check.add(item) }
                continue
            }
            let newBytes = try onXML(RegistersXML.document(kind, of: newRegisters))
            let exists = DurableFiles.exists(folder.registerPath(kind))
            if exists, (try? RegistersXML.document(kind, of: currentRegisters)) == newBytes,
                currentRegisterProblems[kind]?.isEmpty ?? true
            {
                report.registers.append((kind, .unchanged))
                continue
            }
            try stage(newBytes, at: "registers/" + kind.fileName)
            report.registers.append((kind, exists ? .updated(from: 0, to: 0) : .added(revision: 1)))
            if !kind.isOptional { registersChanged = true }
        }
        if registersChanged {
            // The existing articles and units must still resolve against the new registers.
            if registersInBatch[.units] == nil {
                let path = folder.registerPath(.units)
                check.add(
                    units: newRegisters.units.map { ($0, 1) }, path: path, display: folder.display(path))
            }
            if registersInBatch[.bestbets] == nil, !newRegisters.bestBets.isEmpty {
                let path = folder.registerPath(.bestbets)
                check.add(
                    bestBets: newRegisters.bestBets.map { ($0, 1) }, path: path, display: folder.display(path)
                )
            }
            for id in currentIDs.subtracting(batchIDs).sorted() {
                let path = folder.articlePath(id)
                var found: (Article, ArticleLines)?
                _ = KnowledgeDocument(path: path, displayName: folder.display(path)).read { item, _ in
                    if case .article(let article, let lines) = item { found = (article, lines) }
                }
                if let (article, lines) = found {
                    var references = article
                    references.related = []  // related articles are unaffected by registers
                    var referenceLines = lines
                    referenceLines.related = []
                    check.add(references, lines: referenceLines, path: path, display: folder.display(path))
                }
            }
        }
        let ids = currentIDs.union(batchIDs)
        check.resolve(registers: newRegisters, articleIDs: ids)
    }
}

extension Publisher {
    /// Moves an article to `status` (draft → published, published → archived …) as a new
    /// revision, with the previous one kept in history, through the same checks as an import.
    public func setStatus(
        _ id: String, to status: ArticleStatus, scope: PublishScope = .admin, note: ChangeNote = ChangeNote()
    ) throws(StorageError) -> ImportReport {
        let path = folder.articlePath(id)
        var current: Article?
        if DurableFiles.exists(path) {
            _ = KnowledgeDocument(path: path, displayName: folder.display(path)).read { item, _ in
                if case .article(let found, _) = item { current = found }
            }
        }
        guard var article = current else {
            throw StorageError.refused([
                XMLDiagnostic(file: folder.display(path), line: 0, column: 0, message: "no article '\(id)'")
            ])
        }
        article.status = status
        let delivery = TemporaryDirectory.make(prefix: "kb-status")
        defer { DurableFiles.remove(delivery) }
        let bytes = try onXML(ArticleXML.document(article))
        try onFiles(DurableFiles.writeFile(bytes, to: delivery + "/\(id).xml"))
        return try importBatch([delivery + "/\(id).xml"], scope: scope, note: note)
    }
}
