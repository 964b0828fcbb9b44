import Search
import XMLSupport

/// Where something was written: a file, and a line and element in it.
struct SourcePlace: Sendable {
    var path: String
    var display: String
    var line: Int
    var element: String

    func diagnostic(_ message: String) -> XMLDiagnostic {
        XMLDiagnostic.located(path: path, displayName: display, line: line, element: element, message: message)
    }
}

/// Collects the references a batch of documents makes and checks them once every target is
/// known: owners, units and articles must exist; ids must be unique; dates must be in order.
///
/// Exists so that validate, import and export report dangling references the same way, in words
/// an editor understands, after reading everything (so all errors are listed, not the first).
struct ReferenceCheck {
    enum Target: String { case owner, unit, article }

    private struct Pending {
        var target: Target
        var id: String
        var place: SourcePlace
    }

    private var pending: [Pending] = []
    private(set) var diagnostics: [XMLDiagnostic] = []
    private var articlePlaces: [String: SourcePlace] = [:]

    /// Records an article's id (reporting a duplicate) and all of its references.
    mutating func add(_ article: Article, lines: ArticleLines, path: String, display: String) {
        let root = SourcePlace(path: path, display: display, line: lines.root, element: "article")
        if let first = articlePlaces[article.id] {
            diagnostics.append(
                root.diagnostic("article id '\(article.id)' is already used by \(first.display):\(first.line)"))
        } else {
            articlePlaces[article.id] = root
        }
        refer(.owner, article.owner, SourcePlace(path: path, display: display, line: lines.owner, element: "owner"))
        for (referral, line) in zip(article.referrals, lines.referrals) {
            refer(.unit, referral.unit, SourcePlace(path: path, display: display, line: line, element: "refer"))
        }
        for (related, line) in zip(article.related, lines.related) {
            refer(.article, related, SourcePlace(path: path, display: display, line: line, element: "related"))
        }
        if let reviewed = article.reviewed, let reviewBy = article.reviewBy, reviewBy <= reviewed {
            let place = SourcePlace(path: path, display: display, line: lines.reviewBy, element: "review-by")
            diagnostics.append(
                place.diagnostic(
                    "element 'review-by': \(reviewBy) must be later than the date in 'reviewed' (\(reviewed))"))
        }
    }

    /// Records the owner reference of each unit.
    mutating func add(units: [(Unit, Int)], path: String, display: String) {
        for (unit, line) in units {
            refer(.owner, unit.owner, SourcePlace(path: path, display: display, line: line, element: "unit"))
        }
    }

    mutating func refer(_ target: Target, _ id: String, _ place: SourcePlace) {
        pending.append(Pending(target: target, id: id, place: place))
    }

    mutating func add(_ diagnostic: XMLDiagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Resolves every recorded reference against the final registers and article ids.
    mutating func resolve(registers: Registers, articleIDs: Set<String>) {
        let owners = Set(registers.owners.map(\.id))
        let units = Set(registers.units.map(\.id))
        for reference in pending {
            let known: Set<String>
            let message: String
            switch reference.target {
            case .owner:
                known = owners
                message = "names no owner in registers/owners.xml"
            case .unit:
                known = units
                message = "names no unit in registers/units.xml"
            case .article:
                known = articleIDs
                message = "names no article in the knowledge folder"
            }
            guard !known.contains(reference.id) else { continue }
            var text = "element '\(reference.place.element)': ref '\(reference.id)' \(message)"
            let budget = max(1, min(3, reference.id.count / 4))
            let close = EditDistance.closest(to: reference.id, in: known, limit: budget, count: 1)
            if let best = close.first { text += " (did you mean '\(best)'?)" }
            diagnostics.append(reference.place.diagnostic(text))
        }
        pending.removeAll()
        // Read like a compiler's output: file by file (in the order first seen), then by position.
        var order: [String: Int] = [:]
        for diagnostic in diagnostics where order[diagnostic.file] == nil { order[diagnostic.file] = order.count }
        diagnostics = diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return order[x.file]! < order[y.file]! }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
