/// Rewords libxml2's messages for the people who edit guidance.
///
/// Exists because libxml2 speaks of "key-sequences" and "{urn:…}" qualified names; an editor at a
/// förvaltning needs "id 'x' is used twice". Unknown messages pass through with namespaces removed.
enum DiagnosticWording {
    static func reword(_ raw: String) -> String {
        var text = raw.trimmed()
        // Qualified names: {urn:vagvisare:article:1}title → title
        while let open = text.firstRange(of: "{urn:"),
            let close = text[open.lowerBound...].firstIndex(of: "}")
        {
            text.removeSubrange(open.lowerBound...close)
        }
        if text.hasPrefix("Element '") { text = "element '" + text.dropFirst("Element '".count) }
        let rules: [(String, String)] = [
            (
                "This element is not expected. Expected is one of ( ",
                "this element is not allowed here; expected one of: "
            ),
            ("This element is not expected. Expected is ( ", "this element is not allowed here; expected: "),
            ("This element is not expected.", "this element is not allowed here"),
            (
                "Missing child element(s). Expected is one of ( ",
                "a required element is missing; expected one of: "
            ),
            ("Missing child element(s). Expected is ( ", "a required element is missing: "),
            (
                "Character content other than whitespace is not allowed because the content type is 'element-only'.",
                "text is not allowed directly inside this element"
            ),
            (
                "Element content is not allowed, because the content type is a simple type definition.",
                "only text is allowed inside this element, no child elements"
            ),
            (
                "No matching global declaration available for the validation root.",
                "this is not a Vägvisare document (unknown root element or namespace)"
            ),
            ("The attribute '", "attribute '"),
            ("' is required but missing.", "' is required but missing"),
            ("' is not allowed.", "' is not allowed here"),
            ("[facet 'pattern'] ", ""),
            ("[facet 'minLength'] ", ""),
            ("[facet 'enumeration'] ", ""),
        ]
        for (from, to) in rules {
            text = text.replacing(from, with: to)
        }
        if text.hasSuffix(" ).") {
            text = String(text.dropLast(3))
        }
        // Specific shapes.
        if let range = text.firstRange(of: "Duplicate key-sequence ['") {
            let rest = text[range.upperBound...]
            if let end = rest.firstRange(of: "']") {
                return text[..<range.lowerBound] + "id '\(rest[..<end.lowerBound])' is used more than once"
            }
        }
        if text.contains("is not accepted by the pattern '[a-z0-9\\-]{1,80}'") {
            return cutAfterValue(text) + " is not a valid id (lowercase a-z, 0-9 and '-', 1 to 80 characters)"
        }
        if text.contains("has a length of '0'") {
            let prefix = text.firstRange(of: ": ").map { String(text[..<$0.lowerBound]) } ?? ""
            return (prefix.isEmpty ? "" : prefix + ": ") + "must not be empty"
        }
        if text.contains("is not accepted by the pattern '\\d{4}-\\d{2}-\\d{2}'")
            || text.contains("of the atomic type 'xs:date'") || text.contains("of the atomic type 'Date'")
        {
            return cutAfterValue(text) + " is not a date written YYYY-MM-DD"
        }
        if let brace = text.firstRange(of: "is not an element of the set {") {
            let set = text[brace.upperBound...].replacing("}.", with: "").replacing("}", with: "")
            return cutAfterValue(text) + " is not one of: " + set.replacing("'", with: "")
        }
        if text.contains("is not a valid value of the atomic type 'Id'") {
            return cutAfterValue(text) + " is not a valid id (lowercase a-z, 0-9 and '-', 1 to 80 characters)"
        }
        if text.contains("is not a valid value of the") {
            return cutAfterValue(text) + " is not allowed here"
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// "element 'x': The value 'v' is …" → "element 'x': value 'v'"
    private static func cutAfterValue(_ text: String) -> String {
        for marker in ["The value '", ": '", "value '"] {
            guard let start = text.firstRange(of: marker) else { continue }
            let rest = text[start.upperBound...]
            guard let end = rest.firstIndex(of: "'") else { continue }
            var prefix = String(text[..<start.lowerBound]).trimmed()
            if prefix.hasSuffix(":") { prefix.removeLast() }
            return (prefix.isEmpty ? "" : prefix + ": ") + "value '\(rest[..<end])'"
        }
        return text
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace.
    func trimmed() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[start..<end])
        return out
    }

    /// Every occurrence of `target` replaced (XMLSupport keeps Foundation out: its ICU headers
    /// clash with libxml2's in one module).
    func replacing(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
