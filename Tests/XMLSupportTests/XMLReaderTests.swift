import Foundation
import TestSupport
import Testing
import XMLSupport

/// Writes `text` to a fresh temporary file and returns its path.
func temporaryFile(_ text: String, name: String = "doc.xml") throws -> String {
    let path = TemporaryFolder.make("xmlsupport") + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// A schema of `<a>` holding one or more `<b>` integers, in namespace urn:t.
let intSequenceSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
               elementFormDefault="qualified">
      <xs:element name="a"><xs:complexType><xs:sequence>
        <xs:element name="b" type="xs:int" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType></xs:element>
    </xs:schema>
    """

/// Documents for `intSequenceSchema`: valid, schema-invalid, not well-formed, with an undeclared
/// entity, truncated.
let intSequenceDocuments = [
    "<a xmlns=\"urn:t\"><b>1</b><b>2</b></a>",
    "<a xmlns=\"urn:t\">\n  <b>1</b>\n  <b>two</b>\n  <c/>\n</a>\n",
    "<a xmlns=\"urn:t\">\n  <b>1</b>\n  <b>2</c>\n</a>\n",
    "<a xmlns=\"urn:t\"><b>1</b>&undeclared;</a>",
    "<a xmlns=\"urn:t\">\n<b>3</b>\n<b>4</b>\n",
]

func events(_ reader: XMLReader) -> [XMLEvent] {
    var all: [XMLEvent] = []
    while let event = reader.next() { all.append(event) }
    return all
}

@Suite struct XMLReaderTests {
    @Test func streamsElementsAttributesAndText() throws {
        let path = try temporaryFile(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <a xmlns="urn:x" xml:lang="sv" id="1"><b>Förskola &amp; skola</b><c ref="r"/></a>
            """)
        let reader = try XMLReader(path: path)
        let all = events(reader)
        #expect(reader.diagnostics.isEmpty)
        #expect(
            all == [
                .start(
                    name: "a", namespace: "urn:x",
                    attributes: [
                        XMLAttribute(name: "xml:lang", value: "sv"), XMLAttribute(name: "id", value: "1"),
                    ],
                    line: 2, depth: 0),
                .start(name: "b", namespace: "urn:x", attributes: [], line: 2, depth: 1),
                .text("Förskola & skola"),
                .end(name: "b", depth: 1),
                .start(
                    name: "c", namespace: "urn:x", attributes: [XMLAttribute(name: "ref", value: "r")],
                    line: 2, depth: 1),
                .end(name: "c", depth: 1),
                .end(name: "a", depth: 0),
            ])
    }

    @Test func reportsMalformedXMLWithLineAndColumn() throws {
        let path = try temporaryFile("<a>\n  <b>text</c>\n</a>\n")
        let reader = try XMLReader(path: path, displayName: "doc.xml")
        _ = events(reader)
        let first = try #require(reader.diagnostics.first)
        #expect(first.file == "doc.xml")
        #expect(first.line == 2)
        #expect(first.column > 1)
        #expect(first.message.contains("not well-formed"))
    }

    @Test func refusesExternalEntityBeforeParsing() throws {
        let path = try temporaryFile(
            """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <a>&xxe;</a>
            """)
        #expect {
            _ = try XMLReader(path: path, displayName: "xxe.xml")
        } throws: { error in
            let diagnostics = (error as? XMLDiagnostics)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].line == 2 && diagnostics[0].column == 1
                && diagnostics[0].message.contains("DOCTYPE")
        }
    }

    @Test func refusesBillionLaughs() throws {
        var text =
            "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>\n"
        let path = try temporaryFile(text)
        #expect(throws: XMLDiagnostics.self) { _ = try XMLReader(path: path) }
    }

    @Test func entityReferenceWithoutDeclarationIsAnError() throws {
        let path = try temporaryFile("<a>&undeclared;</a>")
        let reader = try XMLReader(path: path)
        _ = events(reader)
        #expect(!reader.diagnostics.isEmpty)
    }

    @Test func validatesAgainstASchemaWhileStreaming() throws {
        let schemaPath = try temporaryFile(intSequenceSchema, name: "t.xsd")
        let schema = try XMLSchema(path: schemaPath)
        let good = try temporaryFile("<a xmlns=\"urn:t\"><b>1</b><b>2</b></a>")
        let goodReader = try XMLReader(path: good, schema: schema)
        _ = events(goodReader)
        #expect(goodReader.diagnostics.isEmpty)

        let bad = try temporaryFile("<a xmlns=\"urn:t\">\n  <b>1</b>\n  <b>two</b>\n  <c/>\n</a>\n")
        let badReader = try XMLReader(path: bad, displayName: "bad.xml", schema: schema)
        _ = events(badReader)
        let lines = badReader.diagnostics.map(\.line)
        #expect(lines == [3, 4], "\(badReader.diagnostics)")
        #expect(badReader.diagnostics.allSatisfy { $0.column == 3 })
        #expect(badReader.diagnostics[1].message.contains("not allowed here"))
    }
}

