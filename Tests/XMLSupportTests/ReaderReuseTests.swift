import Testing

@testable import XMLSupport

/// Readers are kept between documents (`ReaderPool`) and validation contexts between readers
/// (`XMLSchema`): what a document reads as, and which diagnostics it gets, must not depend on
/// what the reused reader read before, finished or dropped halfway.
@Suite(.serialized) struct ReaderReuseTests {

    private static let documents =
        intSequenceDocuments + [
            "<?xml version=\"1.0\"?>\n<!-- c -->\n<a xmlns=\"urn:t\">\n\n\n  <b>7</b><b><![CDATA[8]]></b></a>",
            "<x xmlns=\"urn:other\" y=\"1\"><b>1</b></x>",
            "\u{FEFF}<?xml version='1.0' encoding='utf-8'?>\n<a xmlns=\"urn:t\"><b>5</b></a>\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a xmlns=\"urn:t\"><b>x</b></a>",
            "\u{FEFF}<a xmlns=\"urn:t\">\n<b>q</b></a>",
            "<a xmlns=\"urn:t\"><b>1</b></a><a/>",
        ]

    private struct Read: Equatable {
        var events: [XMLEvent]
        var diagnostics: [XMLDiagnostic]
    }

    private func read(_ number: Int, schema: XMLSchema?, fromBytes: Bool, stepping: Bool = false) throws
        -> Read
    {
        let text = Self.documents[number]
        let reader =
            fromBytes
            ? try XMLReader(bytes: Array(text.utf8), displayName: "doc.xml", schema: schema)
            : try XMLReader(
                path: try temporaryFile(text, name: "reuse\(number).xml"), displayName: "doc.xml",
                schema: schema)
        if stepping { return Read(events: events(reader), diagnostics: reader.diagnostics) }
        var all: [XMLEvent] = []
        reader.forEachEvent { all.append($0) }
        return Read(events: all, diagnostics: reader.diagnostics)
    }

    /// Reads a document halfway and drops the reader, its schema still plugged in.
    private func abandon(_ number: Int, schema: XMLSchema?) throws {
        let reader = try XMLReader(
            bytes: Array(Self.documents[number].utf8), displayName: "x.xml", schema: schema)
        _ = reader.next()
        _ = reader.next()
    }

    @Test func aReusedReaderReadsEachDocumentAsTheFirstOneDid() throws {
        let schema = try XMLSchema(path: try temporaryFile(intSequenceSchema, name: "t.xsd"))
        for validating in [true, false] {
            let used = validating ? schema : nil
            // What each document reads as with a new reader.
            let alone = try Self.documents.indices.map { number in
                ReaderPool.shared.drain()
                return try read(number, schema: used, fromBytes: true)
            }
            #expect(ReaderPool.shared.keptCount >= 1)
            for before in Self.documents.indices {
                for after in Self.documents.indices {
                    _ = try read(before, schema: used, fromBytes: before.isMultiple(of: 2))
                    #expect(
                        try read(after, schema: used, fromBytes: true) == alone[after],
                        "\(before) then \(after)")
                    try abandon(before, schema: used)
                    #expect(
                        try read(after, schema: used, fromBytes: false, stepping: true) == alone[after],
                        "\(before) dropped, then \(after)")
                    // A reader that validated, then one that does not, and back.
                    _ = try read(before, schema: validating ? nil : schema, fromBytes: true)
                    #expect(
                        try read(after, schema: used, fromBytes: true) == alone[after],
                        "\(before) other, then \(after)")
                }
            }
            if validating {
                #expect(alone[0].diagnostics.isEmpty)
                #expect(alone[1].diagnostics.map(\.line) == [3, 4])
                #expect(alone[1...4].allSatisfy { !$0.diagnostics.isEmpty })
                #expect(
                    alone[5].diagnostics.isEmpty && alone[7].diagnostics.isEmpty,
                    "\(alone[5].diagnostics) \(alone[7].diagnostics)")
                #expect(!alone[8].diagnostics.isEmpty && !alone[9].diagnostics.isEmpty)
            }
        }
    }

    @Test func readersOnManyThreadsKeepTheirOwnDocuments() async throws {
        let schema = try XMLSchema(path: try temporaryFile(intSequenceSchema, name: "t.xsd"))
        let alone = try Self.documents.indices.map { number in
            ReaderPool.shared.drain()
            return try read(number, schema: schema, fromBytes: true)
        }
        let documents = Self.documents
        let results = try await withThrowingTaskGroup(of: [(Int, [XMLDiagnostic], Int)].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var found: [(Int, [XMLDiagnostic], Int)] = []
                    for round in 0..<60 {
                        let number = (task + round) % documents.count
                        let reader = try XMLReader(
                            bytes: Array(documents[number].utf8), displayName: "doc.xml", schema: schema)
                        var count = 0
                        reader.forEachEvent { _ in count += 1 }
                        found.append((number, reader.diagnostics, count))
                    }
                    return found
                }
            }
            var all: [(Int, [XMLDiagnostic], Int)] = []
            for try await result in group { all += result }
            return all
        }
        #expect(results.count == 8 * 60)
        for (number, diagnostics, count) in results {
            #expect(diagnostics == alone[number].diagnostics)
            #expect(count == alone[number].events.count)
        }
    }
}
