import Foundation
import Logging
import NIOCore
import NIOEmbedded
import Testing

@testable import QueryServer

/// The request loop on an embedded channel: pipelined requests decoded and run in one pass per
/// read give the same replies however the bytes are split, and the search reply cache changes
/// no reply.
@Suite(.serialized) struct PipelineTests {
    /// Mixed multibulk and inline requests, empty lines and an empty multibulk among them, and
    /// the same search twice (the second from the cache when it is on).
    static let wire = Array(
        ("*1\r\n$4\r\nPING\r\nPING\r\n\r\n*2\r\n$4\r\nECHO\r\n$4\r\na\r\nb\r\n*0\r\n"
            + "*4\r\n$6\r\nSEARCH\r\n$5\r\ndagis\r\n$5\r\nLIMIT\r\n$1\r\n2\r\n"
            + "ping \"med mellanslag\"\r\nSEARCH dagis LIMIT 2\r\nSEARCH dagis LIMIT 1\r\n"
            + "*2\r\n$4\r\nPING\r\n$3\r\nhej\r\nNOSUCH x\r\nSEARCH dagis EASY LIMIT 1\r\n").utf8)

    /// A request handler on an embedded channel over the fixture's store.
    func channel(_ fixture: ServerFixture, cache: Int) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        let loop = LoopFragments(channel.eventLoop, searchCacheEntries: cache)
        var configuration = fixture.server.configuration
        configuration.searchCacheEntries = cache
        let context = CommandContext(
            store: fixture.server.store, statistics: fixture.server.statistics, configuration: configuration,
            logger: Logger(label: "test"), fragments: loop.on(channel.eventLoop),
            authLimiter: fixture.server.authLimiter, queryLog: nil,
            executors: fixture.server.runtime.executors,
            session: Session(id: 1, address: "test", host: "127.0.0.1"),
            replies: loop.replies(on: channel.eventLoop))
        try channel.pipeline.syncOperations.addHandler(
            RequestHandler(
                table: .standard, context: context, executors: fixture.server.runtime.executors,
                limits: .default, stallTimeout: .seconds(30)))
        return channel
    }

    /// Feeds `pieces` one read each and returns every byte written back.
    func replies(_ channel: EmbeddedChannel, _ pieces: [ArraySlice<UInt8>]) throws -> [UInt8] {
        var out: [UInt8] = []
        for piece in pieces {
            try channel.writeInbound(ByteBuffer(bytes: piece))
            while let buffer = try channel.readOutbound(as: ByteBuffer.self) {
                out += buffer.readableBytesView
            }
        }
        return out
    }

    @Test func everySplitGivesTheSameReplies() throws {
        let fixture = try ServerFixture()
        let wire = Self.wire
        let whole = try replies(channel(fixture, cache: 0), [wire[...]])
        let text = String(decoding: whole, as: UTF8.self)
        #expect(text.hasPrefix("+PONG\r\n+PONG\r\n$4\r\na\r\nb\r\n*2\r\n*12\r\n"))
        #expect(text.contains("$14\r\nmed mellanslag\r\n"))
        #expect(
            text.contains("$3\r\nhej\r\n-ERR unknown command 'NOSUCH', with args beginning with: 'x'\r\n"))
        // With the cache on, the same bytes: in one read, byte by byte, and split at every offset.
        for cache in [0, 16] {
            #expect(try replies(channel(fixture, cache: cache), [wire[...]]) == whole)
            #expect(try replies(channel(fixture, cache: cache), wire.indices.map { wire[$0...$0] }) == whole)
            for split in 1..<wire.count {
                let pieces = [wire[..<split], wire[split...]]
                #expect(try replies(channel(fixture, cache: cache), pieces) == whole, "split at \(split)")
            }
        }
    }

    @Test func aProtocolErrorFollowsTheRepliesBeforeItAndCloses() throws {
        let fixture = try ServerFixture()
        let channel = try channel(fixture, cache: 16)
        let out = try replies(channel, [Array("PING\r\n*1\r\n$4\r\nPING\r\n*1\r\nx\r\nPING\r\n".utf8)[...]])
        #expect(
            String(decoding: out, as: UTF8.self)
                == "+PONG\r\n+PONG\r\n-ERR Protocol error: expected '$', got 'x'\r\n")
        #expect(!channel.isActive)
    }
}

