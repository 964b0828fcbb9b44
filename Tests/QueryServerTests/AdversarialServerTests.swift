import Foundation
import KnowledgeBase
import Testing

@testable import QueryServer

/// The RESP port under attack (issue 11): authorisation edges, lockouts.
@Suite(.serialized) struct AdversarialServerTests {
    @Test func anOwnersTokenCannotReloadButAnAdminsCan() throws {
        let fixture = try ServerFixture(scoped: [(.owner("forskoleforvaltningen"), "forskola-token")])
        let owner = try fixture.client()
        owner.send("AUTH forskola-token\r\nRELOAD\r\n")
        #expect(
            owner.read(until: "token is an owner's\r\n")
                == "+OK\r\n-NOPERM RELOAD needs an admin token; this connection's token is an owner's\r\n")
        let admin = try fixture.client()
        admin.send("AUTH hemligt-token\r\nRELOAD\r\n")
        #expect(admin.read(until: "published\r\n").hasPrefix("+OK\r\n+OK reloaded revision"))
        // COMMAND tells them apart.
        admin.send("COMMAND\r\n")
        let table = admin.read(until: "zzz-never")
        #expect(table.contains("$7\r\npublish\r\n:2\r\n*1\r\n+write\r\n"))
        #expect(table.contains("$6\r\nreload\r\n:1\r\n*1\r\n+admin\r\n"))
    }

    @Test func oneTokenTypedWrongDoesNotLockOutAnotherTokenFromTheSameAddress() throws {
        let fixture = try ServerFixture()
        let colleague = try fixture.client()
        colleague.send(String(repeating: "AUTH gammal-nyckel\r\n", count: 7))
        let replies = colleague.read(until: "try again in")
        #expect(replies.components(separatedBy: "-WRONGPASS").count == 6)
        #expect(replies.contains("-ERR too many failed AUTH attempts"))
        let admin = try fixture.client()
        admin.send("AUTH hemligt-token\r\n")
        #expect(admin.read(until: "\r\n") == "+OK\r\n")
    }

    @Test func manyDifferentWrongTokensLockOutTheAddress() throws {
        let fixture = try ServerFixture()
        let guesser = try fixture.client()
        let guesses = (0..<50).map { "AUTH g\($0)-gissning\r\n" }.joined()
        guesser.send(guesses + "AUTH hemligt-token\r\n")
        let replies = guesser.read(until: "try again in")
        #expect(replies.components(separatedBy: "-WRONGPASS").count == 51)
        #expect(
            replies.hasSuffix("-ERR too many failed AUTH attempts from this address; try again in 60 s\r\n"))
    }
}
