import Analysis
import Foundation
import Search
import Testing

@testable import KnowledgeBase
@testable import KnowledgeStorage

/// A best bets register with the given entries.
func bestBetsXML(
    _ entries: [(id: String, owner: String, article: String, expires: String, queries: [String])]
)
    -> String
{
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bestbets xmlns=\"urn:vagvisare:registers:1\">\n"
    for entry in entries {
        text +=
            "  <bestbet id=\"\(entry.id)\" owner=\"\(entry.owner)\" article=\"\(entry.article)\" expires=\"\(entry.expires)\">\n"
        for query in entry.queries { text += "    <query>\(query)</query>\n" }
        text += "  </bestbet>\n"
    }
    return text + "</bestbets>\n"
}

/// The shipped knowledge, loaded once.
let shippedKnowledge: Knowledge = {
    let (knowledge, diagnostics) = try! FolderScan(
        folder: KnowledgeFolder(root: repositoryRoot + "/Knowledge")
    )
    .load()
    precondition(diagnostics.isEmpty, "\(diagnostics)")
    return knowledge!
}()

/// An index of the shipped articles with only `bestBets`, on `today`.
func index(bestBets: [BestBet], today: String) -> KnowledgeIndex {
    var registers = shippedKnowledge.registers
    registers.bestBets = bestBets
    var index = KnowledgeIndex(
        knowledge: Knowledge(registers: registers, articles: shippedKnowledge.articles))
    let day = CivilDate(today)!
    index.adjustments.today = { day }
    return index
}

@Suite struct BestBetSearchTests {
    let trygghetslarm = BestBet(
        id: "larm", owner: "halsa-vard-och-omsorgsforvaltningen", article: "trygghetslarm",
        expires: "2027-06-30",
        queries: ["dagis kö", "Äldre hjälp hemma"])

    func ids(
        _ index: KnowledgeIndex, _ query: String, limit: Int = 5, filter: ArticleFilter = ArticleFilter()
    )
        -> [String]
    {
        index.search(query, limit: limit, filter: filter).hits.map(\.record.id)
    }

