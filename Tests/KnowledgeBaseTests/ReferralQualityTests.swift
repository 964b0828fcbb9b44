import Testing

@testable import KnowledgeBase

/// The referral check: a published article's first referral must reach its unit directly, and
/// must not send a guide to the contact center.
@Suite struct ReferralQualityTests {
    static let registers = Registers(
        owners: [Owner(id: "o", name: "O", contact: "c")],
        units: [
            Unit(
                id: "kontaktcenter", owner: "o", name: "Kontaktcenter", phone: "040-34 10 00",
                email: "malmostad@malmo.se", web: "https://malmo.se"),
            Unit(id: "via-kc", owner: "o", name: "Enhet via kontaktcenter", phone: "040 341000"),
            Unit(id: "egen-telefon", owner: "o", name: "Egen telefon", phone: "040-34 59 69"),
            Unit(id: "egen-epost", owner: "o", name: "Egen e-post", email: "debiteringen@malmo.se"),
            Unit(id: "kc-epost", owner: "o", name: "Stadens e-post", email: "MalmoStad@malmo.se"),
            Unit(id: "e-tjanst", owner: "o", name: "E-tjänst", web: "https://sjalvservice.malmo.se"),
            Unit(id: "undersida", owner: "o", name: "Undersida", web: "https://malmo.se/forskola"),
            Unit(id: "startsida", owner: "o", name: "Bara startsidan", web: "https://www.malmo.se/"),
            Unit(id: "adress", owner: "o", name: "Bara adress", address: "Gatan 1"),
        ])

    static func article(
        _ referrals: [Referral], status: ArticleStatus = .published, audience: [Audience] = []
    ) -> Article {
        Article(
            id: "a", status: status, title: "T", summary: "S", body: [], category: "c", audience: audience,
            owner: "o", referrals: referrals)
    }

    func problems(_ referrals: [Referral], status: ArticleStatus = .published, audience: [Audience] = [])
        -> [ReferralQuality.Problem]
    {
        ReferralQuality(registers: Self.registers).warnings(
            Self.article(referrals, status: status, audience: audience)
        ).map(\.problem)
    }

    @Test func aUnitWithItsOwnPhoneEmailOrLinkPasses() {
        for unit in ["egen-telefon", "egen-epost", "e-tjanst", "undersida"] {
            #expect(problems([Referral(unit: unit)]).isEmpty, "\(unit)")
        }
    }

    @Test func onlyTheFirstReferralCounts() {
        #expect(problems([Referral(unit: "egen-telefon"), Referral(unit: "adress")]).isEmpty)
        #expect(
            problems([Referral(unit: "adress"), Referral(unit: "egen-telefon")]) == [
                .noDirectContact(unit: "adress")
            ])
    }

    @Test func theCitysFrontPageAnAddressOrTheCentersEmailDoNotReachAUnit() {
        for unit in ["startsida", "adress", "kc-epost"] {
            #expect(problems([Referral(unit: unit)]) == [.noDirectContact(unit: unit)], "\(unit)")
        }
    }

    @Test func referringGuidesToTheContactCenterIsReported() {
        #expect(problems([Referral(unit: "kontaktcenter")]) == [.contactCenter(unit: "kontaktcenter")])
        // A unit "reached via the contact center" under the center's own number, however written.
        #expect(
            problems([Referral(unit: "via-kc")]) == [
                .contactCenter(unit: "via-kc"), .noDirectContact(unit: "via-kc"),
            ])
        #expect(problems([Referral(unit: "kontaktcenter")], audience: [.guide, .public]).count == 1)
        // Librarians and the public may well be sent to the contact center.
        #expect(problems([Referral(unit: "kontaktcenter")], audience: [.librarian, .public]).isEmpty)
    }

    @Test func noDirectContactNeedsTextSayingWhatToDoInstead() {
        #expect(
            problems([Referral(unit: "adress", note: "Skriv till Gatan 1.", noDirectContact: true)]).isEmpty)
        #expect(
            problems([Referral(unit: "adress", note: " ", noDirectContact: true)]) == [
                .noInstead(unit: "adress")
            ])
        // It does not excuse sending a guide to the contact center.
        #expect(
            problems([Referral(unit: "kontaktcenter", note: "Ring oss.", noDirectContact: true)]) == [
                .contactCenter(unit: "kontaktcenter")
            ])
    }

    @Test func anArticleWithoutReferralIsReportedUnlessItIsNotPublished() {
        #expect(problems([]) == [.noReferral])
        #expect(problems([], status: .draft).isEmpty)
        #expect(problems([Referral(unit: "adress")], status: .archived).isEmpty)
    }

    @Test func warningsAreWordedInSwedish() {
        let warning = ReferralQuality.Warning(article: "a", problem: .contactCenter(unit: "kontaktcenter"))
        #expect(warning.description.contains("kontaktcenter självt"))
    }

    @Test func theDirectContactAttributeRoundTrips() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift").replacingOccurrences(
                of: "<refer ref=\"placeringsenheten\">",
                with: "<refer ref=\"placeringsenheten\" direct-contact=\"none\">"))
        let (knowledge, diagnostics) = try FolderScan(folder: fixture.folder).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let article = try #require(knowledge?.article("forskola-avgift"))
        #expect(article.referrals.first?.noDirectContact == true)
        #expect(article.referrals.first?.note == "Frågor om plats.")
        let xml = String(decoding: try article.canonicalXML(), as: UTF8.self)
        #expect(
            xml.contains("<refer ref=\"placeringsenheten\" direct-contact=\"none\">Frågor om plats.</refer>"))
        #expect(knowledge?.article("forskola-ansokan")?.referrals.first?.noDirectContact == false)
    }
}
