import Foundation
import KnowledgeBase
import Testing

@testable import DeskServer

/// The desk page under attack (issue 11): personal data in form fields, control characters.
@Suite(.serialized) struct AdversarialDeskTests {
    @Test func aFeedbackChannelThatIsNoKnownChannelIsRefusedAndNothingStored() throws {
        let desk = try DeskFixture()
        let response = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=unclear&channel=850312-1234")
        #expect(response.hasPrefix("HTTP/1.1 400"))
        #expect(!FileManager.default.fileExists(atPath: desk.logs + "/feedback.tsv"))
    }

    @Test func aFeedbackCommentIsRedactedAndStrippedOfControlCharacters() throws {
        let desk = try DeskFixture()
        let comment = "ring%20%EF%BC%98%EF%BC%95%EF%BC%90%EF%BC%93%EF%BC%91%EF%BC%92-1234%00%1B%5B2J%0Bslut"
        let response = try desk.request(
            "POST", "/api/feedback", body: "id=trygghetslarm&kind=unclear&channel=library&comment=\(comment)")
        #expect(response.hasPrefix("HTTP/1.1 303"))
        let events = FeedbackStore(directory: desk.logs).all()
        #expect(events.map(\.comment) == ["ring [personnummer][2J slut"])
        #expect(events.map(\.channel) == ["library"])
    }
}