/// The per-loop cache of whole SEARCH replies over a real connection: a repeated search answers
/// the same bytes, is still logged and counted, and a publish empties the cache.
@Suite(.serialized) struct SearchReplyCacheTests {
    @Test func repeatedSearchesAreLoggedCountedAndForgottenOnPublish() throws {
        let fixture = try ServerFixture(eventLoops: 1)
        let client = try fixture.client()
        // Each search followed by a PING, so a reply is read whole.
        let search = "SEARCH ansöka förskola LIMIT 1\r\nPING\r\n"
        client.send(search)
        let first = client.read(until: "+PONG\r\n")
        #expect(first.contains("Ansöka om plats i förskola"))
        for _ in 0..<2 {
            client.send(search)
            #expect(client.read(until: "+PONG\r\n") == first)
        }
        client.send("INFO\r\n")
        let info = client.read(until: "# Knowledge")
        #expect(info.contains("search_cache_hits:2\r\n"))
        let logged = fixture.server.queryLog?.events().filter { $0.query == "ansöka förskola" } ?? []
        #expect(logged.count == 3)
        #expect(Set(logged.map(\.topHit)) == ["forskola-ansokan"])

        // A publish makes a new snapshot: the next search is ranked and encoded again.
        var text = try String(
            contentsOfFile: fixture.folder + "/articles/forskola-ansokan.xml", encoding: .utf8)
        text = text.replacingOccurrences(of: "<title>", with: "<title>Nytt: ")
        client.send(
            "AUTH hemligt-token\r\n*2\r\n$7\r\nPUBLISH\r\n$\(text.utf8.count)\r\n\(text)\r\n")
        #expect(client.read(until: "updated (revision").contains("+OK published"))
        client.send(search)
        #expect(client.read(until: "+PONG\r\n").contains("Nytt: Ansöka om plats i förskola"))
    }

    @Test func boundedInEntriesAndEmptiedByANewRevision() {
        let cache = SearchReplyCache(maxEntries: 2, maxBytes: 100)
        func key(_ query: String) -> SearchReplyCache.Key {
            .init(query: query, limit: 10, easy: false, typing: false)
        }
        func reply(_ size: Int) -> SearchReplyCache.Reply {
            .init(
                bytes: Array(repeating: 0x2A, count: size), total: 1, topHit: "a", topScore: 1,
                confidence: .strong)
        }
        #expect(cache.reply(key("a"), revision: 1) == nil)
        cache.keep(reply(10), for: key("a"), revision: 1)
        cache.keep(reply(10), for: key("b"), revision: 1)
        #expect(cache.count == 2)
        #expect(cache.reply(key("a"), revision: 1)?.bytes.count == 10)
        // A third entry past the bound empties it first; so does a reply past the byte bound.
        cache.keep(reply(10), for: key("c"), revision: 1)
        #expect(cache.count == 1 && cache.reply(key("a"), revision: 1) == nil)
        cache.keep(reply(95), for: key("d"), revision: 1)
        #expect(cache.count == 1 && cache.reply(key("c"), revision: 1) == nil)
        // The same request with another limit or flag is another key.
        #expect(cache.reply(.init(query: "d", limit: 5, easy: false, typing: false), revision: 1) == nil)
        #expect(cache.reply(.init(query: "d", limit: 10, easy: true, typing: false), revision: 1) == nil)
        // A new revision forgets everything, and a reply of an old revision is not kept.
        #expect(cache.reply(key("d"), revision: 2) == nil)
        cache.keep(reply(10), for: key("e"), revision: 1)
        #expect(cache.count == 0)
    }
}
