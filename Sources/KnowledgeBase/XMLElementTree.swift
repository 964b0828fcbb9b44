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
    return text.withUTF8 { bytes in
        if isNormalizedSpace(bytes) { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
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
    } ?? text
}

/// Whether `text` has no whitespace but single spaces between words (most text already has
/// none): then `normalizeSpace` need not copy it.
private func isNormalizedSpace(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasSpace = true  // a leading space is not normalized
    for byte in text {
        switch byte {
        case 0x09, 0x0A, 0x0D: return false
        case 0x20:
            if previousWasSpace { return false }
            previousWasSpace = true
        default: previousWasSpace = false
        }
    }
    return !previousWasSpace || text.isEmpty
}

/// Reads a document's events and hands over each complete element found at `itemDepth`
/// (or the root, for a document that is itself one item).
struct ElementStream {
    let reader: XMLReader

    /// Calls `root` with the root's start event, then `item` for every finished element at depth 1
    /// when the root is a container (`bundle`), or for the root itself otherwise.
    func forEachItem(
        containers: Set<String>,
        root: (String, String, [XMLAttribute], Int) throws -> Void,
        item: (ElementNode) throws -> Void
    ) rethrows {
        var stack: [ElementNode] = []
        var itemDepth = 0
        try reader.forEachEvent { event in
            switch event {
            case .start(let name, let namespace, let attributes, let line, let depth):
                if depth == 0 {
                    try root(name, namespace, attributes, line)
                    if containers.contains(name) {
                        itemDepth = 1
                        return
                    }
                }
                if depth >= itemDepth {
                    stack.append(
                        ElementNode(name: name, namespace: namespace, attributes: attributes, line: line))
                }
            case .end(_, let depth):
                guard depth >= itemDepth, let node = stack.popLast() else { return }
                if stack.isEmpty {
                    try item(node)
                } else {
                    stack[stack.count - 1].children.append(node)
                }
            case .text(let text):
                if !stack.isEmpty { stack[stack.count - 1].text += text }
            }
        }
    }
}
