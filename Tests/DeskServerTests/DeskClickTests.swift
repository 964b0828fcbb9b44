import Foundation
import Insight
import KnowledgeBase
import Testing

@testable import DeskServer

/// The click log's events once the server's one-second flush has written `count` of them.
private func clicks(_ desk: DeskFixture, count: Int) throws -> [ClickEvent] {
    let deadline = Date().addingTimeInterval(20)
    while true {
        let events = ClickLog(directory: desk.logs).events()
        if events.count >= count || Date() > deadline { return events }
        usleep(20_000)
    }
}

@Suite(.serialized) struct DeskClickTests {
    @Test func anOpenedHitAndItsHelpfulMarkAreRecorded() throws {
        let desk = try DeskFixture()
        // The hit links carry the query, the rank and the channel.
        let page = try desk.request("GET", "/?q=dagis+ko&channel=library")
        let link = try #require(page.firstRange(of: "href=\"/articles/forskola-"))
        let href = page[link.lowerBound...].dropFirst(6).prefix { $0 != "\"" }
        #expect(href.hasSuffix("?q=dagis%20ko&amp;r=1&amp;c=library"))
        let fragment = try desk.request("GET", "/fragment?q=dagis+ko&channel=library")
        #expect(fragment.contains("&amp;r=2&amp;c=library\""))

        // Following the second hit link, with JavaScript off, records an open.
        let second = try #require(
            fragment.split(separator: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.first {
                $0.contains("r=2&amp;")
            })
        let path = second.replacingOccurrences(of: "&amp;", with: "&")
        let article = try desk.request("GET", path, headers: ["Sec-Fetch-Site: same-origin"])
        #expect(article.hasPrefix("HTTP/1.1 200"))
        // The feedback form carries the origin on.
        #expect(article.contains("<input type=\"hidden\" name=\"q\" value=\"dagis ko\">"))
        #expect(article.contains("<input type=\"hidden\" name=\"r\" value=\"2\">"))
        let id = String(path.dropFirst("/articles/".count).prefix { $0 != "?" })

        // Another site's page, a typed address, an unknown channel or article: not recorded.
        _ = try desk.request("GET", path, headers: ["Sec-Fetch-Site: cross-site"])
        _ = try desk.request("GET", path, headers: ["Sec-Fetch-Site: none"])
        _ = try desk.request("GET", "/articles/\(id)?q=dagis&r=1&c=hemma")
        #expect(
            try desk.request("POST", "/api/click", body: "id=finns-inte&q=dagis&r=1&c=web").hasPrefix(
                "HTTP/1.1 400"))
        #expect(
            try desk.request("POST", "/api/click", body: "id=\(id)&q=dagis&r=1&c=intranet").hasPrefix(
                "HTTP/1.1 400"))
        #expect(try desk.request("POST", "/api/click", body: "id=\(id)&q=dagis").hasPrefix("HTTP/1.1 400"))

        // A client that renders hits itself reports the open; personal data is removed.
        let posted = try desk.request(
            "POST", "/api/click", body: "id=\(id)&q=dagis+till+19121212-1212&r=3&c=web")
        #expect(posted.hasPrefix("HTTP/1.1 200") && posted.hasSuffix("{\"ok\":true}"))

        // Marking it helpful records a helpful click for the query.
        let feedback = try desk.request(
            "POST", "/api/feedback", body: "id=\(id)&kind=helpful&q=dagis+ko&r=2&c=library")
        #expect(feedback.hasPrefix("HTTP/1.1 303"))

        let events = try clicks(desk, count: 3)
        #expect(events.map(\.kind) == [.open, .open, .helpful])
        #expect(events.map(\.article) == [id, id, id])
        #expect(events.map(\.rank) == [2, 3, 2])
        #expect(events.map(\.channel) == ["library", "web", "library"])
        #expect(events.map(\.query) == ["dagis ko", "dagis till [personnummer]", "dagis ko"])
        let files = try FileManager.default.contentsOfDirectory(atPath: desk.logs).filter {
            $0.hasPrefix("clicks-")
        }
        for file in files {
            let text = try String(contentsOfFile: desk.logs + "/" + file, encoding: .utf8)
            #expect(!text.contains("19121212"))
        }
    }
}