    @Test func aBestBetPutsItsArticleFirstForEveryFormOfItsQuery() throws {
        let plain = index(bestBets: [], today: "2027-01-01")
        let pinned = index(bestBets: [trygghetslarm], today: "2027-01-01")
        let before = ids(plain, "dagis kö")
        #expect(!before.contains("trygghetslarm"))  // it does not even match
        // Case, å/ä/ö and word order do not matter: the query is compared as the search reads it.
        for query in ["dagis kö", "DAGIS KO", "kö dagis", "dagis, kö?"] {
            let result = pinned.search(query, limit: 5, explain: true)
            #expect(
                result.hits.map(\.record.id) == ["trygghetslarm"] + ids(plain, query).prefix(4), "\(query)")
            #expect(result.hits[0].score == result.hits[1].score)  // no better than the engine's best
            #expect(
                result.hits[0].adjustment
                    == "Fäst först av bästa träff 'larm' (halsa-vard-och-omsorgsforvaltningen, gäller till och med 2027-06-30)"
            )
            #expect(result.hits.dropFirst().allSatisfy { $0.adjustment == nil })
        }
        // Another query, or one word more, is not the best bet's query.
        #expect(ids(pinned, "dagis kö avgift") == ids(plain, "dagis kö avgift"))
        #expect(ids(pinned, "dagis") == ids(plain, "dagis"))
        // An article that already ranked lower moves up; the rest keep their order.
        let second = before[1]
        let moved = index(
            bestBets: [
                BestBet(
                    id: "b", owner: "forskoleforvaltningen", article: second, expires: "2027-01-01",
                    queries: ["dagis kö"])
            ],
            today: "2027-01-01")
        #expect(ids(moved, "dagis kö") == [second, before[0]] + before.dropFirst(2))
    }

    @Test func anExpiredBestBetNoLongerHolds() {
        let plain = index(bestBets: [], today: "2027-07-01")
        let lastDay = index(bestBets: [trygghetslarm], today: "2027-06-30")
        let dayAfter = index(bestBets: [trygghetslarm], today: "2027-07-01")
        #expect(ids(lastDay, "dagis kö").first == "trygghetslarm")
        #expect(ids(dayAfter, "dagis kö") == ids(plain, "dagis kö"))
    }

    @Test func filtersAndTheFastPathAgree() {
        let pinned = index(bestBets: [trygghetslarm], today: "2027-01-01")
        // A filter the article does not pass: it is not pinned.
        let forskola = ArticleFilter(owner: "forskoleforvaltningen")
        #expect(!ids(pinned, "dagis kö", filter: forskola).contains("trygghetslarm"))
        // The server's fast path ranks as the full search does.
        for query in ["dagis kö", "hjälp hemma äldre", "färdtjänst"] {
            let ranked = pinned.rank(query, limit: 3).hits.map { pinned.record($0.document).id }
            #expect(ranked == ids(pinned, query, limit: 3), "\(query)")
        }
        #expect(
            pinned.rank("dagis kö", limit: 1).hits.map { pinned.record($0.document).id } == ["trygghetslarm"])
    }

    /// The key is each analysed term once, sorted, without redaction placeholders: checked
    /// against that definition (through a `Set`) on every shipped title and summary.
    @Test func theQueryKeyIsTheSortedDistinctTerms() {
        let searcher = KnowledgeIndex(knowledge: shippedKnowledge).searcher
        let analyzer = searcher.index.analyzer
        var texts = shippedKnowledge.articles.flatMap { [$0.title, $0.summary, $0.title + " " + $0.title] }
        texts += [
            "", "   ", "och i på", "dagis kö [telefon] dagis", "[personnummer]", "a[b", "Dagis DAGIS dagis",
        ]
        for text in texts {
            let cleaned = ["[e-post]", "[telefon]", "[personnummer]", "[siffror]"].reduce(text) {
                $0.replacing($1, with: " ")
            }
            let expected = Set(
                analyzer.analyze(cleaned, maxTokens: AnalysisLimits.maxTokensPerQuery).map(\.text)
            ).sorted().joined(separator: " ")
            #expect(QueryKey.key(text, analyzer: analyzer) == expected, "\(text)")
            // What the search analysed gives the same key (the server's path with best bets).
            if !text.contains("[") {
                let plan = searcher.search(SearchRequest(text: text, limit: 3)).plan
                #expect(QueryKey.key(terms: plan.analyzedTerms) == expected, "\(text)")
            }
        }
        #expect(
            QueryKey.key("dagis kö [telefon] dagis", analyzer: analyzer)
                == QueryKey.key("kö dagis", analyzer: analyzer))
    }

    @Test func theShippedBestBetsPinTheirArticles() {
        let shipped = KnowledgeIndex(knowledge: shippedKnowledge)
        #expect(!shippedKnowledge.registers.bestBets.isEmpty)
        for entry in shippedKnowledge.registers.bestBets {
            let article = shippedKnowledge.article(entry.article)
            #expect(article?.status == .published && article?.owner == entry.owner, "\(entry.id)")
            var index = shipped
            let day = CivilDate(entry.expires)!
            index.adjustments.today = { day }
            for query in entry.queries {
                #expect(index.search(query, limit: 3).hits.first?.record.id == entry.article, "\(query)")
            }
        }
    }
}

@Suite struct BestBetRegisterTests {
    func folder(_ register: String, articles: [(String, String)] = []) throws -> Fixture {
        let fixture = try Fixture.make()
        try fixture.write("registers/bestbets.xml", register)
        for (id, text) in articles { try fixture.write("articles/\(id).xml", text) }
        return fixture
    }

    func messages(_ fixture: Fixture) throws -> [String] {
        try FolderScan(folder: fixture.folder).run().1.map(\.description)
    }

