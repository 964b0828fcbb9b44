internal import CLibXML2
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole document through libxml2's SAX2 parser with the schema plugged in
/// (`xmlSchemaSAXPlug`): a fast path for documents that are expected to be clean.
///
/// Exists because a bulk load reads a million article files, and libxml2's `xmlTextReader`
/// (what `XMLReader` wraps) builds and frees a tree node for every node it reads; SAX builds
/// none. It only ever has to be right for clean documents: it yields, for a document that is
/// well-formed and valid, exactly the events `XMLReader.forEachBorrowedEvent` yields, and gives
/// up (returns false) on anything else — an error or warning from the parser or the validator,
/// a prolog `XMLReader` refuses, a CDATA section, a character reference in an attribute value,
/// a byte order mark, a file it cannot read whole. The caller then reads the document again
/// with `XMLReader`, which reports what is wrong exactly as always: no diagnostic ever comes
/// from here. Security is `XMLReader`'s: the same prolog check (no DOCTYPE, so no entity is ever
/// declared), no entity expansion, no network.
public enum SAXDocumentReader {
    /// Whether the fast path is used at all; `KB_XML_SAX=0` in the environment turns it off
    /// (every document is then read by `XMLReader` alone), for comparisons.
    public static let isEnabled: Bool = {
        guard let value = getenv("KB_XML_SAX") else { return true }
        return String(cString: value) != "0"
    }()

    /// Reads the file at `path` whole and, when it is clean, calls `body` with each of its events
    /// and returns true. False means "read it with `XMLReader`": the document is not clean, or
    /// `body` returned false for an event (it found something it wants reported the usual way),
    /// or the fast path is off. `body` may have been called for some events before false comes
    /// back; the caller then drops what it made of them.
    public static func readFile(
        path: String, schema: XMLSchema, _ body: (XMLBorrowedEvent) -> Bool
    ) -> Bool {
        guard isEnabled, let memory = XMLReader.readWhole(path) else { return false }
        defer { memory.deallocate() }
        return read(UnsafeBufferPointer(memory), schema: schema, body)
    }

    /// As `readFile`, for a document in memory.
    public static func read(
        bytes: [UInt8], schema: XMLSchema, _ body: (XMLBorrowedEvent) -> Bool
    ) -> Bool {
        bytes.withUnsafeBufferPointer { read($0, schema: schema, body) }
    }

    static func read(
        _ memory: UnsafeBufferPointer<UInt8>, schema: XMLSchema, _ body: (XMLBorrowedEvent) -> Bool
    ) -> Bool {
        guard memory.count > 0, memory.count < Int(Int32.max) else { return false }
        // A byte order mark: `XMLReader` reads such a document with a new libxml2 reader.
        if memory.count >= 3 && memory[0] == 0xEF && memory[1] == 0xBB && memory[2] == 0xBF { return false }
        guard PrologCheck(memory: memory).refusal() == nil else { return false }
        guard let parser = SAXParserPool.shared.take() else { return false }
        let clean = parser.parse(memory, schema: schema, body)
        SAXParserPool.shared.giveBack(parser)
        return clean
    }
}

/// libxml2 SAX parser contexts kept between documents, as `ReaderPool` keeps readers: each is
/// used by one thread at a time and reset for the next document (its name dictionary kept).
final class SAXParserPool: Sendable {
    static let shared = SAXParserPool()

    private let idle = Mutex<[SAXParser]>([])

    func take() -> SAXParser? {
        idle.withLock { $0.popLast() } ?? SAXParser()
    }

    func giveBack(_ parser: SAXParser) {
        // A dictionary grown large (a folder of documents with many distinct names) is dropped
        // with its parser rather than kept for ever.
        guard parser.dictionarySize < 4096 else { return }
        idle.withLock { idle in
            if idle.count < ReaderPool.capacity { idle.append(parser) }
        }
    }
}

