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
