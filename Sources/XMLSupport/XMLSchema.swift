internal import CLibXML2
import Synchronization

/// A compiled XSD, loaded once and shared by every reader that validates against it.
///
/// Exists so that validation happens while streaming (no DOM) and the schema is parsed only once
/// per process. libxml2 documents a parsed schema as read-only and shareable between validation
/// contexts, hence `@unchecked Sendable`.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// Validation contexts of this schema not in use: a reader takes one for a document and
    /// gives it back cleared (libxml2 clears it when it is unplugged), so that each document
    /// does not build its own.
    private let idleContexts = Mutex<[Handle]>([])

    /// Loads and compiles the schema at `path`; `xs:import`s are resolved relative to it, locally.
    public init(path: String) throws(XMLDiagnostics) {
        let sink = DiagnosticSink(path: path, displayName: path)
        guard let context = xmlSchemaNewParserCtxt(path) else {
            throw XMLDiagnostics([
                XMLDiagnostic(file: path, line: 0, column: 0, message: "cannot open schema")
            ])
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let unmanaged = Unmanaged.passUnretained(sink).toOpaque()
        xmlSchemaSetParserStructuredErrors(context, collectStructuredError, unmanaged)
        let schema = withExtendedLifetime(sink) { xmlSchemaParse(context) }
        guard let schema else {
            var found = sink.diagnostics
            if found.isEmpty {
                found = [
                    XMLDiagnostic(file: path, line: 0, column: 0, message: "the schema could not be compiled")
                ]
            }
            throw XMLDiagnostics(found)
        }
        pointer = schema
    }

    /// Compiles `main` from `files` (file name → bytes) held in memory, its `xs:import`s resolved
    /// among them by file name; nothing is written to or read from the file system. `set` names
    /// the set of files uniquely in this process (a set registered twice keeps the last bytes).
    public convenience init(main: String, files: [String: [UInt8]], set: String) throws(XMLDiagnostics) {
        let urls = EmbeddedSchemaLoader.register(set, files)
        guard let url = urls[main] else {
            throw XMLDiagnostics([
                XMLDiagnostic(file: main, line: 0, column: 0, message: "no schema file named \(main)")
            ])
        }
        try self.init(path: url)
    }

    deinit {
        for context in idleContexts.withLock({ $0 }) { xmlSchemaFreeValidCtxt(context.pointer) }
        xmlSchemaFree(pointer)
    }

    /// A validation context for one document: a kept one, or a new one; nil when libxml2 has no
    /// memory for it.
    func takeContext() -> xmlSchemaValidCtxtPtr? {
        idleContexts.withLock { $0.popLast() }?.pointer ?? xmlSchemaNewValidCtxt(pointer)
    }

    /// Keeps `context`, unplugged from its reader, for the next document (or frees it).
    func giveBack(_ context: xmlSchemaValidCtxtPtr) {
        let kept = idleContexts.withLock { idle in
            guard idle.count < ReaderPool.capacity else { return false }
            idle.append(Handle(pointer: context))
            return true
        }
        if !kept { xmlSchemaFreeValidCtxt(context) }
    }
}
