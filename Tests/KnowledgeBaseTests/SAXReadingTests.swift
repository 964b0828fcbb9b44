import Foundation
import Testing
import XMLSupport

@testable import KnowledgeBase

/// The bulk load reads article files through libxml2's SAX parser (`SAXDocumentReader`) and
/// falls back to `XMLReader` for anything not perfectly clean: for a clean document the SAX
/// events must be the reader's events, and for any other the file must read exactly as before
/// (same items, same diagnostics).
@Suite(.serialized) struct SAXReadingTests {
    let schema: XMLSchema

    init() throws {
        schema = try SchemaSet.shared.get()
    }

    /// The fast path's events, or nil when it gave up.
    private func saxEvents(_ text: String) -> [XMLEvent]? {
        var events: [XMLEvent] = []
        let clean = SAXDocumentReader.read(bytes: Array(text.utf8), schema: schema) { event in
            events.append(XMLEvent(event))
            return true
        }
        return clean ? events : nil
    }

    private func readerEvents(_ text: String) throws -> (events: [XMLEvent], diagnostics: [XMLDiagnostic]) {
        let reader = try XMLReader(bytes: Array(text.utf8), displayName: "a.xml", schema: schema)
        var events: [XMLEvent] = []
        reader.forEachEvent { events.append($0) }
        return (events, reader.diagnostics)
    }

