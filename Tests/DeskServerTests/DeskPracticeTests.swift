import Foundation
import Insight
import KnowledgeBase
import Rendering
import Search
import Testing

@testable import DeskServer

/// The desk page as guides use it: only settled searches in the log, the article page's tools,
/// the handouts, and the förvaltning's view in Swedish.
@Suite(.serialized) struct DeskPracticeTests {
    private func logged(_ desk: DeskFixture) throws -> [QueryEvent] {
        try desk.server.queryLog?.flush()
        return QueryLog(directory: desk.logs).events()
    }

    @Test func keystrokesAreNotLoggedSettledSearchesAre() throws {
        let desk = try DeskFixture()
        // The page asks for hits while the guide types: none of these is a question yet.
        for prefix in ["h", "he", "hem", "hemt", "hemtj", "hemtjänst", "hemtjänst a", "hemtjänst avgift"] {
            let fragment = try desk.request(
                "GET", "/fragment?q=\(DeskPages.urlEncode(prefix))&channel=contact-center")
            #expect(fragment.hasPrefix("HTTP/1.1 200"))
        }
        #expect(try logged(desk).isEmpty)
        // The page posts the settled question (Enter, a pause, a hit opened).
        let settled = try desk.request(
            "POST", "/api/searched", body: "q=hemtj%C3%A4nst+avgift&channel=contact-center")
        #expect(settled.hasPrefix("HTTP/1.1 204"))
        #expect(try desk.request("POST", "/api/searched", body: "q=+&channel=web").hasPrefix("HTTP/1.1 400"))
        // A typed JSON search is a keystroke too; a finished one is a question.
        _ = try desk.request("GET", "/api/search?q=trygg&typing=1")
        _ = try desk.request("GET", "/api/search?q=qqqzzxx")
        // A form sent without the script is a settled search.
        _ = try desk.request("GET", "/?q=sfi&channel=library")
        let events = try logged(desk)
        #expect(events.map(\.query) == ["hemtjänst avgift", "qqqzzxx", "sfi"])
        #expect(events.map(\.channel) == ["contact-center", "web", "library"])
        #expect(events[0].confidence == .strong && events[0].topHit.hasPrefix("avgift"))
        #expect(events[1].confidence == Confidence.none && events[1].hits == 0)
        #expect(events[2].confidence == .strong)
    }

    @Test func theSearchPageFoldsItsOptionsOnceHitsShow() throws {
        let desk = try DeskFixture()
        let empty = try desk.request("GET", "/")
        #expect(empty.contains("<details class=\"options\" open>"))
        #expect(empty.contains("<a href=\"/owner\">Förvaltningens vy</a>"))
        let found = try desk.request("GET", "/?q=trygghetslarm")
        #expect(found.contains("<details class=\"options\">"))
        #expect(found.contains("<span class=\"current\">: Kontaktcenter</span>"))
        // Every way to reach a unit: phone, e-mail and e-service.
        #expect(found.contains("<a href=\"mailto:hvo@malmo.se\">hvo@malmo.se</a>"))
        #expect(found.contains("<a href=\"https://sjalvservice.malmo.se\">sjalvservice.malmo.se</a>"))
        let library = try desk.request("GET", "/?q=dagis&channel=library")
        #expect(library.contains("<span class=\"current\">: Bibliotek</span>"))
        #expect(library.contains("value=\"library\" checked"))
    }

    @Test func theArticlePageHasASearchBoxTitledRelatedArticlesAndHandouts() throws {
        let desk = try DeskFixture()
        let page = try desk.request("GET", "/articles/akut-hjalp-sociala-jouren")
        #expect(page.contains("<form class=\"search again\" role=\"search\" action=\"/\" method=\"get\">"))
        #expect(page.contains("<input id=\"q\" name=\"q\" type=\"search\""))
        // "Se också" by title, not by id.
        #expect(page.contains("<h2>Se också</h2>"))
        #expect(page.contains(">Hemlös eller utan bostad – akut hjälp från socialtjänsten</a>"))
        #expect(!page.contains(">akut-bostadsloshet</a>"))
        #expect(page.contains("href=\"/articles/akut-hjalp-sociala-jouren?utskrift=besokare\""))
        #expect(page.contains("href=\"/articles/akut-hjalp-sociala-jouren?utskrift=personal\""))
    }

