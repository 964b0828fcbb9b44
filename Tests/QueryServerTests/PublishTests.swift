import Foundation
import Insight
import KnowledgeBase
import KnowledgeStorage
import Testing

@testable import QueryServer

/// PUBLISH with scoped tokens, FEEDBACK, and AUTH rate limiting over a real connection.
@Suite(.serialized) struct PublishTests {
    /// `*2 PUBLISH <document>` as RESP.
    func publish(_ document: String) -> String {
        "*2\r\n$7\r\nPUBLISH\r\n$\(document.utf8.count)\r\n\(document)\r\n"
    }

    func article(_ fixture: ServerFixture, _ id: String) throws -> String {
        try String(contentsOfFile: fixture.folder + "/articles/\(id).xml", encoding: .utf8)
    }

    @Test func anOwnersTokenPublishesItsOwnArticle() throws {
        let fixture = try ServerFixture(scoped: [(.owner("forskoleforvaltningen"), "forskola-token")])
        var text = try article(fixture, "forskola-ansokan")
        text = text.replacingOccurrences(of: "<title>", with: "<title>Nytt: ")
        let client = try fixture.client()
        client.send("AUTH forskola-token\r\n" + publish(text) + "GET.JSON forskola-ansokan\r\n")
        let reply = client.read(until: "\"review_by\"")
        #expect(
            reply.contains(
                "+OK published: 0 added, 1 updated, 0 unchanged; forskola-ansokan updated (revision 1 → 2)"))
        #expect(reply.contains("\"title\":\"Nytt: "))
    }

    @Test func anOwnersTokenCannotTouchAnotherOwnersArticle() throws {
        let fixture = try ServerFixture(scoped: [(.owner("stadskontoret"), "stadskontoret-token")])
        let before = try article(fixture, "forskola-ansokan")
        let changed = before.replacingOccurrences(of: "<title>", with: "<title>Kapad: ")
        let client = try fixture.client()
        client.send("AUTH stadskontoret-token\r\n" + publish(changed))
        let reply = client.read(until: "forskoleforvaltningen'")
        #expect(reply.contains("-ERR publish refused, 2 problem(s), nothing changed"))
        #expect(reply.contains("belongs to 'forskoleforvaltningen'"))
        #expect(try article(fixture, "forskola-ansokan") == before)
    }

    @Test func publishingNeedsAValidToken() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send(publish("<x/>") + "AUTH fel-token\r\n" + publish("<x/>"))
        let reply = client.read(until: "Authentication required.\r\n-WRONGPASS")
        #expect(reply.hasPrefix("-NOAUTH Authentication required.\r\n-WRONGPASS"))
    }

    @Test func aBrokenDocumentChangesNothing() throws {
        let fixture = try ServerFixture()
        let before = try FileManager.default.contentsOfDirectory(atPath: fixture.folder + "/articles")
            .sorted()
        let client = try fixture.client()
        client.send(
            "AUTH hemligt-token\r\n"
                + publish(
                    "<?xml version=\"1.0\"?>\n<article xmlns=\"urn:vagvisare:article:1\" id=\"x\"><title>t</title></article>"
                ))
        #expect(client.read(until: "nothing changed").contains("-ERR publish refused"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.folder + "/articles").sorted()
                == before)
    }

    @Test func failedAuthIsRateLimited() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        // Failures with the token's own first bytes lock that token out for this address.
        client.send(String(repeating: "AUTH hemligt-fel\r\n", count: 5) + "AUTH hemligt-token\r\n")
        let reply = client.read(until: "try again in")
        #expect(reply.components(separatedBy: "-WRONGPASS").count == 6)
        #expect(
            reply.hasSuffix("-ERR too many failed AUTH attempts from this address; try again in 60 s\r\n")
                || reply.contains("try again in"))
        // Another connection from the same address is blocked too.
        let other = try fixture.client()
        other.send("AUTH hemligt-token\r\n")
        #expect(other.read(until: "\r\n").hasPrefix("-ERR too many failed AUTH attempts"))
    }

    @Test func feedbackIsStoredBeforeTheReply() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send(
            "FEEDBACK trygghetslarm outdated priset stämmer inte, ring 0701234567\r\nFEEDBACK trygghetslarm bra\r\nFEEDBACK finns-inte helpful\r\n"
        )
        let reply = client.read(until: "finns-inte'\r\n")
        #expect(
            reply
                == "+OK feedback recorded\r\n-ERR feedback must be helpful, wrong, outdated or unclear\r\n-ERR no article 'finns-inte'\r\n"
        )
        let events = FeedbackStore(directory: fixture.logDirectory).all()
        #expect(events.count == 1)
        #expect(events.first?.kind == .outdated)
        #expect(events.first?.comment == "priset stämmer inte, ring [telefon]")
    }
}

@Suite struct EasyReadServerTests {
    @Test func searchEasyAnswersWithTheEasyReadText() throws {
        let fixture = try ServerFixture()
        let easyText = try #require(
            try KnowledgeStore(folder: KnowledgeFolder(root: fixture.folder)).snapshot.knowledge.article(
                "trygghetslarm")?
                .easyRead?.first?.lines.first)
        let client = try fixture.client()
        client.send("SEARCH trygghetslarm LIMIT 1 EASY\r\n")
        let easy = client.read(until: "refer\r\n")
        #expect(easy.contains(String(easyText.prefix(30))))
        client.send("SEARCH trygghetslarm LIMIT 1\r\n")
        let plain = client.read(until: "refer\r\n")
        #expect(!plain.contains(String(easyText.prefix(30))))
        client.send("SEARCH.JSON trygghetslarm LIMIT 1 EASY\r\n")
        #expect(client.read(until: "}\r\n").contains(String(easyText.prefix(30))))
        // The query log got the searches, redacted, with the channel.
        client.send("SEARCH dagis ring 0701234567 CHANNEL library\r\n")
        _ = client.read(until: "refer\r\n")
    }
}

extension PublishTests {
    /// Entries of the temporary directory a PUBLISH used to write its document into.
    func publishLeftovers() -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []
        return entries.filter { $0.hasPrefix("kb-publish") }.count
    }

    @Test func aPublishLeavesNothingInTheTemporaryDirectory() throws {
        let fixture = try ServerFixture()
        let before = publishLeftovers()
        var text = try article(fixture, "trygghetslarm")
        text = text.replacingOccurrences(of: "<title>", with: "<title>Nytt: ")
        let client = try fixture.client()
        client.send("AUTH hemligt-token\r\n" + publish(text) + publish("<article/>") + "PING\r\n")
        let reply = client.read(until: "+PONG\r\n")
        #expect(reply.contains("+OK published: 0 added, 1 updated, 0 unchanged"))
        #expect(reply.contains("-ERR publish refused"))
        #expect(publishLeftovers() == before)
    }
}
