import Search
import XMLSupport

/// Where something was written: a file, and a line and element in it.
package struct SourcePlace: Sendable {
    package var path: String
    package var display: String
    package var line: Int
    package var element: String
    /// The document itself when it was read from memory (`path` then only names it).
    package var bytes: [UInt8]?

    package init(path: String, display: String, line: Int, element: String, bytes: [UInt8]? = nil) {
        self.path = path
        self.display = display
        self.line = line
        self.element = element
        self.bytes = bytes
    }

    package func diagnostic(_ message: String) -> XMLDiagnostic {
        XMLDiagnostic.located(
            path: path, displayName: display, line: line, element: element, message: message,
            locator: bytes.map { SourceLocator(bytes: $0, name: path) })
    }
}

/// Collects the references a batch of documents makes and checks them once every target is
/// known: owners, units and articles must exist; ids must be unique; dates must be in order.
///
/// Exists so that validate, import and export report dangling references the same way, in words
/// an editor understands, after reading everything (so all errors are listed, not the first).
package struct ReferenceCheck {
    package enum Target: String { case owner, unit, article }

    /// The elements a reference is written in.
    private enum Element: String { case owner, refer, related, unit, bestbet }

    /// A reference waiting for its target to be known, or being checked.
    private struct Pending {
        var target: Target
        var id: String
        var file: Int32
        var line: Int32
        var element: Element
    }

    /// The references waiting for their targets, in the order made. A large folder has a million
    /// or more of them: each is kept as a small fixed record with its id's bytes in one arena,
    /// not as a `String` apiece (which cost about four times as much at the end of a 1M scan).
    private struct PendingList {
        private struct Stored {
            var file: Int32
            var line: Int32
            var target: Target
            var element: Element
        }
        /// The `n`th reference's id is `ids[n]`.
        private var ids = PackedStrings()
        private var stored: [Stored] = []

        mutating func append(_ reference: Pending) {
            ids.append(reference.id)
            stored.append(
                Stored(
                    file: reference.file, line: reference.line, target: reference.target,
                    element: reference.element))
        }

        /// Calls `body` with each reference, in the order appended.
        func inOrder(_ body: (Pending) -> Void) {
            for (index, entry) in stored.enumerated() {
                body(
                    Pending(
                        target: entry.target, id: ids[index], file: entry.file, line: entry.line,
                        element: entry.element)
                )
            }
        }

        mutating func removeAll() {
            ids = PackedStrings()
            stored = []
        }
    }

    /// The files references and ids were found in: each path and display name once, as bytes in
    /// one arena. The display name is usually the path's tail (`KnowledgeFolder.display`) and
    /// then costs nothing more; a million `(String, String)` pairs cost about three times as
    /// much.
    private struct FileNames {
        private var bytes: [UInt8] = []
        /// Per file: where its path starts and ends, and where its display name starts and ends
        /// (inside the path when it is the path's tail).
        private var ranges: [(path: Range<Int>, display: Range<Int>)] = []

        var count: Int { ranges.count }

        /// Whether the last file added has this path.
        func lastIs(_ path: String) -> Bool {
            guard let last = ranges.last else { return false }
            return bytes[last.path].elementsEqual(path.utf8)
        }

        mutating func append(path: String, display: String) {
            let start = bytes.count
            bytes.append(contentsOf: path.utf8)
            let pathRange = start..<bytes.count
            let displayCount = display.utf8.count
            if displayCount <= pathRange.count,
                bytes[(pathRange.upperBound - displayCount)..<pathRange.upperBound].elementsEqual(
                    display.utf8)
            {
                ranges.append((pathRange, (pathRange.upperBound - displayCount)..<pathRange.upperBound))
            } else {
                bytes.append(contentsOf: display.utf8)
                ranges.append((pathRange, pathRange.upperBound..<bytes.count))
            }
        }

        subscript(file: Int) -> (path: String, display: String) {
            let (path, display) = ranges[file]
            return (
                String(decoding: bytes[path], as: UTF8.self), String(decoding: bytes[display], as: UTF8.self)
            )
        }
    }

    private var pending = PendingList()
    package private(set) var diagnostics: [XMLDiagnostic] = []
    /// Most diagnostics listed; past it they are only counted, and not worked out (a hostile
    /// batch can hold a dangling reference per line).
    package static let maxDiagnostics = 1000
    private var omitted = 0
    /// One locator per file, so that many diagnostics on a file read it once.
    private var locators: [Int32: SourceLocator] = [:]
    /// Article id → where it was first seen (file index, line).
    private var articlePlaces: [String: (file: Int32, line: Int32)] = [:]
    private var files = FileNames()
    /// Documents read from memory, by the name that stands for their path.
    private var memoryDocuments: [String: [UInt8]] = [:]
    /// Owner and unit ids, when the registers are known before the articles are read (a folder
    /// scan): their references are then checked at once instead of being kept until the end.
    private let knownOwners: Set<String>?
    private let knownUnits: Set<String>?

    package init(registers: Registers? = nil) {
        knownOwners = registers.map { Set($0.owners.map(\.id)) }
        knownUnits = registers.map { Set($0.units.map(\.id)) }
    }

    /// Makes diagnostics on `path` find their columns in `bytes`: the document was read from
    /// memory and no file has that name.
    package mutating func provide(bytes: [UInt8], forPath path: String) {
        memoryDocuments[path] = bytes
    }

    private mutating func fileIndex(_ path: String, _ display: String) -> Int32 {
        if files.lastIs(path) { return Int32(files.count - 1) }
        files.append(path: path, display: display)
        return Int32(files.count - 1)
    }

    /// Whether another diagnostic may be listed; counts it as omitted when not.
    private mutating func hasRoom() -> Bool {
        if diagnostics.count < Self.maxDiagnostics { return true }
        omitted += 1
        return false
    }

    /// A diagnostic at `line` of file `file`, its column found through the file's locator.
    private mutating func diagnostic(_ file: Int32, _ line: Int, _ element: String, _ message: String)
        -> XMLDiagnostic
    {
        let (path, display) = files[Int(file)]
        let locator =
            locators[file] ?? memoryDocuments[path].map { SourceLocator(bytes: $0, name: path) }
            ?? SourceLocator(path: path)
        locators[file] = locator
        return XMLDiagnostic.located(
            path: path, displayName: display, line: line, element: element, message: message, locator: locator
        )
    }

    /// Records an article's id (reporting a duplicate) and all of its references.
    package mutating func add(_ article: Article, lines: ArticleLines, path: String, display: String) {
        let file = fileIndex(path, display)
        if let first = articlePlaces[article.id] {
            if hasRoom() {
                let other = files[Int(first.file)].display
                diagnostics.append(
                    diagnostic(
                        file, lines.root, "article",
                        "article id '\(article.id)' is already used by \(other):\(first.line)"))
            }
        } else {
            articlePlaces[article.id] = (file, Int32(lines.root))
        }
        refer(
            Pending(target: .owner, id: article.owner, file: file, line: Int32(lines.owner), element: .owner)
        )
        for (referral, line) in zip(article.referrals, lines.referrals) {
            refer(Pending(target: .unit, id: referral.unit, file: file, line: Int32(line), element: .refer))
        }
        for (related, line) in zip(article.related, lines.related) {
            refer(Pending(target: .article, id: related, file: file, line: Int32(line), element: .related))
        }
        if let reviewed = article.reviewed, let reviewBy = article.reviewBy, reviewBy <= reviewed, hasRoom() {
            diagnostics.append(
                diagnostic(
                    file, lines.reviewBy, "review-by",
                    "element 'review-by': \(reviewBy) must be later than the date in 'reviewed' (\(reviewed))"
                ))
        }
    }

    /// Records the owner reference of each unit.
    package mutating func add(units: [(Unit, Int)], path: String, display: String) {
        let file = fileIndex(path, display)
        for (unit, line) in units {
            refer(Pending(target: .owner, id: unit.owner, file: file, line: Int32(line), element: .unit))
        }
    }

    /// Records the owner and article references of each best bet.
    package mutating func add(bestBets: [(BestBet, Int)], path: String, display: String) {
        let file = fileIndex(path, display)
        for (entry, line) in bestBets {
            refer(Pending(target: .owner, id: entry.owner, file: file, line: Int32(line), element: .bestbet))
            pending.append(
                Pending(target: .article, id: entry.article, file: file, line: Int32(line), element: .bestbet)
            )
        }
    }

    /// Checks a reference now when its register is known, else keeps it for `resolve`.
    private mutating func refer(_ reference: Pending) {
        switch reference.target {
        case .owner where knownOwners != nil: check(reference, knownOwners!)
        case .unit where knownUnits != nil: check(reference, knownUnits!)
        default: pending.append(reference)
        }
    }

    private mutating func check(_ reference: Pending, _ known: Set<String>) {
        guard !known.contains(reference.id), hasRoom() else { return }
        let message: String
        switch reference.target {
        case .owner: message = "names no owner in registers/owners.xml"
        case .unit: message = "names no unit in registers/units.xml"
        case .article: message = "names no article in the knowledge folder"
        }
        var text = "element '\(reference.element.rawValue)': ref '\(reference.id)' \(message)"
        let budget = max(1, min(3, reference.id.count / 4))
        let close = EditDistance.closest(to: reference.id, in: known, limit: budget, count: 1)
        if let best = close.first { text += " (did you mean '\(best)'?)" }
        diagnostics.append(diagnostic(reference.file, Int(reference.line), reference.element.rawValue, text))
    }

    package mutating func add(_ diagnostic: XMLDiagnostic) {
        if hasRoom() { diagnostics.append(diagnostic) }
    }

    /// Resolves every recorded reference against the final registers and article ids.
    package mutating func resolve(registers: Registers, articleIDs: Set<String>) {
        let owners = Set(registers.owners.map(\.id))
        let units = Set(registers.units.map(\.id))
        let waiting = pending
        pending.removeAll()
        waiting.inOrder { reference in
            switch reference.target {
            case .owner: check(reference, owners)
            case .unit: check(reference, units)
            case .article: check(reference, articleIDs)
            }
        }
        // Read like a compiler's output: file by file (in the order first seen), then by position.
        var order: [String: Int] = [:]
        for diagnostic in diagnostics where order[diagnostic.file] == nil {
            order[diagnostic.file] = order.count
        }
        diagnostics = diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return order[x.file]! < order[y.file]! }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
        if omitted > 0, let last = diagnostics.last {
            diagnostics.append(
                XMLDiagnostic(
                    file: last.file, line: last.line, column: last.column,
                    message: "too many problems; \(omitted) more not listed"))
            omitted = 0
        }
    }
}
