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
        // The shipped best bet that pins the article now names an article of another owner.
        #expect(result.stderr.contains("best bet 'forskola-ko' is owned by 'forskoleforvaltningen'"))
        #expect(result.stderr.contains("kb: 3 fel i "))
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
        #expect(result.stderr.contains("kb: ingen artikel 'forskola-ansokn'"))
        #expect(result.stderr.contains("kb: menade du: forskola-ansokan"))
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
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("kb: ingen förvaltning 'nobody'"))
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
        #expect(imported.stdout.contains(" tillagda, 0 uppdaterade, 0 oförändrade"))
        let second = try KBProcess.run(["export", "--knowledge", work + "/Knowledge", "--out", work + "/b"])
        #expect(second.status == 0)
        #expect(
            FileManager.default.contents(atPath: work + "/a/" + bundle)
                == FileManager.default.contents(atPath: work + "/b/" + bundle))
    }
}

/// The command line speaks Swedish, and says how it was misused with exit code 64.
@Suite struct SwedishCommandLineTests {
    let knowledge = repositoryRoot + "/Knowledge"

    @Test func helpAndVersionAreSwedish() throws {
        let help = try KBProcess.run(["--help"])
        #expect(help.status == 0)
        for word in ["ÖVERSIKT:", "ANVÄNDNING:", "KOMMANDON:", "Visa den här hjälpen."] {
            #expect(help.stdout.contains(word), "\(word)")
        }
        for word in ["USAGE:", "OPTIONS:", "Show help information", "Search the published"] {
            #expect(!help.stdout.contains(word), "\(word)")
        }
        let search = try KBProcess.run(["search", "--help"])
        #expect(search.stdout.contains("FLAGGOR:") && search.stdout.contains("(standard: 5)"))
        #expect(!search.stdout.contains("default"))
        let version = try KBProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("kb (Vägvisare) "))
    }

    @Test func serveHelpDescribesScopedOwnerTokens() throws {
        let help = try KBProcess.run(["serve", "--help"]).stdout.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(help.contains("\"admin NYCKEL\""))
        #expect(help.contains("FÖRVALTNINGS-ID NYCKEL"))
        #expect(help.contains("bara lägga till och ändra den förvaltningens artiklar och enheter"))
        #expect(!help.contains("admin tokens"))
    }

    @Test func emptyQueriesAndNumbersOutOfRangeAreUsageErrors() throws {
        for query in [[""], ["  "]] {
            let result = try KBProcess.run(["search", "--knowledge", knowledge] + query)
            #expect(result.status == 64)
            #expect(result.stderr.contains("Fel: skriv vad du söker efter"))
            #expect(result.stdout.isEmpty)
        }
        let negative = try KBProcess.run(["search", "--knowledge", knowledge, "--limit", "-1", "dagis"])
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("--limit ska vara ett tal från 1 till 1000, inte -1"))
        #expect(!negative.stderr.contains("Missing value"))
        let huge = try KBProcess.run(["search", "--knowledge", knowledge, "--limit", "1001", "dagis"])
        #expect(huge.status == 64)
        let words = try KBProcess.run(["search", "--knowledge", knowledge, "--limit", "fem", "dagis"])
        #expect(words.status == 64)
        #expect(words.stderr.contains("Fel: Värdet 'fem' är ogiltigt för '--limit <N>'"))
        let port = try KBProcess.run(["serve", "--knowledge", knowledge, "--port", "70000"])
        #expect(port.status == 64)
        #expect(port.stderr.contains("--port ska vara 0–65535, inte 70000"))
        let within = try KBProcess.run(["review", "--knowledge", knowledge, "--within", "-3"])
        #expect(within.status == 64)
    }

    @Test func filtersFoldSwedishLettersAndSuggestCloseValues() throws {
        let folded = try KBProcess.run([
            "search", "--json", "--knowledge", knowledge, "--category", "forskola", "dagis",
        ])
        #expect(folded.status == 0, "\(folded.stderr)")
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(folded.stdout.utf8)) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0["category"] as? String == "förskola" })
        let byName = try KBProcess.run(["list", "--knowledge", knowledge, "--owner", "Forskoleforvaltningen"])
        #expect(byName.status == 0)
        #expect(byName.stdout.contains("forskola-ansokan") && byName.stdout.hasSuffix(" artiklar\n"))

        let owner = try KBProcess.run([
            "search", "--knowledge", knowledge, "--owner", "forskoleforvaltning", "dagis",
        ])
        #expect(owner.status == 64)
        #expect(
            owner.stderr.contains(
                "ingen förvaltning 'forskoleforvaltning' (menade du 'forskoleforvaltningen'?)"))
        let category = try KBProcess.run(["list", "--knowledge", knowledge, "--category", "forskol"])
        #expect(category.status == 64)
        #expect(category.stderr.contains("ingen kategori 'forskol' (menade du 'förskola'?)"))
    }

    @Test func countsAreSwedish() throws {
        let list = try KBProcess.run(["list", "--knowledge", knowledge, "--category", "vigsel"])
        #expect(list.stdout.hasSuffix(" artiklar\n") || list.stdout.hasSuffix(" artikel\n"))
        let search = try KBProcess.run(["search", "--knowledge", knowledge, "trygghetslarm"])
        #expect(search.stdout.contains(" träffar · ") || search.stdout.contains(" träff · "))
        #expect(!search.stdout.contains("(ar)"))
    }
}
