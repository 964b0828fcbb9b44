/// One problem found in an XML document, with where it is.
///
/// Exists so that every layer reports problems the same way a förvaltning's editor can act on:
/// `articles/forskola-avgift.xml:14:7: element 'owner': …`. Lines and columns are 1-based;
/// columns count characters, not bytes.
public struct XMLDiagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file as it should be shown to people (usually relative to the knowledge folder).
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): \(message)"
    }
}

/// A failure that carries every diagnostic found, not just the first.
///
/// Exists because callers must be able to report all problems of a run at once.
public struct XMLDiagnostics: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [XMLDiagnostic]

    public init(_ diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension XMLDiagnostic {
    /// A diagnostic of the caller's own about the element `element` on `line` of the file at
    /// `path`; the column is found by looking at that line of the file (through `locator` when
    /// given, so that many diagnostics on one file read it once).
    public static func located(
        path: String, displayName: String, line: Int, element: String?, message: String,
        locator: SourceLocator? = nil
    ) -> XMLDiagnostic {
        let column = (locator ?? SourceLocator(path: path)).column(ofElement: element, line: line)
        return XMLDiagnostic(file: displayName, line: max(line, 1), column: column, message: message)
    }
}
