/// One attribute of a start tag, in document order.
public struct XMLAttribute: Sendable, Equatable {
    /// The local name, with `xml:` kept for the xml namespace (`xml:lang`).
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What a streaming read of an XML document yields, one node at a time.
///
/// Exists so that the knowledge layer can map documents of any size onto its model without a DOM
/// and without ever seeing a libxml2 type.
public enum XMLEvent: Sendable, Equatable {
    /// A start tag. `line` is where the tag is; `depth` counts from 0 at the root.
    case start(name: String, namespace: String, attributes: [XMLAttribute], line: Int, depth: Int)
    /// An end tag (also sent for an empty element such as `<owner ref="x"/>`).
    case end(name: String, depth: Int)
    /// Character data (text or CDATA); whitespace between elements is included.
    case text(String)
}

/// An event as `XMLReader.forEachBorrowedEvent` lends it: `XMLEvent` with a text node's UTF-8
/// bytes still in libxml2's buffer, valid only while the call that receives them runs.
///
/// Exists so that a reader of many documents copies only the text it keeps, once, in the form
/// it keeps it, instead of making a `String` of every text node (whitespace between elements
/// included) first.
public enum XMLBorrowedEvent {
    /// A start tag (as `XMLEvent.start`).
    case start(name: String, namespace: String, attributes: [XMLAttribute], line: Int, depth: Int)
    /// An end tag (as `XMLEvent.end`).
    case end(name: String, depth: Int)
    /// Character data; the bytes must not be kept past the call.
    case text(UnsafeBufferPointer<UInt8>)
}

extension XMLEvent {
    /// The event with its text copied out.
    public init(_ borrowed: XMLBorrowedEvent) {
        switch borrowed {
        case .start(let name, let namespace, let attributes, let line, let depth):
            self = .start(name: name, namespace: namespace, attributes: attributes, line: line, depth: depth)
        case .end(let name, let depth): self = .end(name: name, depth: depth)
        case .text(let bytes): self = .text(String(decoding: bytes, as: UTF8.self))
        }
    }
}
