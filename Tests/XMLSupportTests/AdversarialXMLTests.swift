internal import CLibXML2
import Foundation
import Testing

@testable import XMLSupport

/// Hostile documents (issue 11): each is refused quickly, with a diagnostic that says where,
/// before libxml2 does work that grows faster than the document.
@Suite struct AdversarialXMLTests {
    /// Reads every event and returns the diagnostics, or the ones the reader refused with.
    func problems(_ path: String) -> [XMLDiagnostic] {
        do {
            let reader = try XMLReader(path: path, displayName: "doc.xml")
            _ = events(reader)
            return reader.diagnostics
        } catch {
            return error.diagnostics
        }
    }

    @Test func anElementWithAHundredThousandAttributesIsRefusedBeforeParsing() throws {
        // About 1 MB. libxml2 2.9's duplicate-attribute check is quadratic: this took over 15 s
        // to parse (debug build) before the attribute count was checked on the bytes.
        let attributes = (0..<100_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let path = try temporaryFile("<?xml version=\"1.0\"?>\n<root>\n  <item \(attributes)/>\n</root>\n")
        let started = ContinuousClock.now
        let found = problems(path)
        #expect(ContinuousClock.now - started < .seconds(2))  // guards the quadratic blow-up only
        #expect(found.count == 1)
        #expect(found.first?.line == 3 && found.first?.column == 3)
        #expect(found.first?.message.contains("more than \(PrologCheck.maxAttributes) attributes") == true)
    }

    @Test func attributesAreCountedPerElementAndNotInsideTextCommentsOrCDATA() throws {
        let many = (0..<PrologCheck.maxAttributes).map { "a\($0)=\"=\"" }.joined(separator: " ")
        let equals = String(repeating: "x=1 ", count: 500)
        let path = try temporaryFile(
            """
            <root \(many)>
              <a \(many)/><!-- \(equals) --><![CDATA[ \(equals) ]]><?pi \(equals) ?> \(equals)
            </root>

            """)
        #expect(problems(path).isEmpty)
        let oneMore = try temporaryFile("<root>\n<a \(many) extra='1'/></root>\n")
        #expect(problems(oneMore).first?.message.contains("attributes") == true)
    }

    @Test func aDoctypeAfterAProcessingInstructionHoldingAnAngleBracketIsRefused() throws {
        // The old check ended the instruction at its first '>' and took "<x" for the root.
        let path = try temporaryFile(
            """
            <?xml version="1.0"?>
            <?note a > <x ?>
            <!DOCTYPE root [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <root>&e;</root>

            """)
        let found = problems(path)
        #expect(found.count == 1)
        #expect(found.first?.line == 3 && found.first?.column == 1)
        #expect(found.first?.message == XMLReader.doctypeRefusal)
    }

    @Test func aDoctypeInAUTF16DocumentIsRefusedAsNotUTF8() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r>&e;</r>\n"
        for encoding in [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian, .utf32] {
            let path = try temporaryFile("")
            try text.data(using: encoding)!.write(to: URL(fileURLWithPath: path))
            let found = problems(path)
            #expect(found.count == 1, "\(encoding)")
            #expect(found.first?.message.contains("only UTF-8 documents are accepted") == true, "\(encoding)")
        }
    }

    @Test func anEncodingDeclarationOtherThanUTF8IsRefused() throws {
        let path = try temporaryFile("")
        try Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>\u{E5}</r>\n".utf8).write(
            to: URL(fileURLWithPath: path))
        #expect(problems(path).first?.message.contains("names encoding 'ISO-8859-1'") == true)
        let utf8 = try temporaryFile("\u{FEFF}<?xml version='1.0' encoding='utf-8'?>\n<r>å</r>\n")
        #expect(problems(utf8).isEmpty)
    }

    @Test func aDoctypeMentionedInACommentIsNoDoctype() throws {
        let path = try temporaryFile("<!-- <!DOCTYPE x> -> > -->\n<r/>\n")
        #expect(problems(path).isEmpty)
    }

    @Test func theLocatorReadsTheFileOnceHoweverManyColumnsAreAsked() throws {
        var lines = ["<?xml version=\"1.0\"?>", "<root>"]
        for index in 0..<2_000 { lines.append("  <é:item x=\"\(index % 10)\"><b>t</b></é:item>") }
        lines.append("</root>")
        let path = try temporaryFile(lines.joined(separator: "\n") + "\n")
        let locator = SourceLocator(path: path)
        for line in stride(from: 2_001, through: 3, by: -1) {
            #expect(locator.column(ofElement: "item", line: line) == 3)
            #expect(locator.column(ofElement: "b", line: line) == 17)
        }
        #expect(locator.column(ofElement: "root", line: 2_003) == 1)  // the end tag
        #expect(locator.column(ofElement: "none", line: 2) == 1)
        #expect(locator.column(ofElement: "item", line: 99_999) == 1)
        #expect(locator.fileReads == 1)
    }
}

/// libxml2's unstructured error channel (issue 11: "Unimplemented block at …xmlschemas.c" on
/// stderr, with no location).
@Suite struct GenericErrorTests {
    typealias Handler = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void

    /// Calls libxml2's current generic handler as libxml2 would (its TODO macro passes a format).
    func raiseGenericError(_ format: String) {
        let handler = unsafeBitCast(__xmlGenericError().pointee, to: Handler.self)
        format.withCString { handler(__xmlGenericErrorContext().pointee, $0) }
    }

    @Test func aGenericMessageWhileReadingBecomesALocatedDiagnosticNotStderr() throws {
        let sink = DiagnosticSink(path: "doc.xml", displayName: "doc.xml")
        sink.collecting { raiseGenericError("Unimplemented block at %s:%d\n") }
        sink.placeUnplaced(line: 7)
        #expect(
            sink.diagnostics.map(\.description) == [
                "doc.xml:7:1: the schema validator could not check this part of the document (libxml2: Unimplemented block); it is refused"
            ])
        // Outside the reader, libxml2's own handler is back.
        #expect(__xmlGenericErrorContext().pointee == nil)
    }
}
