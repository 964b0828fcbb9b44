import Foundation
import Testing

@Suite struct CommandTests {
    /// The shipped folder passes the strict check: every published article's first referral
    /// reaches its unit directly, or says what to do instead, and none sends a guide to the
    /// contact center.
    @Test func validateShippedKnowledgeStrictly() throws {
        let result = try KBProcess.run(["validate", "--strict", "--knowledge", repositoryRoot + "/Knowledge"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("Knowledge: giltig – "))
        #expect(result.stdout.contains(" artiklar, 13 förvaltningar, "))
    }

    @Test func referralWarningsFailOnlyWhenStrict() throws {
        let folder = try copyOfShippedKnowledge()
        let path = folder + "/articles/forskola-ansokan.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let first = try #require(text.range(of: #"<refer ref="[a-z-]+""#, options: .regularExpression))
        try text.replacingCharacters(in: first, with: #"<refer ref="kontaktcenter""#)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let units = folder + "/registers/units.xml"
        try String(contentsOfFile: units, encoding: .utf8)
            .replacingOccurrences(
                of: "<name>Skolverket</name>\n    <web>https://www.skolverket.se</web>",
                with: "<name>Skolverket</name>\n    <web>https://malmo.se/</web>"
            )
            .write(toFile: units, atomically: true, encoding: .utf8)
        let avgift = folder + "/articles/forskola-avgift-maxtaxa.xml"
        let avgiftText = try String(contentsOfFile: avgift, encoding: .utf8)
        #expect(avgiftText.contains(#"<refer ref="debiteringen">"#))
        try avgiftText.replacingOccurrences(
            of: #"<refer ref="debiteringen">"#, with: #"<refer ref="skolverket">"#
        )
        .write(toFile: avgift, atomically: true, encoding: .utf8)

        let lenient = try KBProcess.run(["validate", "--knowledge", folder])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("2 varningar om hänvisningar"))
        #expect(
            lenient.stderr.contains(
                "Knowledge/articles/forskola-ansokan.xml: varning: första hänvisningen ('kontaktcenter') leder till kontaktcenter självt"
            ))
        #expect(
            lenient.stderr.contains(
                "Knowledge/articles/forskola-avgift-maxtaxa.xml: varning: första hänvisningen ('skolverket') saknar telefon, e-post och e-tjänst"
            ))
        let strict = try KBProcess.run(["validate", "--strict", "--knowledge", folder])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("kb: 2 varningar om hänvisningar"))
        #expect(strict.stdout.isEmpty)
    }

    @Test func validateReportsEveryProblemAndExitsOne() throws {
        let folder = try copyOfShippedKnowledge()
        let path = folder + "/articles/forskola-ansokan.xml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<owner ref=\"forskoleforvaltningen\"/>", with: "<owner ref=\"forskoleforvaltning\"/>")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try "<article>".write(toFile: folder + "/articles/trasig.xml", atomically: true, encoding: .utf8)
        let result = try KBProcess.run(["validate", "--knowledge", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Knowledge/articles/forskola-ansokan.xml:"))
        #expect(result.stderr.contains("ref 'forskoleforvaltning' names no owner in registers/owners.xml"))
        #expect(result.stderr.contains("kb: 2 fel i "))
        #expect(result.stderr.contains("Knowledge/articles/trasig.xml:1:"))
    }

    @Test func getPrintsWhatAGuideNeeds() throws {
        let result = try KBProcess.run([
            "get", "--knowledge", repositoryRoot + "/Knowledge", "forskola-ansokan",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Läs upp:"))
        #expect(result.stdout.contains("Hänvisa till:"))
        #expect(result.stdout.contains("Ägare:   Förskoleförvaltningen"))
        #expect(result.stdout.contains("Granskas senast: "))
    }

    @Test func getJSONIsParseable() throws {
        let result = try KBProcess.run([
            "get", "--json", "--knowledge", repositoryRoot + "/Knowledge", "forskola-ansokan",
        ])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "forskola-ansokan")
        let refer = try #require(object["refer"] as? [[String: Any]])
        #expect(!refer.isEmpty)
        #expect(refer[0]["name"] is String)
    }

    @Test func unknownIdSuggestsCloseOnes() throws {
        let result = try KBProcess.run([
            "get", "--knowledge", repositoryRoot + "/Knowledge", "forskola-ansokn",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no article 'forskola-ansokn'"))
        #expect(result.stderr.contains("did you mean: forskola-ansokan"))
    }

    @Test func listFiltersByOwnerAndCategory() throws {
        let knowledge = repositoryRoot + "/Knowledge"
        let result = try KBProcess.run([
            "list", "--json", "--knowledge", knowledge, "--owner", "forskoleforvaltningen",
        ])
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count >= 9)
        #expect(array.allSatisfy { $0["owner"] as? String == "forskoleforvaltningen" })
        let human = try KBProcess.run(["list", "--knowledge", knowledge, "--category", "förskola"])
        #expect(human.stdout.contains("forskola-ansokan"))
        #expect(!human.stdout.contains("skola-skolskjuts"))
        let unknown = try KBProcess.run(["list", "--knowledge", knowledge, "--owner", "nobody"])
        #expect(unknown.status == 1)
    }

    @Test func exportThenImportIntoEmptyFolderRoundTrips() throws {
        let work = temporaryDirectory("roundtrip")
        let first = try KBProcess.run([
            "export", "--knowledge", repositoryRoot + "/Knowledge", "--out", work + "/a",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let bundle = try #require(try FileManager.default.contentsOfDirectory(atPath: work + "/a").first)
        let imported = try KBProcess.run([
            "import", "--knowledge", work + "/Knowledge", work + "/a/" + bundle,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains(" added, 0 updated, 0 unchanged"))
        let second = try KBProcess.run(["export", "--knowledge", work + "/Knowledge", "--out", work + "/b"])
        #expect(second.status == 0)
        #expect(
            FileManager.default.contents(atPath: work + "/a/" + bundle)
                == FileManager.default.contents(atPath: work + "/b/" + bundle))
    }
}