    @Test func theVisitorsHandoutHasTheEasyTextAndNoStaffTextIdsOrNavigation() throws {
        let desk = try DeskFixture()
        let knowledge = desk.server.store.snapshot.knowledge
        let article = try #require(knowledge.article("akut-hjalp-sociala-jouren"))
        let response = try desk.request("GET", "/articles/akut-hjalp-sociala-jouren?utskrift=besokare")
        #expect(response.hasPrefix("HTTP/1.1 200"))
        let page = try #require(response.components(separatedBy: "\r\n\r\n").last)
        // The lättläst text, every line of it.
        for line in (article.easyRead ?? []).flatMap(\.lines) { #expect(page.contains(HTML.escape(line))) }
        #expect(!(article.easyRead ?? []).isEmpty)
        // Nothing meant for staff: the staff-only blocks, the referral notes.
        let staffLines = article.body.flatMap { block -> [String] in
            if case .staff(let inner) = block { return inner.flatMap(\.lines) }
            return []
        }
        #expect(!staffLines.isEmpty)
        for line in staffLines { #expect(!page.contains(HTML.escape(line))) }
        #expect(!page.contains("staff-only") && !page.contains(ArticleText.staffLabel))
        for referral in article.referrals where !referral.note.isEmpty {
            #expect(!page.contains(HTML.escape(referral.note)))
        }
        // No ids, no navigation, no forms.
        for id in [article.id] + article.related + article.referrals.map(\.unit) {
            #expect(!page.contains(id), "\(id)")
        }
        #expect(!page.contains("<nav") && !page.contains("<form") && !page.contains("<header"))
        #expect(!page.contains("<a href=\"/"))
        // Where to turn, with every way to reach the unit.
        #expect(page.contains("<h2>Hit kan du vända dig</h2>"))
        #expect(page.contains("href=\"tel:0403459"))
    }

    @Test func theStaffHandoutHasTheStaffText() throws {
        let desk = try DeskFixture()
        let page = try desk.request("GET", "/articles/akut-hjalp-sociala-jouren?utskrift=personal")
        #expect(page.contains("<h2>Läs upp</h2>"))
        #expect(page.contains("<div class=\"staff-only\">"))
        #expect(page.contains("be personen ringa 112"))
        #expect(page.contains("Se också: Söka ekonomiskt bistånd (försörjningsstöd, socialbidrag)"))
        #expect(!page.contains("<nav") && !page.contains("<form"))
        // An unknown reader is the ordinary page.
        #expect(
            try desk.request("GET", "/articles/akut-hjalp-sociala-jouren?utskrift=annan").contains(
                "<form class=\"feedback\""))
    }

    @Test func theOwnerViewSpeaksSwedishAndNamesOverdueArticles() throws {
        let desk = try DeskFixture()
        // An article of the förvaltning's, overdue by 30 days.
        let path = desk.folder + "/articles/forskola-ansokan.xml"
        let xml = try String(contentsOfFile: path, encoding: .utf8)
        let overdue = CivilDate.today().adding(days: -30).description
        let edited = xml.replacingOccurrences(
            of: #"<review-by>[0-9-]+</review-by>"#, with: "<review-by>\(overdue)</review-by>",
            options: .regularExpression)
        #expect(edited != xml)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        _ = desk.server.store.reload()
        _ = try desk.request(
            "POST", "/api/feedback",
            body: "id=forskola-ansokan&kind=wrong&comment=Fel+l%C3%A4nk+till+e-tj%C3%A4nsten")
        let login = try desk.request("POST", "/owner/login", body: "token=forskola-nyckel")
        let cookie = try #require(
            login.components(separatedBy: "\r\n").first { $0.hasPrefix("Set-Cookie: ") }.map {
                String($0.dropFirst("Set-Cookie: ".count).split(separator: ";")[0])
            })
        let view = try desk.request("GET", "/owner", headers: ["Cookie: \(cookie)"])
        let title = try #require(desk.server.store.snapshot.knowledge.article("forskola-ansokan")?.title)
        let late = ReviewSchedule.due(
            desk.server.store.snapshot.knowledge, within: 30, owner: "forskoleforvaltningen"
        ).filter { ($0.daysLeft ?? 0) < 0 }
        #expect(late.contains { $0.article.id == "forskola-ansokan" })
        #expect(view.contains("<strong>Försenade granskningar: \(late.count)</strong>"))
        #expect(
            view.contains(
                "\(HTML.escape(title))</a></strong> – skulle ha granskats \(overdue), 30 dagar sedan"))
        #expect(view.contains("<strong class=\"overdue\">Försenad 30 dagar</strong>"))
        #expect(!view.contains("<td>-30</td>"))
        #expect(view.contains(">publicerad</td>") && !view.contains(">published<"))
        #expect(view.contains("”Fel länk till e-tjänsten”"))
        #expect(view.contains("fel · webb"))
    }
}
