import Testing

@testable import XMLSupport

/// The prolog and attribute check reads a file either streaming (large files) or from the bytes
/// already in memory (ordinary files, documents received over the network): both must refuse the
/// same documents at the same line and column.
@Suite struct PrologCheckTests {
    static let many = (0..<PrologCheck.maxAttributes).map { "a\($0)=\"=\"" }.joined(separator: " ")

    static let documents: [String] = [
        "<root>\n  <a \(many) b='1'/>\n</root>\n",
        "<root \(many) extra=\"x\">\n</root>\n",
        "\u{FEFF}<?xml version=\"1.0\"?>\n<root>\n<åäö>ö</åäö><x \(many) y='='/>\n</root>\n",
        "<root><!-- <a \(many) b='1'/> --><![CDATA[ <a \(many) b='1'/> ]]><?pi <a \(many) b='1'/> ?>"
            + "<ok \(many)/></root>\n",
        "<root><!--> <a \(many) b='1'/> --><z/></root>\n",
        "<root><?> <a \(many) b='1'/> ?><z/></root>\n",
        "<root>\n<!bad><a \(many) b='1'/></root>\n",
        "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r>&e;</r>\n",
        "<?xml version=\"1.0\" encoding=\"latin1\"?>\n<r/>\n",
        // Skipped in place in memory: the line and column after a comment of several lines.
        "<?xml version=\"1.0\"\n encoding='UTF-8'?><!-- å\näö\n -- ->  --> <!DOCTYPE r>\n<r/>\n",
        "<?xml version=\"1.0\"?><!-- never closed <!DOCTYPE r>\n<r/>\n",
        "<r a='1' b=\"2\">text = more = text</r>",
        "<r>\n<ö \(many)\n   ö='1'/></r>",
        "  <a \(many) b='1'",
        "",
    ]

    @Test func fileAndMemoryGiveTheSameRefusal() throws {
        for (number, text) in Self.documents.enumerated() {
            let path = try temporaryFile(text, name: "prolog-\(number).xml")
            let streamed = PrologCheck(path: path).refusal()
            let bytes = Array(text.utf8)
            let inMemory = bytes.withUnsafeBufferPointer { PrologCheck(memory: $0).refusal() }
            #expect(streamed?.line == inMemory?.line, "document \(number)")
            #expect(streamed?.column == inMemory?.column, "document \(number)")
            #expect(streamed?.message == inMemory?.message, "document \(number)")
        }
    }

    @Test func theCrowdedElementIsPlacedAtItsStartTag() throws {
        let text = "<root>\n<åäö/>  <x \(Self.many) y='1'/>\n</root>\n"
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { PrologCheck(memory: $0).refusal() }
        #expect(found?.line == 2)
        #expect(found?.column == 9)  // characters, not bytes: "<åäö/>  " is 8 characters
        #expect(found?.message.contains("more than \(PrologCheck.maxAttributes) attributes") == true)
    }

    /// The byte-level UTF-8 test says yes only where reading the declaration's encoding as text
    /// gives UTF-8, so that no declaration is accepted or refused differently.
    @Test func theUTF8ShortcutAgreesWithTheDeclaredEncoding() {
        let declarations = [
            "xml version=\"1.0\" encoding=\"UTF-8\"", "xml version='1.0' encoding='utf-8'",
            "xml encoding = \"uTf-8\" standalone=\"yes\"", "xml version=\"1.0\" encoding=\"latin1\"",
            "xml version=\"1.0\" encoding=\"UTF-8", "xml version=\"1.0\" encoding=\"UTF-8'",
            "xml version=\"1.0\" encoding=\"UTF-16\"", "xml version=\"1.0\" encoding=UTF-8",
            "xml version=\"1.0\"", "xml encoding\u{301}=\"UTF-8\"", "xml encoding=\"UTF-8\u{301}\"",
            "xmlencoding=\"utf-8\"", "pi encoding=\"UTF-8\"", "xml x=\"encodingencoding\" encoding=\"ascii\"",
            "xml encoding=\"\"", "xml encoding", "xml encoding=\"utf_8\"", "xml encoding=\"UTF-8 \"",
        ]
        var shortcuts = 0
        for declaration in declarations {
            let bytes = Array(declaration.utf8)
            let declared = PrologCheck.declaredEncoding(bytes)
            if PrologCheck.declaresUTF8(bytes) {
                shortcuts += 1
                #expect(declared?.lowercased() == "utf-8", "\(declaration)")
            }
        }
        #expect(shortcuts == 4)  // the first three, and "xmlencoding=…"
    }
}