    @Test func aValidRegisterLoadsAndExportsAndImports() throws {
        let register = bestBetsXML([
            (
                "dagis", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30",
                ["dagis kö", "förskoleplats"]
            )
        ])
        let fixture = try folder(register)
        #expect(try messages(fixture).isEmpty)
        let (knowledge, _) = try FolderScan(folder: fixture.folder).load()
        #expect(
            knowledge?.registers.bestBets == [
                BestBet(
                    id: "dagis", owner: "forskoleforvaltningen", article: "forskola-ansokan",
                    expires: "2027-06-30",
                    queries: ["dagis kö", "förskoleplats"])
            ])
        // The bundle carries it, and a fresh folder takes it back unchanged.
        let out = temporaryDirectory("export")
        let (bundle, _) = try Exporter(folder: fixture.folder).export(owner: nil, to: out, date: "2026-12-01")
        #expect(try String(contentsOfFile: bundle, encoding: .utf8).contains("<bestbet id=\"dagis\""))
        let copy = KnowledgeFolder(root: temporaryDirectory("copy"))
        let report = try Publisher(folder: copy).importBatch([bundle])
        #expect(report.registers.contains { $0.kind == .bestbets })
        #expect(try FolderScan(folder: copy).load().0?.registers.bestBets == knowledge?.registers.bestBets)
    }

    @Test func badReferencesAreReportedWhereTheyStand() throws {
        let register = bestBetsXML([
            ("saknas", "forskoleforvaltningen", "finns-inte", "2027-06-30", ["a"]),
            ("annan-agare", "stadskontoret", "forskola-ansokan", "2027-06-30", ["b"]),
            ("okand-agare", "skolan", "forskola-ansokan", "2027-06-30", ["c"]),
            ("arkiverad", "forskoleforvaltningen", "gammal", "2027-06-30", ["d"]),
        ])
        var archived = Fixture.article(id: "gammal")
        archived = archived.replacingOccurrences(of: "status=\"published\"", with: "status=\"archived\"")
        let all = try messages(try folder(register, articles: [("gammal", archived)]))
        #expect(all.count == 5, "\(all.joined(separator: "\n"))")
        #expect(
            all.contains {
                $0.contains("bestbets.xml:3:") && $0.contains("ref 'finns-inte' names no article")
            })
        #expect(
            all.contains {
                $0.contains("bestbets.xml:6:")
                    && $0.contains(
                        "is owned by 'stadskontoret' but article 'forskola-ansokan' belongs to 'forskoleforvaltningen'"
                    )
            })
        #expect(all.contains { $0.contains("bestbets.xml:9:") && $0.contains("ref 'skolan' names no owner") })
        #expect(all.contains { $0.contains("bestbets.xml:12:") && $0.contains("which is archived") })
    }

    @Test func theSchemaRefusesBadEntries() throws {
        for bad in [
            bestBetsXML([("a", "forskoleforvaltningen", "forskola-ansokan", "30/6 2027", ["x"])]),
            bestBetsXML([("a", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30", [])]),
            bestBetsXML([
                (
                    "a", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30",
                    [String(repeating: "x", count: 201)]
                )
            ]),
            bestBetsXML([
                ("a", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30", ["x"]),
                ("a", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30", ["y"]),
            ]),
        ] {
            #expect(!(try messages(try folder(bad))).isEmpty, "\(bad)")
        }
    }

    @Test func anOwnerPublishesOnlyItsOwnBestBets() throws {
        let fixture = try Fixture.make()
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        let own = bestBetsXML([
            ("dagis", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30", ["dagis kö"])
        ])
        try delivery.write("bestbets.xml", own)
        let publisher = Publisher(folder: fixture.folder)
        let report = try publisher.importBatch(
            [delivery.root + "/bestbets.xml"], scope: .owner("forskoleforvaltningen"))
        #expect(report.registers.map(\.kind) == [.bestbets])
        #expect(try fixture.read("registers/bestbets.xml").contains("<query>dagis kö</query>"))

        // Another förvaltning's token may neither change nor remove it.
        let before = try fixture.snapshot()
        try delivery.write("bestbets.xml", bestBetsXML([]))
        #expect {
            try publisher.importBatch([delivery.root + "/bestbets.xml"], scope: .owner("stadskontoret"))
        } throws: { error in
            (error as? StorageError)?.description.contains(
                "best bet 'dagis' belongs to 'forskoleforvaltningen'; this token may change only best bets owned by 'stadskontoret'"
            )
                ?? false
        }
        // Nor pin its own name on another's article.
        try delivery.write(
            "bestbets.xml",
            bestBetsXML([
                ("dagis", "forskoleforvaltningen", "forskola-ansokan", "2027-06-30", ["dagis kö"]),
                ("kc", "stadskontoret", "forskola-avgift", "2027-06-30", ["avgift"]),
            ]))
        #expect {
            try publisher.importBatch([delivery.root + "/bestbets.xml"], scope: .owner("stadskontoret"))
        } throws: { error in
            (error as? StorageError)?.description.contains("a förvaltning pins only its own articles")
                ?? false
        }
        // Archiving a pinned article is refused until the best bet goes.
        #expect {
            try publisher.setStatus("forskola-ansokan", to: .archived)
        } throws: { error in
            (error as? StorageError)?.description.contains("change or remove the best bet first") ?? false
        }
        #expect(try fixture.snapshot() == before)
    }
}
