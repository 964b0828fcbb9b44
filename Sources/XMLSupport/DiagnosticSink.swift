internal import CLibXML2

/// Collects libxml2's structured errors for one parse, turned into `XMLDiagnostic`s.
///
/// Exists because libxml2's global "last error" keeps only one error and is shared by threads;
/// a sink per parse keeps every error and belongs to one reader.
final class DiagnosticSink {
    let path: String
    let displayName: String
    @exclusivity(unchecked) var diagnostics: [XMLDiagnostic] = []
    /// Stop collecting after this many, so a broken 200 MB file cannot fill memory with errors.
    var limit = 1000
    /// The document is not well-formed: only well-formedness errors are kept.
    private(set) var malformed = false
    /// Messages from libxml2's generic (unstructured) error channel since the reader last
    /// placed them; they carry no location.
    @exclusivity(unchecked) var unplaced: [String] = []
    /// The document's bytes when it is read from memory, for the locator.
    private let bytes: [UInt8]?
    lazy var locator = bytes.map { SourceLocator(bytes: $0, name: path) } ?? SourceLocator(path: path)

    init(path: String, displayName: String, bytes: [UInt8]? = nil) {
        self.path = path
        self.displayName = displayName
        self.bytes = bytes
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

/// The C callback for libxml2's generic error channel, which its schema validator uses for
/// "Unimplemented block at xmlschemas.c:…" and which otherwise prints on stderr. libxml2
/// declares it variadic; only the two fixed arguments are read (the format, not its values), so
/// a non-variadic function stands in. `context` is an unretained `DiagnosticSink`.
let collectGenericError: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = {
    context, format in
    guard let context, let format else { return }
    let sink = Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue()
    guard sink.unplaced.count < 16 else { return }
    sink.unplaced.append(String(cString: format))
}

extension DiagnosticSink {
    /// Sends libxml2's structured and generic errors on this thread to this sink while `body`
    /// runs (both handlers are per thread), then puts back the handlers that were there before:
    /// the defaults, or those of a reader whose loop this one runs inside.
    func collecting<T>(_ body: () throws -> T) rethrows -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        return try withExtendedLifetime(self) {
            try withErrorHandlers(
                context, structured: collectStructuredError, generic: collectGenericError, body)
        }
    }

    /// Turns generic messages into diagnostics at `line`: the document could not be checked
    /// completely, so it is refused (failing closed) with a message that says so.
    func placeUnplaced(line: Int) {
        guard !unplaced.isEmpty else { return }
        let what = unplaced[0].split(separator: " at ").first.map { String($0).trimmed() } ?? "an error"
        unplaced.removeAll()
        add(
            line: max(line, 1), column: 1,
            message:
                "the schema validator could not check this part of the document (libxml2: \(what)); it is refused"
        )
    }
}

/// The C callback libxml2 calls for each error; `context` is an unretained `DiagnosticSink`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let sink = Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue()
    sink.add(error)
}

/// Sends libxml2's structured and generic errors on this thread to `structured` and `generic`
/// with `context` while `body` runs (both handlers are per thread), then puts back the handlers
/// that were there before.
func withErrorHandlers<T>(
    _ context: UnsafeMutableRawPointer, structured: xmlStructuredErrorFunc,
    generic: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void,
    _ body: () throws -> T
) rethrows -> T {
    let structuredBefore = __xmlStructuredError()
    let structuredContext = __xmlStructuredErrorContext()
    let genericBefore = __xmlGenericError()
    let genericContext = __xmlGenericErrorContext()
    let before = (
        structuredBefore?.pointee, structuredContext?.pointee, genericBefore?.pointee, genericContext?.pointee
    )
    xmlSetStructuredErrorFunc(context, structured)
    xmlSetGenericErrorFunc(context, unsafeBitCast(generic, to: OpaquePointer.self))
    defer {
        xmlSetStructuredErrorFunc(before.1, before.0)
        // libxml2 puts its default (printing) handler back for a nil function.
        xmlSetGenericErrorFunc(before.3, before.2)
    }
    return try body()
}
