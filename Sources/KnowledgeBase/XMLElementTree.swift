import XMLSupport

/// A small element tree for one item of a document (one article, one register).
///
/// Exists so that a bundle of any size streams item by item: only the item being read is held
/// as a tree, then mapped to the model and dropped.
struct ElementNode {
    var name: String
    var namespace: String
    var attributes: [XMLAttribute]
    var line: Int
    var children: [ElementNode] = []
    var text = ""

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    func child(_ name: String) -> ElementNode? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [ElementNode] {
        children.filter { $0.name == name }
    }

    /// The element's text with whitespace runs collapsed to one space and trimmed: the canonical
    /// form of all text in the format.
    var normalizedText: String { normalizeSpace(text) }
}

/// Collapses runs of XML whitespace to one space and trims the ends.
func normalizeSpace(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in isNormalizedSpace(bytes) ? nil : collapseSpace(bytes) } ?? text
}

/// The UTF-8 `text` with runs of XML whitespace collapsed to one space and the ends trimmed, as
/// a `String`: the one copy made of text read from a document.
func normalizeSpace(_ text: UnsafeBufferPointer<UInt8>) -> String {
    isNormalizedSpace(text) ? String(decoding: text, as: UTF8.self) : collapseSpace(text)
}

/// `text` with its whitespace collapsed and trimmed, copied whether or not anything changes.
private func collapseSpace(_ text: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: text.count) { out in
        var count = 0
        var pendingSpace = false
        for byte in text {
            if isXMLSpace(byte) {
                pendingSpace = count > 0
            } else {
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                out[count] = byte
                count += 1
            }
        }
        return count
    }
}

/// Whether `byte` is XML whitespace (space, tab, line feed, carriage return).
func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// Whether `text` has no whitespace but single spaces between words (most text already has
/// none): then `normalizeSpace` need not copy it.
///
/// Every text field of every article read passes through here, so eight bytes are looked at
/// together: a group with no byte below 0x20 (no tab, line feed or carriage return) needs only
/// its spaces, found all at once, to be checked for a pair; other groups go byte by byte.
func isNormalizedSpace(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress else { return true }
    let n = text.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    var previousWasSpace = true  // a leading space is not normalized
    var i = 0
    while i + 8 <= n {
        let group = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        // Nonzero exactly when some byte is below 0x20.
        if (group &- ones &* 0x20) & ~group & (ones &* 0x80) != 0 {
            guard continueNormalizedSpace(UnsafeBufferPointer(start: base + i, count: 8), &previousWasSpace)
            else { return false }
        } else {
            // The high bit of each byte that is a space, and of no other.
            let other = group ^ (ones &* 0x20)
            let spaces = ~(((other & (ones &* 0x7F)) &+ (ones &* 0x7F)) | other) & (ones &* 0x80)
            if spaces & (spaces << 8) != 0 { return false }  // two spaces side by side
            if previousWasSpace && spaces & 0x80 != 0 { return false }  // and across groups
            previousWasSpace = spaces >> 63 != 0
        }
        i += 8
    }
    guard continueNormalizedSpace(UnsafeBufferPointer(start: base + i, count: n - i), &previousWasSpace)
    else { return false }
    return !previousWasSpace || text.isEmpty
}

/// `isNormalizedSpace` a byte at a time over `bytes`, which follow a space when
/// `previousWasSpace`; false as soon as the text is found not normalized.
@inline(__always)
private func continueNormalizedSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ previousWasSpace: inout Bool)
    -> Bool
{
    for byte in bytes {
        switch byte {
        case 0x09, 0x0A, 0x0D: return false
        case 0x20:
            if previousWasSpace { return false }
            previousWasSpace = true
        default: previousWasSpace = false
        }
    }
    return true
}

/// An item `ElementStream` hands over: an article mapped as it streamed, or any other item's
/// element tree.
enum StreamItem {
    case article(Article, ArticleLines)
    case element(ElementNode)
}

/// Reads a document's events and hands over each complete element found at `itemDepth`
/// (or the root, for a document that is itself one item). An `<article>` item is mapped while
/// it streams (`ArticleBuilder`), without a tree.
struct ElementStream {
    let reader: XMLReader

    /// Calls `root` with the root's start event, then `item` for every finished element at depth 1
    /// when the root is a container (`bundle`), or for the root itself otherwise.
    func forEachItem(
        containers: Set<String>,
        root: (String, String, [XMLAttribute], Int) throws -> Void,
        item: (StreamItem) throws -> Void
    ) rethrows {
        var assembler = ItemAssembler(containers: containers)
        try reader.forEachBorrowedEvent { event in try assembler.take(event, root: root, item: item) }
    }
}

/// What `ElementStream` does with each event, apart from where the events come from: an
/// `XMLReader`, or the SAX fast path of the bulk load (`SAXDocumentReader`), which must come to
/// the same items from the same events.
struct ItemAssembler {
    let containers: Set<String>
    private var stack: [ElementNode] = []
    private var article: ArticleBuilder?
    private var itemDepth = 0

    init(containers: Set<String>) {
        self.containers = containers
    }

    /// Takes the next event: `root` is called with the root's start event, `item` with each
    /// finished item (see `ElementStream.forEachItem`).
    mutating func take(
        _ event: XMLBorrowedEvent,
        root: (String, String, [XMLAttribute], Int) throws -> Void,
        item: (StreamItem) throws -> Void
    ) rethrows {
        switch event {
        case .start(let name, let namespace, let attributes, let line, let depth):
            if depth == 0 {
                try root(name, namespace, attributes, line)
                if containers.contains(name) {
                    itemDepth = 1
                    return
                }
            }
            guard depth >= itemDepth else { return }
            if article != nil {
                article!.start(name: name, attributes: attributes, line: line)
            } else if depth == itemDepth && name == "article" {
                article = ArticleBuilder(attributes: attributes, line: line)
            } else {
                stack.append(
                    ElementNode(name: name, namespace: namespace, attributes: attributes, line: line))
            }
        case .end(_, let depth):
            guard depth >= itemDepth else { return }
            if article != nil {
                guard depth == itemDepth else { return article!.end() }
                let (done, lines) = article!.finish()
                article = nil
                try item(.article(done, lines))
                return
            }
            guard let node = stack.popLast() else { return }
            if stack.isEmpty {
                try item(.element(node))
            } else {
                stack[stack.count - 1].children.append(node)
            }
        case .text(let bytes):
            if article != nil {
                article!.text(bytes)
            } else if !stack.isEmpty {
                stack[stack.count - 1].text += String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}
