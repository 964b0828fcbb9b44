import Foundation
import Testing

@testable import KnowledgeBase

@Suite struct FolderScanTests {
    @Test func validFolderLoads() throws {
        let fixture = try Fixture.make()
        let (knowledge, diagnostics) = try FolderScan(folder: fixture.folder).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(knowledge)
        #expect(loaded.articles.map(\.id) == ["forskola-ansokan", "forskola-avgift"])
        #expect(loaded.registers.owners.count == 2)
        #expect(loaded.registers.synonyms == [Synonym(term: "dagis", formal: "förskola")])
        let article = try #require(loaded.article("forskola-ansokan"))
        #expect(article.title == "Ansöka om förskola")
        #expect(article.body == [.paragraph("Barn kan få plats från ett års ålder.")])
        #expect(article.referrals == [Referral(unit: "placeringsenheten", note: "Frågor om plats.")])
        #expect(article.related == ["forskola-avgift"])
    }

    /// Runs the scan and returns its diagnostics as text, one per problem.
    func problems(_ fixture: Fixture) throws -> [String] {
        try FolderScan(folder: fixture.folder).run().1.map(\.description)
    }

    @Test func danglingOwnerReferenceNamesFileLineAndColumn() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift", owner: "forskoleforvaltning"))
        let name = URL(fileURLWithPath: fixture.root).lastPathComponent
        #expect(
            try problems(fixture) == [
                "\(name)/articles/forskola-avgift.xml:10:3: element 'owner': ref 'forskoleforvaltning' names no owner "
                    + "in registers/owners.xml (did you mean 'forskoleforvaltningen'?)"
            ])
    }

    @Test func danglingUnitAndArticleReferences() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift", unit: "ingen-enhet", related: "finns-inte"))
        let found = try problems(fixture)
        #expect(found.count == 2)
        #expect(
            found[0].hasSuffix(
                ":11:3: element 'refer': ref 'ingen-enhet' names no unit in registers/units.xml"))
        #expect(
            found[1].hasSuffix(
                ":12:3: element 'related': ref 'finns-inte' names no article in the knowledge folder"))
    }

    /// Dangling article references from several files are each reported at their own file and
    /// line, in file order (the scan holds the pending references and the file names packed
    /// until the end).
    @Test func danglingArticleReferencesFromSeveralFilesNameEachFile() throws {
        let fixture = try Fixture.make()
        let name = URL(fileURLWithPath: fixture.root).lastPathComponent
        for (id, target) in [
            ("a-forsta", "saknas-ett"), ("b-andra", "forskola-avgift"), ("c-tredje", "saknas-tva"),
        ] {
            try fixture.write("articles/\(id).xml", Fixture.article(id: id, related: target))
        }
        #expect(
            try problems(fixture) == [
                "\(name)/articles/a-forsta.xml:12:3: element 'related': ref 'saknas-ett' names no article "
                    + "in the knowledge folder",
                "\(name)/articles/c-tredje.xml:12:3: element 'related': ref 'saknas-tva' names no article "
                    + "in the knowledge folder",
            ])
    }

    /// A duplicate id names the file and line where the id was first seen.
    @Test func duplicateIDNamesTheFirstFile() throws {
        let fixture = try Fixture.make()
        let name = URL(fileURLWithPath: fixture.root).lastPathComponent
        try fixture.write("articles/annat-namn.xml", Fixture.article(id: "forskola-avgift"))
        let found = try problems(fixture)
        #expect(
            found.contains {
                $0.hasPrefix("\(name)/articles/forskola-avgift.xml:2:")
                    && $0.hasSuffix(
                        "article id 'forskola-avgift' is already used by \(name)/articles/annat-namn.xml:2")
            }, "\(found)")
    }

    @Test func idMustEqualFileName() throws {
        let fixture = try Fixture.make()
        try fixture.write("articles/annat-namn.xml", Fixture.article(id: "forskola-avgift"))
        let found = try problems(fixture)
        #expect(
            found.contains {
                $0.contains(
                    "annat-namn.xml:2:1: article id 'forskola-avgift' must equal the file name 'annat-namn'")
            })
        #expect(found.contains { $0.contains("article id 'forskola-avgift' is already used by") })
    }

    @Test func reviewByMustFollowReviewed() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift", reviewed: "2026-09-01", reviewBy: "2026-08-01"))
        let found = try problems(fixture)
        #expect(found.count == 1)
        #expect(
            found[0].hasSuffix(
                ":13:3: element 'review-by': 2026-08-01 must be later than the date in 'reviewed' (2026-09-01)"
            ))
    }

    @Test func schemaErrorsAreAllReportedWithPositions() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/trasig.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="urn:vagvisare:article:1" id="trasig" status="live">
              <title>Trasig</title>
              <summary>   </summary>
              <body><p>Text</p></body>
              <category>förskola</category>
              <owner ref="stadskontoret"/>
              <reviewed>2026-02-30</reviewed>
              <extra/>
            </article>

            """)
        let found = try problems(fixture)
        #expect(found.count == 4, "\(found)")
        #expect(
            found[0].hasSuffix(
                "trasig.xml:2:1: element 'article', attribute 'status': value 'live' is not one of: draft, published, archived"
            ))
        #expect(found[1].hasSuffix("trasig.xml:4:3: element 'summary': must not be empty"))
        #expect(
            found[2].hasSuffix(
                "trasig.xml:8:3: element 'reviewed': value '2026-02-30' is not a date written YYYY-MM-DD"))
        #expect(found[3].contains("trasig.xml:9:3: element 'extra': this element is not allowed here"))
    }

    @Test func malformedXMLIsReportedAndOtherFilesStillChecked() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/a-trasig.xml",
            "<article xmlns=\"urn:vagvisare:article:1\">\n  <title>x</titel>\n</article>\n")
        try fixture.write(
            "articles/forskola-avgift.xml", Fixture.article(id: "forskola-avgift", owner: "nobody"))
        let found = try problems(fixture)
        #expect(found.count == 2, "\(found)")
        #expect(found[0].contains("a-trasig.xml:2:") && found[0].contains("not well-formed"))
        #expect(found[1].contains("forskola-avgift.xml:10:3"))
    }

    @Test func unitOwnerMustExist() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "registers/units.xml",
            Fixture.units.replacingOccurrences(of: "owner=\"stadskontoret\"", with: "owner=\"stadskontor\""))
        let found = try problems(fixture)
        #expect(found.count == 1)
        #expect(
            found[0].contains("registers/units.xml:7:3: element 'unit': ref 'stadskontor' names no owner"))
    }

    @Test func duplicateRegisterIdsAreRejected() throws {
        let fixture = try Fixture.make()
        let doubled = Fixture.units.replacingOccurrences(
            of: "id=\"kontaktcenter\"", with: "id=\"placeringsenheten\"")
        try fixture.write("registers/units.xml", doubled)
        let found = try problems(fixture)
        // libxml2 checks uniqueness when the second unit ends, so the error points at its end tag.
        #expect(found.count == 1)
        #expect(
            found[0].contains(
                "units.xml:11:3: element 'unit': id 'placeringsenheten' is used more than once"), "\(found)")
    }

    @Test func missingRegisterIsReported() throws {
        let fixture = try Fixture.make()
        try FileManager.default.removeItem(atPath: fixture.root + "/registers/owners.xml")
        let found = try problems(fixture)
        #expect(found.first?.contains("registers/owners.xml") == true)
        #expect(found.first?.contains("missing") == true)
    }

    @Test func doctypeInAnArticleIsRefused() throws {
        let fixture = try Fixture.make()
        try fixture.write(
            "articles/xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<article xmlns=\"urn:vagvisare:article:1\" id=\"xxe\"><title>&x;</title></article>\n")
        let found = try problems(fixture)
        #expect(found.count == 1)
        #expect(found[0].contains("xxe.xml:2:1: DOCTYPE declarations are not allowed"))
        #expect(!found[0].contains("root:"))
    }
}
