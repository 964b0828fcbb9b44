internal import CLibXML2

/// The libxml2 parser flags Vägvisare may use, as a Swift option set.
///
/// Exists to keep the security-relevant choices in one place: the default set is strict.
/// There is deliberately no flag for entity substitution, DTD loading or error recovery.
public struct XMLParseOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Never reach the network, whatever a document refers to.
    public static let noNetwork = XMLParseOptions(rawValue: Int32(XML_PARSE_NONET.rawValue))
    /// Remove CDATA nodes, delivering their text as ordinary text.
    public static let mergeCDATA = XMLParseOptions(rawValue: Int32(XML_PARSE_NOCDATA.rawValue))
    /// Drop whitespace-only text nodes between elements.
    public static let dropBlanks = XMLParseOptions(rawValue: Int32(XML_PARSE_NOBLANKS.rawValue))
    /// Keep libxml2 from printing anything itself; every error goes to our handler.
    public static let quiet = XMLParseOptions(
        rawValue: Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
    /// Reject pre-XML 1.0 documents and compacting tricks: no recovery, no huge documents.
    public static let strict: XMLParseOptions = [.noNetwork, .mergeCDATA]
}
