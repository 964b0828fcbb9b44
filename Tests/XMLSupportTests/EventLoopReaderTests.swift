import Foundation
import Testing
import XMLSupport

/// `forEachEvent` sets libxml2's error handlers once per loop instead of per event: it must see
/// the same events and collect the same diagnostics as a loop over `next()`, also when another
/// reader is read inside it.
@Suite struct EventLoopReaderTests {

    private static let documents = intSequenceDocuments

    private func loop(_ reader: XMLReader) -> [XMLEvent] {
        var all: [XMLEvent] = []
        reader.forEachEvent { all.append($0) }
        return all
    }

    @Test func seesTheEventsAndDiagnosticsOfANextLoop() throws {
        let schema = try XMLSchema(path: try temporaryFile(intSequenceSchema, name: "t.xsd"))
        for (number, text) in Self.documents.enumerated() {
            let path = try temporaryFile(text, name: "doc\(number).xml")
            let stepped = try XMLReader(path: path, displayName: "doc.xml", schema: schema)
            let looped = try XMLReader(path: path, displayName: "doc.xml", schema: schema)
            #expect(loop(looped) == events(stepped), "document \(number)")
            #expect(looped.diagnostics == stepped.diagnostics, "document \(number)")
            if number > 0 {
                #expect(!looped.diagnostics.isEmpty, "document \(number)")
                #expect(
                    looped.diagnostics.allSatisfy { $0.file == "doc.xml" && $0.line >= 1 && $0.column >= 1 })
            }
        }
    }

    @Test func anotherReaderReadInsideTheLoopKeepsEachOnesDiagnostics() throws {
        let schema = try XMLSchema(path: try temporaryFile(intSequenceSchema, name: "t.xsd"))
        let outerPath = try temporaryFile(Self.documents[1], name: "outer.xml")
        let innerPath = try temporaryFile(Self.documents[2], name: "inner.xml")
        let expectedOuter = try XMLReader(path: outerPath, displayName: "outer.xml", schema: schema)
        _ = events(expectedOuter)
        let expectedInner = try XMLReader(path: innerPath, displayName: "inner.xml", schema: schema)
        _ = events(expectedInner)

        let outer = try XMLReader(path: outerPath, displayName: "outer.xml", schema: schema)
        var inners: [XMLReader] = []
        var seen = 0
        try outer.forEachEvent { _ in
            seen += 1
            // A second reader, stepped and looped, on the same thread at every event of the first.
            let inner = try XMLReader(path: innerPath, displayName: "inner.xml", schema: schema)
            if seen.isMultiple(of: 2) { _ = events(inner) } else { _ = loop(inner) }
            inners.append(inner)
        }
        #expect(seen > 3)
        #expect(outer.diagnostics == expectedOuter.diagnostics)
        #expect(outer.diagnostics.count == 2)
        for inner in inners { #expect(inner.diagnostics == expectedInner.diagnostics) }
        // After the loop, a reader stepped alone still collects its own errors.
        let after = try XMLReader(path: innerPath, displayName: "inner.xml", schema: schema)
        _ = events(after)
        #expect(after.diagnostics == expectedInner.diagnostics)
    }
}
