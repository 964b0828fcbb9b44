internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming, validating reader over one XML file or buffer (libxml2's `xmlTextReader`).
///
/// Exists so that documents of any size are read node by node, checked against a schema while
/// they stream, and never expand entities or reach the network. A document with a DOCTYPE is
/// refused outright: Vägvisare's formats need none, and DOCTYPEs are how XXE and "billion laughs"
/// attacks arrive. Owns its libxml2 reader and frees it in `deinit`; use it from one thread.
public final class XMLReader {
    private let reader: xmlTextReaderPtr
    private let sink: DiagnosticSink
    // The reader's state is read and written for every node; a reader is used from one thread
    // and none of these is ever accessed while another access to it is under way, so they go
    // without dynamic exclusivity checks (about 5 % of reading an article's events).
    @exclusivity(unchecked) private var pendingEnd: (name: String, depth: Int)?
    @exclusivity(unchecked) private var finished = false
    /// Inside `forEachEvent`, whose handlers are set already.
    @exclusivity(unchecked) private var inLoop = false
    /// The schema validated against and its validation context for this document, given back
    /// to the schema when the reader is done.
    private let schema: XMLSchema?
    private var validating: Bool { schema != nil }
    private var validationContext: xmlSchemaValidCtxtPtr?
    /// Element, attribute and prefix names and namespace URIs met in this document, as `String`s
    /// by their pointer into libxml2's name dictionary (see `name(_:)`).
    @exclusivity(unchecked) private var names = NameCache()
    /// The document libxml2 reads from when it was given as bytes; freed in `deinit`.
    private let memory: UnsafeMutableBufferPointer<CChar>?

    /// Files up to this size are read whole, once, and parsed from memory; larger ones stream
    /// from the file (a bundle of a whole folder can be gigabytes).
    static let wholeFileLimit = 16 * 1024 * 1024

    /// Opens `path`; `displayName` is how diagnostics name the file.
    public init(
        path: String, displayName: String? = nil, schema: XMLSchema? = nil,
        options: XMLParseOptions = .strict
    ) throws(XMLDiagnostics) {
        let shown = displayName ?? path
        sink = DiagnosticSink(path: path, displayName: shown)
        // A file of ordinary size is read with one open and one read, and both the prolog check
        // and libxml2 work on those bytes: no second open, no block buffer per file.
        if let memory = Self.readWhole(path) {
            if let (line, column, message) = PrologCheck(memory: UnsafeBufferPointer(memory)).refusal() {
                memory.deallocate()
                throw XMLDiagnostics([
                    XMLDiagnostic(file: shown, line: line, column: column, message: message)
                ])
            }
            let characters = UnsafeMutableRawPointer(memory.baseAddress!).assumingMemoryBound(to: CChar.self)
            // UTF-8 whatever the document declares: the prolog check above read it as UTF-8.
            guard
                let reader = ReaderPool.shared.reader(
                    characters, count: Int32(memory.count), url: path, options: options.rawValue)
            else {
                memory.deallocate()
                throw XMLDiagnostics([
                    XMLDiagnostic(file: shown, line: 0, column: 0, message: "cannot open file")
                ])
            }
            self.reader = reader
            self.memory = UnsafeMutableBufferPointer(start: characters, count: memory.count)
            self.schema = schema
            try attach(schema, shown: shown)
            return
        }
        if let (line, column, message) = PrologCheck(path: path).refusal() {
            throw XMLDiagnostics([XMLDiagnostic(file: shown, line: line, column: column, message: message)])
        }
        // UTF-8 whatever the document declares: the prolog check above read it as UTF-8.
        guard let reader = xmlReaderForFile(path, "UTF-8", options.rawValue) else {
            throw XMLDiagnostics([XMLDiagnostic(file: shown, line: 0, column: 0, message: "cannot open file")]
            )
        }
        self.reader = reader
        memory = nil
        self.schema = schema
        try attach(schema, shown: shown)
    }

    /// The bytes of the regular file at `path` when it opens and holds from 1 byte to
    /// `wholeFileLimit`; nil otherwise (the streaming path then reads it, or says why it cannot).
    /// The caller owns the buffer.
    static func readWhole(_ path: String) -> UnsafeMutableBufferPointer<UInt8>? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
            info.st_size <= wholeFileLimit
        else { return nil }
        let size = Int(info.st_size)
        // One byte more than the file holds is asked for: a read that returns short of it has
        // met the end of the file, so one read call usually both fills the buffer and shows that
        // the file did not grow.
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size + 1)
        var filled = 0
        while filled <= size {
            let asked = size + 1 - filled
            let count = readBytes(descriptor, room.baseAddress! + filled, asked)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
            if count < asked { break }  // a regular file reads short only at its end
        }
        // The file changed size while read: let the streaming path read what is there now.
        guard filled == size else {
            room.deallocate()
            return nil
        }
        return UnsafeMutableBufferPointer(rebasing: room[0..<size])
    }

    /// Reads the document `bytes` (a document received over the network, say), with the same
    /// checks as a file: `displayName` is how diagnostics name it.
    public init(
        bytes: [UInt8], displayName: String, schema: XMLSchema? = nil, options: XMLParseOptions = .strict
    ) throws(XMLDiagnostics) {
        sink = DiagnosticSink(path: displayName, displayName: displayName, bytes: bytes)
        let refusal = bytes.withUnsafeBufferPointer { PrologCheck(memory: $0).refusal() }
        if let (line, column, message) = refusal {
            throw XMLDiagnostics([
                XMLDiagnostic(file: displayName, line: line, column: column, message: message)
            ])
        }
        guard bytes.count < Int(Int32.max) else {
            throw XMLDiagnostics([
                XMLDiagnostic(file: displayName, line: 0, column: 0, message: "the document is too large")
            ])
        }
        let memory = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(memory).copyMemory(from: source)
        }
        // UTF-8 whatever the document declares, as for a file.
        guard
            let reader = ReaderPool.shared.reader(
                memory.baseAddress!, count: Int32(bytes.count), url: nil, options: options.rawValue)
        else {
            memory.deallocate()
            throw XMLDiagnostics([
                XMLDiagnostic(file: displayName, line: 0, column: 0, message: "cannot read the document")
            ])
        }
        self.reader = reader
        self.memory = memory
        self.schema = schema
        try attach(schema, shown: displayName)
    }

    private func attach(_ schema: XMLSchema?, shown: String) throws(XMLDiagnostics) {
        guard let schema else { return }
        let context = schema.takeContext()
        guard let context, xmlTextReaderSchemaValidateCtxt(reader, context, 0) == 0 else {
            if let context { schema.giveBack(context) }
            throw XMLDiagnostics([
                XMLDiagnostic(file: shown, line: 0, column: 0, message: "cannot attach the schema")
            ])
        }
        validationContext = context
    }

    deinit {
        if let validationContext, let schema {
            // Unplugged (which clears the context) before the reader is set up for another
            // document: setting up replaces the SAX handler the plug-in keeps.
            xmlTextReaderSchemaValidateCtxt(reader, nil, 0)
            schema.giveBack(validationContext)
        }
        ReaderPool.shared.giveBack(reader)
        memory?.deallocate()
    }

    /// Every problem found so far: well-formedness, schema validity, refused constructs.
    public var diagnostics: [XMLDiagnostic] { sink.diagnostics }

    /// Adds a diagnostic of the caller's own (a reference check, say) at `line`, locating the
    /// column of `element`'s start tag.
    public func report(_ message: String, line: Int, element: String?) {
        sink.add(line: line, column: sink.locator.column(ofElement: element, line: line), message: message)
    }

    /// The next event, or nil at the end of the document or after a fatal error.
    public func next() -> XMLEvent? {
        // Errors go to this reader's sink through libxml2's thread-local handlers, set only
        // while libxml2 runs for us. (libxml2 2.9's per-reader structured handler passes the
        // wrong context for parser errors and crashes.)
        if inLoop { return read().map(XMLEvent.init) }
        return sink.collecting { read().map(XMLEvent.init) }
    }

    /// Calls `body` with each event, in order, up to the end of the document or a fatal error:
    /// what a loop over `next()` sees, with libxml2's error handlers set once for the whole
    /// loop instead of twice per event (setting them costs about as much as reading a small
    /// element). Another reader may be read inside `body`; this one's handlers are back after it.
    public func forEachEvent(_ body: (XMLEvent) throws -> Void) rethrows {
        try forEachBorrowedEvent { try body(XMLEvent($0)) }
    }

    /// As `forEachEvent`, with each text node's bytes lent instead of copied into a `String`:
    /// for a caller that keeps only some of the text, or keeps it in another form.
    public func forEachBorrowedEvent(_ body: (XMLBorrowedEvent) throws -> Void) rethrows {
        try sink.collecting {
            let outer = inLoop
            inLoop = true
            defer { inLoop = outer }
            while let event = read() { try body(event) }
        }
    }

    private func read() -> XMLBorrowedEvent? {
        if let end = pendingEnd {
            pendingEnd = nil
            return .end(name: end.name, depth: end.depth)
        }
        while !finished {
            let status = xmlTextReaderRead(reader)
            if !sink.unplaced.isEmpty { sink.placeUnplaced(line: currentLine()) }
            if sink.isFull {
                finished = true  // enough said: reading on would be work without a reader
                return nil
            }
            if status != 1 {
                finished = true
                if status == 0, validating, xmlTextReaderIsValid(reader) != 1, sink.diagnostics.isEmpty {
                    sink.add(line: 1, column: 1, message: "the document does not match its schema")
                }
                if status < 0, sink.diagnostics.isEmpty {
                    sink.add(line: 1, column: 1, message: "the document could not be read")
                }
                return nil
            }
            let depth = Int(xmlTextReaderDepth(reader))
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let name = name(xmlTextReaderConstLocalName(reader))
                let namespace = namespaceURI()
                let line = currentLine()
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                let attributes = readAttributes()
                if isEmpty { pendingEnd = (name, depth) }
                return .start(
                    name: name, namespace: namespace, attributes: attributes, line: line, depth: depth)
            case 15:  // end element
                return .end(name: name(xmlTextReaderConstLocalName(reader)), depth: depth)
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                let value = xmlTextReaderConstValue(reader)
                return .text(UnsafeBufferPointer(start: value, count: value.map { Int(xmlStrlen($0)) } ?? 0))
            case 10:  // DOCTYPE
                refuse(XMLReader.doctypeRefusal)
                return nil
            case 5, 6, 17:  // entity reference, entity, entity declaration
                refuse("entity references are not allowed; write the characters themselves")
                return nil
            default:
                continue  // comments, processing instructions, XML declaration
            }
        }
        return nil
    }

    static let doctypeRefusal =
        "DOCTYPE declarations are not allowed (they can define entities that read files or expand without limit)"

    private func refuse(_ message: String) {
        sink.add(line: currentLine(), column: 1, message: message)
        finished = true
    }

    private func currentLine() -> Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func readAttributes() -> [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
        attributes.reserveCapacity(Int(max(xmlTextReaderAttributeCount(reader), 0)))
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let local = name(xmlTextReaderConstLocalName(reader))
            let prefix = name(xmlTextReaderConstPrefix(reader))
            if prefix == "xmlns" || (prefix.isEmpty && local == "xmlns") { continue }
            let name = prefix == "xml" ? "xml:" + local : local
            attributes.append(XMLAttribute(name: name, value: string(xmlTextReaderConstValue(reader))))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// The current element's namespace URI. libxml2 interns it in the reader's dictionary, as
    /// it does names, so it comes from the same cache: one `String` per URI, not one per element.
    private func namespaceURI() -> String {
        names.name(xmlTextReaderConstNamespaceUri(reader))
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// A name (element, attribute or prefix) libxml2 handed over. The reader interns every
    /// name in its dictionary, which lives at least as long as this document, so the same
    /// pointer is the same name: a document's few names become `String`s once each, not once
    /// per element.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        names.name(pointer)
    }
}

/// A small cache of `String`s by the address of the C string they were made from, for names
/// interned in libxml2's dictionary: each address has one slot, and a later name whose address
/// falls on the same slot replaces the one there.
struct NameCache {
    private static let slots = 64
    private var entries = [(pointer: UnsafePointer<xmlChar>?, text: String)](
        repeating: (nil, ""), count: NameCache.slots)

    @inline(__always)
    private static func slot(_ pointer: UnsafePointer<xmlChar>) -> Int {
        let address = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (address >> 3 ^ address >> 9) & UInt(slots - 1))
    }

    func text(for pointer: UnsafePointer<xmlChar>) -> String? {
        let entry = entries[Self.slot(pointer)]
        return entry.pointer == pointer ? entry.text : nil
    }

    mutating func keep(_ text: String, for pointer: UnsafePointer<xmlChar>) {
        entries[Self.slot(pointer)] = (pointer, text)
    }

    /// The name at `pointer` (interned for as long as this cache is used), from the cache or
    /// made and kept; "" for nil.
    @inline(__always)
    mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        if let known = text(for: pointer) { return known }
        let text = String(cString: pointer)
        keep(text, for: pointer)
        return text
    }
}

/// `read(2)`, named apart from `XMLReader.read()`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
