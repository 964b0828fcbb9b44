internal import CLibXML2

/// Collects libxml2's structured errors for one parse, turned into `XMLDiagnostic`s.
///
/// Exists because libxml2's global "last error" keeps only one error and is shared by threads;
/// a sink per parse keeps every error and belongs to one reader.
final class DiagnosticSink {
    let path: String
    let displayName: String
    var diagnostics: [XMLDiagnostic] = []
    /// Stop collecting after this many, so a broken 200 MB file cannot fill memory with errors.
    var limit = 1000
    /// The document is not well-formed: only well-formedness errors are kept.
    private(set) var malformed = false
    lazy var locator = SourceLocator(path: path)

    init(path: String, displayName: String) {
        self.path = path
        self.displayName = displayName
    }

    /// Whether the limit is reached: nothing more is collected, and readers stop reading.
    var isFull: Bool { diagnostics.count >= limit }

    func add(line: Int, column: Int, message: String) {
        guard diagnostics.count < limit else { return }
        let diagnostic = XMLDiagnostic(file: displayName, line: line, column: column, message: message)
        if diagnostics.last != diagnostic {
            diagnostics.append(diagnostic)
        }
        if diagnostics.count == limit {
            diagnostics.append(
                XMLDiagnostic(
                    file: displayName, line: line, column: column,
                    message: "too many errors; stopped listing them"))
        }
    }

    func add(_ error: UnsafePointer<xmlError>) {
        let domain = error.pointee.domain
        let fromParser = domain == Int32(XML_FROM_PARSER.rawValue)
        // Checked before any work: a hostile document can raise an error per attribute.
        if malformed && !fromParser { return }
        if isFull && (malformed || !fromParser) { return }
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
        var line = Int(error.pointee.line)
        var column = Int(error.pointee.int2)
        var elementName: String?
        // Only validity errors carry a tree node; for others the field is not a node.
        let fromSchema =
            domain == Int32(XML_FROM_SCHEMASV.rawValue) || domain == Int32(XML_FROM_VALID.rawValue)
        if fromSchema, let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self) {
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = nodeLine }
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                elementName = String(cString: name)
            }
        }
        if column <= 0 {
            column = locator.column(ofElement: elementName, line: line)
        }
        var message = DiagnosticWording.reword(raw)
        if fromParser {
            message = "not well-formed XML: " + message
            if !malformed {
                // Schema errors that came before are noise once the document is not even XML.
                malformed = true
                diagnostics.removeAll()
            }
        } else if malformed {
            return
        }
        add(line: max(line, 1), column: max(column, 1), message: message)
    }
}

/// The C callback libxml2 calls for each error; `context` is an unretained `DiagnosticSink`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let sink = Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue()
    sink.add(error)
}
