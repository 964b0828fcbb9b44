import Testing
import XMLSupport

@Suite struct XMLWriterTests {
    @Test func writesIndentedEscapedUTF8() throws {
        let writer = XMLWriter()
        writer.start("a", namespace: "urn:x")
        writer.attribute("id", "x<\"y\">")
        writer.element("b", "Å & ö <tag>")
        writer.start("c")
        writer.attribute("ref", "r")
        writer.end()
        writer.end()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <a xmlns="urn:x" id="x&lt;&quot;y&quot;&gt;">
                  <b>Å &amp; ö &lt;tag&gt;</b>
                  <c ref="r"/>
                </a>

                """)
    }

    @Test func sameCallsGiveSameBytes() throws {
        func write() throws -> [UInt8] {
            let writer = XMLWriter()
            writer.start("r")
            for index in 0..<50 { writer.element("i", "värde \(index)") }
            writer.end()
            return try writer.finish()
        }
        #expect(try write() == write())
    }
}
