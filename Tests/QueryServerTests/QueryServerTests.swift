import Foundation
import KnowledgeBase
import KnowledgeStorage
import TestSupport
import Testing

@testable import QueryServer

@Suite(.serialized) struct QueryServerTests {
    @Test func inlineAndMultibulkPipelined() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("PING\r\nECHO hej\r\n*1\r\n$4\r\nPING\r\nping \"med mellanslag\"\r\n")
        let expected = "+PONG\r\n$3\r\nhej\r\n+PONG\r\n$14\r\nmed mellanslag\r\n"
        #expect(client.read(atLeast: expected.utf8.count) == expected)
    }

    @Test func searchAnswersFieldValueArrays() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("*4\r\n$6\r\nSEARCH\r\n$5\r\ndagis\r\n$5\r\nLIMIT\r\n$1\r\n2\r\n")
        let reply = client.read(until: "refer\r\n")
        #expect(reply.hasPrefix("*2\r\n*12\r\n$2\r\nid\r\n"))
        #expect(reply.contains("forskola-"))
        #expect(
            reply.contains("$5\r\ntitle\r\n") && reply.contains("$7\r\nsummary\r\n")
                && reply.contains("$5\r\nscore\r\n"))
        // Each hit says how sure it is.
        #expect(reply.contains("$10\r\nconfidence\r\n$6\r\nstrong\r\n"))
    }

    @Test func searchTypingCompletesAndIsNoSearchWord() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        // "TYPING" is an option, not a word to search for; the unfinished word is completed.
        client.send("SEARCH trygghetsl TYPING LIMIT 1\r\n")
        let reply = client.read(until: "refer\r\n")
        #expect(reply.contains("$13\r\ntrygghetslarm\r\n"))
    }

    @Test func searchJSONIsTheCLIFormat() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("SEARCH.JSON skriva ut kontoutdrag LIMIT 1\r\n")
        let reply = client.read(until: "}\r\n")
        let body = reply.split(separator: "\r\n", maxSplits: 1).last.map(String.init) ?? ""
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(body.dropLast(1).utf8)) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(hits.first?["id"] as? String == "skriva-ut-kontoutdrag-pa-biblioteket")
        #expect(object["took_us"] is Int)
    }

    @Test func searchOptionsAreChecked() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send(
            "SEARCH dagis LIMIT 0\r\nSEARCH dagis CHANNEL radio\r\nSEARCH\r\nSEARCH lånekort CATEGORY bibliotek OWNER kulturforvaltningen CHANNEL library LIMIT 5\r\n"
        )
        let reply = client.read(until: "refer\r\n")
        #expect(
            reply.hasPrefix(
                "-ERR LIMIT must be a number from 1 to 1000\r\n-ERR CHANNEL must be contact-center, library or web\r\n-ERR wrong number of arguments for 'search' command\r\n*"
            ))
        #expect(reply.contains("bibliotek"))
    }

    @Test func getInEveryForm() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("GET forskola-ansokan\r\n")
        #expect(client.read(until: "Granskas senast").contains("Läs upp:"))
        let xmlClient = try fixture.client()
        xmlClient.send("GET.XML forskola-ansokan\r\n")
        #expect(xmlClient.read(until: "</article>").contains("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        let jsonClient = try fixture.client()
        jsonClient.send("GET.JSON forskola-ansokan\r\nGET finns-inte\r\n")
        let reply = jsonClient.read(until: "finns-inte'\r\n")
        #expect(reply.contains("\"id\":\"forskola-ansokan\""))
        #expect(reply.hasSuffix("-ERR no article 'finns-inte'\r\n"))
    }

    @Test func unknownCommandsAndArityAsRedisSaysThem() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("FOO bar baz\r\nECHO\r\nHELLO 3\r\nsuggest trygg\r\n")
        let reply = client.read(until: "trygghetslarm")
        #expect(
            reply.hasPrefix(
                "-ERR unknown command 'FOO', with args beginning with: 'bar' 'baz'\r\n-ERR wrong number of arguments for 'echo' command\r\n-NOPROTO unsupported protocol version\r\n*"
            ))
    }

    @Test(arguments: [
        ("*1\r\n$x\r\n", "invalid bulk length"),
        ("*2000\r\n", "invalid multibulk length"),
        ("*1\r\n$2000000\r\n", "invalid bulk length"),
        ("*1\r\n+PING\r\n", "expected '$', got '+'"),
        ("ECHO \"open\r\n", "unbalanced quotes in request"),
    ])
    func protocolErrorsReplyAndClose(input: String, message: String) throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("PING\r\n" + input)
        let expected = "+PONG\r\n-ERR Protocol error: \(message)\r\n"
        #expect(client.read(atLeast: expected.utf8.count) == expected)
        #expect(client.closedByServer())
    }

    @Test func tooLongInlineLineIsRefused() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send(String(repeating: "a", count: 70 * 1024))
        #expect(client.read(until: "\r\n") == "-ERR Protocol error: too big inline request\r\n")
        #expect(client.closedByServer())
    }

    @Test func connectionLimit() throws {
        let fixture = try ServerFixture(maxConnections: 2)
        let first = try fixture.client()
        let second = try fixture.client()
        first.send("PING\r\n")
        second.send("PING\r\n")
        #expect(first.read(atLeast: 7) == "+PONG\r\n" && second.read(atLeast: 7) == "+PONG\r\n")
        let third = try fixture.client()
        #expect(third.read(until: "\r\n") == "-ERR max number of clients reached\r\n")
        #expect(third.closedByServer())
    }

    @Test func idleConnectionsAreClosed() throws {
        let fixture = try ServerFixture(idleTimeout: 1)
        let client = try fixture.client()
        let started = Date()
        #expect(client.closedByServer())
        #expect(Date().timeIntervalSince(started) < 4)
    }

    @Test func reloadNeedsAuth() throws {
        let fixture = try ServerFixture()
        let client = try fixture.client()
        client.send("RELOAD\r\nAUTH fel\r\nAUTH hemligt-token\r\nRELOAD\r\nINFO\r\n")
        let reply = client.read(until: "snapshot_age_seconds")
        #expect(
            reply.hasPrefix(
                "-NOAUTH Authentication required.\r\n-WRONGPASS invalid username-password pair or user is disabled.\r\n+OK\r\n+OK reloaded revision 2:"
            ))
        #expect(reply.contains("snapshot_revision:2"))
        #expect(reply.contains("articles:73"))
    }

    @Test func withoutTokensAdministrationIsRefused() throws {
        let fixture = try ServerFixture(tokens: [])
        let client = try fixture.client()
        client.send("RELOAD\r\n")
        #expect(client.read(until: "\r\n").hasPrefix("-ERR RELOAD is disabled"))
    }

    @Test func aBrokenFolderIsRefusedAndTheOldSnapshotServes() throws {
        let fixture = try ServerFixture(watch: 0)
        try "<article>".write(
            toFile: fixture.folder + "/articles/trasig.xml", atomically: true, encoding: .utf8)
        let client = try fixture.client()
        client.send("AUTH hemligt-token\r\nRELOAD\r\nSEARCH dagis LIMIT 1\r\n")
        let reply = client.read(until: "refer\r\n")
        #expect(reply.contains("-ERR reload refused, 1 problem(s), still serving the previous snapshot"))
        #expect(reply.contains("forskola-"))
    }

    @Test func reloadsWhileSearchesRun() throws {
        let fixture = try ServerFixture(watch: 0)
        let answered = Counter()
        let port = fixture.port
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                guard let client = try? TestClient(port: port) else { return }
                for _ in 0..<100 {
                    client.send("SEARCH skolskjuts LIMIT 1\r\n")
                    if client.read(until: "refer\r\n").contains("skola-skolskjuts") { answered.increment() }
                }
            }
        }
        let admin = try fixture.client()
        for _ in 0..<5 {
            admin.send("AUTH hemligt-token\r\nRELOAD\r\n")
            #expect(admin.read(until: "published\r\n").contains("+OK reloaded"))
        }
        group.wait()
        #expect(answered.value == 400)
    }

    @Test func anImportIsPickedUpByItself() throws {
        let fixture = try ServerFixture(watch: 200)
        let delivery = TemporaryFolder.make("leverans")
        try FileManager.default.createDirectory(atPath: delivery, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: fixture.folder + "/articles/trygghetslarm.xml", encoding: .utf8)
        text = text.replacingOccurrences(of: "id=\"trygghetslarm\"", with: "id=\"trygghetslarm-nytt\"")
        try text.write(toFile: delivery + "/trygghetslarm-nytt.xml", atomically: true, encoding: .utf8)
        _ = try Publisher(folder: KnowledgeFolder(root: fixture.folder)).importBatch([delivery])
        var found = false
        for _ in 0..<50 where !found {
            let client = try fixture.client()
            client.send("GET.JSON trygghetslarm-nytt\r\n")
            found = client.read(until: "\r\n").hasPrefix("$")
            if !found { usleep(100_000) }
        }
        #expect(found, "the imported article was not served within 5 s")
    }

    @Test func redisCLITalksToIt() throws {
        let fixture = try ServerFixture()
        func redisCLI(_ arguments: [String]) throws -> String {
            let (output, status) = try RedisCLI.run(port: fixture.port, arguments)
            #expect(status == 0, "redis-cli must be installed (redis-tools)")
            return output
        }
        #expect(try redisCLI(["PING"]) == "PONG\n")
        let search = try redisCLI(["SEARCH", "dagis", "LIMIT", "1"])
        #expect(search.hasPrefix("id\nforskola-"))
        let info = try redisCLI(["INFO"])
        #expect(info.contains("published_articles:70"))
        // Started on port 0: INFO names the port it got, as Redis does.
        #expect(info.contains("tcp_port:\(fixture.port)\r\n"))
        #expect(try redisCLI(["GET", "trygghetslarm"]).contains("Trygghetslarm"))
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
