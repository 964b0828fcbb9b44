import Foundation
import Testing

@testable import KnowledgeBase

@Suite struct EmbeddedSchemasTests {
    @Test func embeddedSchemasEqualTheShippedOnes() throws {
        for file in EmbeddedSchemas.files {
            let shipped = try String(
                contentsOfFile: repositoryRoot + "/Knowledge/schema/" + file.name, encoding: .utf8)
            #expect(file.content + "\n" == shipped, "\(file.name) differs: run .ci/embed-schemas.py")
        }
    }
}