    /// Expects `text` to be clean for the reader, and the fast path to take it with the same events.
    private func expectSameEvents(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (events, diagnostics) = try readerEvents(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        let sax = saxEvents(text)
        #expect(sax != nil, "the fast path gave up", sourceLocation: sourceLocation)
        #expect(sax == events, sourceLocation: sourceLocation)
    }

    private struct FileRead: Equatable {
        var kind: DocumentKind
        var diagnostics: [XMLDiagnostic]
        var articles: [Article]
        var lines: [ArticleLines]
        var contexts: [String]
    }

    /// Reads the file `text` both ways: as every other command does (`read`) and as the bulk load
    /// does (`readArticleFile`).
    private func readBothWays(_ text: String, name: String = "a.xml") throws -> (
        today: FileRead, bulk: FileRead
    ) {
        let folder = temporaryDirectory("sax")
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let document = KnowledgeDocument(path: path, displayName: "articles/" + name)
        func collect(_ read: ((KnowledgeItem, ItemContext) -> Void) -> (DocumentKind, [XMLDiagnostic]))
            -> FileRead
        {
            var result = FileRead(kind: .unknown, diagnostics: [], articles: [], lines: [], contexts: [])
            let (kind, diagnostics) = read { item, context in
                if case .article(let article, let lines) = item {
                    result.articles.append(article)
                    result.lines.append(lines)
                }
                result.contexts.append("\(context.clean) \(context.inBundle)")
            }
            result.kind = kind
            result.diagnostics = diagnostics
            return result
        }
        // Today's path first: the fast path then takes the validation context the reader used.
        let today = collect { document.read($0) }
        let bulk = collect { document.readArticleFile($0) }
        return (today, bulk)
    }

    // MARK: clean documents

    @Test func shippedArticlesGiveTheReadersEvents() throws {
        let folder = repositoryRoot + "/Knowledge/articles"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".xml")
        }
        #expect(names.count >= 60)
        for name in names.sorted() {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            try expectSameEvents(text)
        }
    }

    @Test func textPiecesAreOneEventAsInTheReader() throws {
        let long = String(
            repeating: "Förskoleplats åt barnet, ansökan via e-tjänsten på malmö.se. ", count: 90)
        for paragraph in [
            "Skola &amp; förskola &#229;&#xE4;&#246; &lt;taggar&gt; &quot;citat&quot; &apos;x&apos;",
            "före<!-- en kommentar -->efter",
            "före<?behandling data?>efter",
            "<!-- först -->text<!-- sist -->",
            long,
            long + "&amp;" + long + "&#x1F600;" + long,
            "  inledande och avslutande blanksteg  ",
            "rad ett\nrad två\r\nrad tre\rrad fyra\tflik",
        ] {
            try expectSameEvents(article(paragraph: paragraph))
        }
    }

    @Test func attributesWhitespaceAndEmptyElementsAsInTheReader() throws {
        try expectSameEvents(article(paragraph: "x"))
        try expectSameEvents(article(paragraph: "x", language: nil, status: nil))
        try expectSameEvents(article(paragraph: "x", language: "en"))
        // A start tag over several lines (the line is where the tag ends), single quotes.
        try expectSameEvents(
            article(paragraph: "x").replacingOccurrences(
                of: "<refer ref=\"a\">", with: "<refer\n  ref='a'\n\n  direct-contact=\"none\"\n>"))
        // A character reference in a value that is not '&' reaches SAX decoded.
        try expectSameEvents(
            article(paragraph: "x").replacingOccurrences(of: "ref=\"a\"", with: "ref=\"&#97;b\""))
        // No whitespace between elements at all, and a lot of it.
        let tight = article(paragraph: "y").split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        .joined()
        try expectSameEvents(tight)
        try expectSameEvents(article(paragraph: "z").replacingOccurrences(of: "\n", with: "\r\n\t \n  "))
        // A comment and a processing instruction between elements and around the root.
        try expectSameEvents(
            article(paragraph: "w").replacingOccurrences(
                of: "<summary>", with: "<!-- c --><?pi x?>\n  <summary>")
                + "<!-- after the root -->\n")
    }

    /// Random articles with åäö words, references, comments and every kind of whitespace, in texts
    /// short and long (libxml2 hands long text over in pieces of a few hundred bytes), read one
    /// after another on one thread with the reader in between.
    @Test func randomArticlesGiveTheReadersEvents() throws {
        var random = SeededRandom(seed: 12)
        let words = [
            "förskola", "skola", "ansökan", "blankett", "Malmö", "år", "väg", "bygglov", "hjälp", "ö",
            "äldreomsorg",
            "e-tjänst", "&amp;", "&#229;", "&#xF6;", "&lt;", "&gt;", "&quot;", "a", "<!-- k -->", "<?p q?>",
            "\n",
            "\t", "  ", "\r\n",
        ]
        for _ in 0..<150 {
            // Each paragraph starts with a letter: an empty one is invalid.
            let paragraphs = (0..<random.next(upTo: 6) + 1).map { _ in
                "x"
                    + (0..<random.next(upTo: 400) + 1).map { _ in words[random.next(upTo: words.count)] }
                    .joined(
                        separator: random.next(upTo: 4) == 0 ? "" : " ")
            }
            try expectSameEvents(article(paragraphs: paragraphs))
        }
    }

    // MARK: documents the fast path leaves to the reader

    @Test func aConsumerThatObjectsSendsTheDocumentToTheReader() throws {
        let text = article(paragraph: "text")
        var seen = 0
        let clean = SAXDocumentReader.read(bytes: Array(text.utf8), schema: schema) { _ in
            seen += 1
            return seen != 3
        }
        #expect(!clean)
        // Nothing is sent after the objection.
        #expect(seen == 3)
        // The parser is fine for the next document.
        try expectSameEvents(text)
    }

    @Test func documentsTheFastPathLeavesAreReadAsToday() throws {
        let valid = article(paragraph: "text")
        let cases: [(String, String)] = [
            ("CDATA", article(paragraph: "a<![CDATA[b <c> & d]]>e")),
            ("empty CDATA", article(paragraph: "a<![CDATA[]]>e")),
            (
                "reference in a value",
                valid.replacingOccurrences(of: "<refer ref=\"a\">", with: "<refer ref=\"a&amp;b\">")
            ),
            (
                "character reference to & in a value",
                valid.replacingOccurrences(of: "ref=\"a\"", with: "ref=\"&#38;\"")
            ),
            ("not well-formed", valid.replacingOccurrences(of: "</summary>", with: "</sumary>")),
            ("unclosed", String(valid.dropLast(12))),
            ("undeclared entity", article(paragraph: "a &nbsp; b")),
            (
                "schema-invalid element",
                valid.replacingOccurrences(of: "<category>", with: "<kategori>x</kategori><category>")
            ),
            ("missing required element", valid.replacingOccurrences(of: "<owner ref=\"o\"/>", with: "")),
            (
                "invalid attribute value",
                valid.replacingOccurrences(of: "revision=\"2\"", with: "revision=\"noll\"")
            ),
            ("wrong namespace", valid.replacingOccurrences(of: "urn:vagvisare:article:1", with: "urn:x")),
            (
                "DOCTYPE",
                valid.replacingOccurrences(
                    of: "<article ", with: "<!DOCTYPE article [<!ENTITY e \"x\">]>\n<article ")
            ),
            (
                "another encoding",
                valid.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
            ),
            ("byte order mark", "\u{FEFF}" + valid),
            ("a register", Fixture.owners),
            (
                "a bundle",
                "<?xml version=\"1.0\"?>\n<bundle xmlns=\"urn:vagvisare:article:1\">" + valid.dropFirst(39)
                    + "</bundle>"
            ),
            ("text after the root", valid + "x"),
            ("empty", ""),
            ("control character", valid.replacingOccurrences(of: "text", with: "t\u{1}xt")),
        ]
        for (what, text) in cases {
            // A clean register or bundle is the reader's too, but only because it is no article.
            if what != "a register" && what != "a bundle" {
                #expect(saxEvents(text) == nil, "\(what): the fast path took it")
            }
            let (today, bulk) = try readBothWays(text)
            #expect(bulk == today, "\(what)")
            if what != "CDATA" && what != "empty CDATA" && what != "reference in a value"
                && what != "character reference to & in a value" && what != "byte order mark"
            {
                #expect(!today.diagnostics.isEmpty || today.kind != .article, "\(what): no diagnostic")
            }
        }
    }

    @Test func cleanFilesReadAsToday() throws {
        for text in [
            article(paragraph: "Förskola &amp; skola"), article(paragraphs: ["a", "b <!-- c --> d"]),
        ] {
            let (today, bulk) = try readBothWays(text)
            #expect(today.diagnostics.isEmpty)
            #expect(today.articles.count == 1)
            #expect(bulk == today)
        }
    }

    // MARK: fixtures

    private func article(paragraph: String, language: String? = "sv", status: String? = "published") -> String
    {
        article(paragraphs: [paragraph], language: language, status: status)
    }

    /// A valid article with `paragraphs` as the body's paragraphs (already escaped XML content).
    private func article(paragraphs: [String], language: String? = "sv", status: String? = "published")
        -> String
    {
        let language = language.map { " xml:lang=\"\($0)\"" } ?? ""
        let status = status.map { " status=\"\($0)\"" } ?? ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="urn:vagvisare:article:1" id="a"\(language)\(status) revision="2">
              <title>Förskola i Malmö</title>
              <summary>Så söker du plats.</summary>
              <body>
            \(paragraphs.map { "    <p>\($0)</p>" }.joined(separator: "\n"))
                <steps>
                  <step>Ansök.</step>
                  <step>Vänta på besked.</step>
                </steps>
              </body>
              <questions>
                <question>Hur söker jag?</question>
              </questions>
              <keywords><keyword>förskola</keyword></keywords>
              <category>förskola</category>
              <owner ref="o"/>
              <refer ref="a">Placering.</refer>
              <related ref="b"/>
              <reviewed>2026-01-01</reviewed>
            </article>

            """
    }
}

/// A small deterministic generator (xorshift), so a failing case can be found again.
private struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(upTo bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}