/// One libxml2 parser context with a SAX2 handler that turns callbacks into `XMLBorrowedEvent`s,
/// and what it keeps between callbacks. Used by one thread at a time (`SAXParserPool`).
final class SAXParser: @unchecked Sendable {
    private let context: xmlParserCtxtPtr
    /// Where the context holds its SAX handler and user data: the schema plug-in swaps both
    /// while it is plugged in, and puts them back when unplugged (as for a reader).
    private let handlerSlot: UnsafeMutablePointer<xmlSAXHandlerPtr?>
    private let userDataSlot: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    /// The caller's handler while a document is parsed.
    @exclusivity(unchecked) private var body: ((XMLBorrowedEvent) -> Bool)?
    /// Character data since the last start or end tag, comment or processing instruction:
    /// libxml2 hands it over in pieces (every few hundred bytes, around references), the reader
    /// as one text node.
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var hasText = false
    @exclusivity(unchecked) private var depth = 0
    /// Something the fast path does not handle was met: the document is read again by `XMLReader`.
    @exclusivity(unchecked) private(set) var declined = false
    /// Names and namespace URIs by their pointer into the parser's dictionary (see `name(_:)`).
    @exclusivity(unchecked) private var names = NameCache()

    init?() {
        guard let context = xmlNewParserCtxt() else { return nil }
        guard let handler = context.pointee.sax else {
            xmlFreeParserCtxt(context)
            return nil
        }
        self.context = context
        let base = UnsafeMutableRawPointer(context)
        handlerSlot = (base + MemoryLayout<xmlParserCtxt>.offset(of: \.sax)!)
            .assumingMemoryBound(to: xmlSAXHandlerPtr?.self)
        userDataSlot = (base + MemoryLayout<xmlParserCtxt>.offset(of: \.userData)!)
            .assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        // Only what the events need; everything a DTD could bring (entity declarations,
        // references, subsets) and CDATA sections (the reader leaves them out of the tree when it
        // validates) make the document go the reader's way.
        memset(handler, 0, MemoryLayout<xmlSAXHandler>.size)
        handler.pointee.initialized = UInt32(XML_SAX2_MAGIC)
        handler.pointee.startElementNs = saxStartElement
        handler.pointee.endElementNs = saxEndElement
        handler.pointee.characters = saxCharacters
        // The same function for both, as the reader has it: the parser then never asks whether
        // whitespace is ignorable, and all of it is text.
        handler.pointee.ignorableWhitespace = saxCharacters
        handler.pointee.comment = saxBreakText
        handler.pointee.processingInstruction = saxBreakTextInstruction
        handler.pointee.cdataBlock = saxDeclineBlock
        handler.pointee.reference = saxDeclineName
        handler.pointee.internalSubset = saxDeclineSubset
        handler.pointee.externalSubset = saxDeclineSubset
        handler.pointee.entityDecl = saxDeclineEntity
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    var dictionarySize: Int { Int(xmlDictSize(context.pointee.dict)) }

    /// Parses and validates `memory`, calling `body` with each event; true when the document is
    /// clean through to its end and `body` accepted every event.
    func parse(
        _ memory: UnsafeBufferPointer<UInt8>, schema: XMLSchema, _ body: (XMLBorrowedEvent) -> Bool
    ) -> Bool {
        guard let validation = schema.takeContext() else { return false }
        defer { schema.giveBack(validation) }
        // A context last used by a reader still points at that reader for locations.
        xmlSchemaValidateSetLocator(validation, nil, nil)
        declined = false
        depth = 0
        hasText = false
        text.removeAll(keepingCapacity: true)
        userDataSlot.pointee = Unmanaged.passUnretained(self).toOpaque()
        guard let plug = xmlSchemaSAXPlug(validation, handlerSlot, userDataSlot) else { return false }
        let finished = withoutActuallyEscaping(body) { body in
            self.body = body
            defer { self.body = nil }
            let me = Unmanaged.passUnretained(self).toOpaque()
            return withErrorHandlers(me, structured: saxStructuredError, generic: saxGenericError) {
                memory.withMemoryRebound(to: CChar.self) { characters in
                    // No option drops CDATA here (with the plug-in in place it would hand CDATA
                    // over as text, which the reader does not): a CDATA section declines.
                    _ = xmlCtxtReadMemory(
                        context, characters.baseAddress, Int32(characters.count), nil, "UTF-8",
                        Int32(XML_PARSE_NONET.rawValue))
                }
                return context.pointee.wellFormed == 1 && xmlSchemaIsValid(validation) == 1
            }
        }
        xmlSchemaSAXUnplug(plug)
        return finished && !declined && depth == 0
    }

    /// Marks the document for the reader. The parse goes on to its end (or the parser's own
    /// stop at a fatal error), every callback from here on doing nothing: libxml2 2.9's
    /// `xmlStopParser` inside a callback frees the input under the caller's feet.
    fileprivate func decline() {
        declined = true
    }

    @inline(__always)
    private func send(_ event: XMLBorrowedEvent) {
        if !body!(event) { decline() }
    }

    private func flushText() {
        guard hasText else { return }
        hasText = false
        text.withUnsafeBufferPointer { send(.text($0)) }
        text.removeAll(keepingCapacity: true)
    }

    fileprivate func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
        guard !declined else { return }
        hasText = true
        if let bytes, count > 0 {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
    }

    fileprivate func breakText() {
        guard !declined else { return }
        flushText()
    }

    fileprivate func startElement(
        _ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int32,
        _ defaulted: Int32,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !declined else { return }
        flushText()
        guard !declined else { return }
        // The reader gives an element's line from its tree node, which holds up to 65,534.
        let line = Int(context.pointee.input.pointee.line)
        guard line > 0, line < 65535, defaulted == 0 else { return decline() }
        var list: [XMLAttribute] = []
        if count > 0, let attributes {
            list.reserveCapacity(Int(count))
            for index in 0..<Int(count) {
                let entry = attributes + 5 * index
                guard let start = entry[3], let end = entry[4] else { return decline() }
                let value = UnsafeBufferPointer(start: start, count: end - start)
                // A character reference to '&' reaches SAX still written as one (the reader's
                // tree decodes it): leave any '&' to the reader.
                if value.contains(UInt8(ascii: "&")) { return decline() }
                let local = name(entry[0])
                let attributeName = entry[1].map { name($0) } == "xml" ? "xml:" + local : local
                list.append(XMLAttribute(name: attributeName, value: String(decoding: value, as: UTF8.self)))
            }
        }
        let event = XMLBorrowedEvent.start(
            name: name(localName), namespace: namespaceURI(uri), attributes: list, line: line, depth: depth)
        depth += 1
        send(event)
    }

    fileprivate func endElement(_ localName: UnsafePointer<xmlChar>?) {
        guard !declined else { return }
        flushText()
        guard !declined else { return }
        depth -= 1
        send(.end(name: name(localName), depth: depth))
    }

    /// A name from the parser's dictionary, which this context keeps between documents: the
    /// same pointer is the same name (see `NameCache`).
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        names.name(pointer)
    }

