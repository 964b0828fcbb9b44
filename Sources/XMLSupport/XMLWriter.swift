internal import CLibXML2

/// A streaming XML writer (libxml2's `xmlTextWriter`): UTF-8, two-space indentation.
///
/// Exists so exports are canonical: the same model always gives the same bytes, which is what
/// makes export → import → export byte-identical. Writes to memory or straight to a file, so a
/// bundle of any size never has to be held in memory. Use from one thread.
public final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private let buffer: xmlBufferPtr?
    private var failed = false
    private let target: String

    /// A writer that collects the document in memory; read it with `finish()`.
    public init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        target = "memory"
        configure()
    }

    /// A writer that streams into the file at `path` (created or truncated).
    public init(path: String) throws(XMLDiagnostics) {
        buffer = nil
        target = path
        writer = xmlNewTextWriterFilename(path, 0)
        guard writer != nil else {
            throw XMLDiagnostics([
                XMLDiagnostic(file: path, line: 0, column: 0, message: "cannot create file")
            ])
        }
        configure()
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    private func configure() {
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlTextWriterSetIndentString(writer, "  "))
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }

    /// Opens an element; `namespace` adds an `xmlns` declaration.
    public func start(_ name: String, namespace: String? = nil) {
        check(xmlTextWriterStartElement(writer, name))
        if let namespace { attribute("xmlns", namespace) }
    }

    public func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    public func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, value))
    }

    public func end() {
        check(xmlTextWriterEndElement(writer))
    }

    /// `<name>text</name>` on one line.
    public func element(_ name: String, _ text: String) {
        start(name)
        self.text(text)
        end()
    }

    /// Closes the document. For a memory writer returns its bytes; for a file writer, flushes and
    /// closes the file (the caller fsyncs and renames it) and returns nothing.
    @discardableResult
    public func finish() throws(XMLDiagnostics) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
        if failed {
            throw XMLDiagnostics([
                XMLDiagnostic(file: target, line: 0, column: 0, message: "writing XML failed")
            ])
        }
        guard let buffer, let content = xmlBufferContent(buffer) else { return [] }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