/// The reader over bytes (PUBLISH's documents) refuses and locates problems as the file reader does.
@Suite struct MemoryXMLReaderTests {
    @Test func refusesADoctypeAtItsLineAndColumnLikeTheFileReader() throws {
        let text =
            "<?xml version=\"1.0\"?>\n  <!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<a>&xxe;</a>\n"
        func refusal(_ open: () throws -> XMLReader) -> [XMLDiagnostic] {
            do {
                _ = try open()
                return []
            } catch let error as XMLDiagnostics {
                return error.diagnostics
            } catch {
                return []
            }
        }
        let path = try temporaryFile(text)
        let fromFile = refusal { try XMLReader(path: path, displayName: "document") }
        let fromMemory = refusal { try XMLReader(bytes: Array(text.utf8), displayName: "document") }
        #expect(fromMemory.count == 1)
        #expect(fromMemory.first?.description.hasPrefix("document:2:3: DOCTYPE") == true)
        #expect(fromMemory == fromFile)
    }

    @Test func notWellFormedBytesAreLocatedLikeTheSameFile() throws {
        let text = "<a>\n  <b>é</c>\n</a>\n"
        let path = try temporaryFile(text)
        let file = try XMLReader(path: path, displayName: "document")
        _ = events(file)
        let memory = try XMLReader(bytes: Array(text.utf8), displayName: "document")
        let read = events(memory)
        #expect(!memory.diagnostics.isEmpty)
        #expect(memory.diagnostics.allSatisfy { $0.line == 2 && $0.column > 1 })
        #expect(memory.diagnostics == file.diagnostics)
        #expect(read.count == events(try XMLReader(path: path)).count)
    }

    @Test func readsTheSameEventsAsTheFileReader() throws {
        let text = "<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\" k=\"v\"><b>text</b><c/></a>"
        let path = try temporaryFile(text)
        let fromFile = events(try XMLReader(path: path))
        let memory = try XMLReader(bytes: Array(text.utf8), displayName: "document")
        #expect(events(memory) == fromFile)
        #expect(memory.diagnostics.isEmpty)
        #expect(fromFile.count == 7)
    }
}

/// Schemas compiled from memory (the embedded XSDs), with their imports resolved among themselves.
@Suite struct MemorySchemaTests {
    @Test func aSchemaImportingAnotherIsCompiledFromMemoryAndValidates() throws {
        let inner = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:inner"
                       elementFormDefault="qualified">
              <xs:element name="b" type="xs:int"/>
            </xs:schema>
            """
        let outer = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns:i="urn:inner"
                       elementFormDefault="qualified">
              <xs:import namespace="urn:inner" schemaLocation="inner.xsd"/>
              <xs:element name="a"><xs:complexType><xs:sequence>
                <xs:element ref="i:b" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """
        let set = "test-\(UUID().uuidString)"
        let schema = try XMLSchema(
            main: "outer.xsd", files: ["outer.xsd": Array(outer.utf8), "inner.xsd": Array(inner.utf8)],
            set: set)
        let good = "<a xmlns=\"urn:t\" xmlns:i=\"urn:inner\"><i:b>1</i:b></a>"
        let goodReader = try XMLReader(bytes: Array(good.utf8), displayName: "document", schema: schema)
        _ = events(goodReader)
        #expect(goodReader.diagnostics.isEmpty, "\(goodReader.diagnostics)")
        let bad = "<a xmlns=\"urn:t\" xmlns:i=\"urn:inner\">\n  <i:b>two</i:b>\n</a>\n"
        let badReader = try XMLReader(bytes: Array(bad.utf8), displayName: "document", schema: schema)
        _ = events(badReader)
        #expect(badReader.diagnostics.map { [$0.line, $0.column] } == [[2, 3]], "\(badReader.diagnostics)")
        #expect(throws: XMLDiagnostics.self) {
            _ = try XMLSchema(main: "absent.xsd", files: ["inner.xsd": Array(inner.utf8)], set: set)
        }
    }
}