    /// A namespace URI: the parser interns it in the same dictionary as names.
    private func namespaceURI(_ pointer: UnsafePointer<xmlChar>?) -> String {
        names.name(pointer)
    }
}

@inline(__always)
private func parser(_ context: UnsafeMutableRawPointer?) -> SAXParser {
    Unmanaged<SAXParser>.fromOpaque(context!).takeUnretainedValue()
}

private let saxStartElement: startElementNsSAX2Func = {
    context, localName, _, uri, _, _, count, defaulted, attributes in
    parser(context).startElement(localName, uri, count, defaulted, attributes)
}

private let saxEndElement: endElementNsSAX2Func = { context, localName, _, _ in
    parser(context).endElement(localName)
}

private let saxCharacters: charactersSAXFunc = { context, bytes, count in
    parser(context).characters(bytes, count)
}

private let saxBreakText: commentSAXFunc = { context, _ in parser(context).breakText() }

private let saxBreakTextInstruction: processingInstructionSAXFunc = { context, _, _ in
    parser(context).breakText()
}

private let saxDeclineBlock: cdataBlockSAXFunc = { context, _, _ in parser(context).decline() }

private let saxDeclineName: referenceSAXFunc = { context, _ in parser(context).decline() }

private let saxDeclineSubset: internalSubsetSAXFunc = { context, _, _, _ in parser(context).decline() }

private let saxDeclineEntity: entityDeclSAXFunc = { context, _, _, _, _, _ in parser(context).decline() }

/// Any error or warning from the parser or the validator: the reader is to say what it was.
private let saxStructuredError: xmlStructuredErrorFunc = { context, _ in
    guard let context else { return }
    parser(context).decline()
}

/// libxml2's generic channel ("Unimplemented block …" from the validator), declared variadic;
/// only the fixed arguments are read, as in `collectGenericError`.
private let saxGenericError: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = {
    context, _ in
    guard let context else { return }
    parser(context).decline()
}
