import Foundation
import Testing

@testable import FileSupport
@testable import KnowledgeBase
@testable import KnowledgeStorage
@testable import Search

/// After an import through the store (as PUBLISH does), the snapshot derived from the previous
/// one (only the imported files read) serves exactly what the folder loaded from scratch serves.
@Suite struct IncrementalUpdateTests {
    static let queries = [
        "förskola", "avgift", "ansöka om förskola", "dagis", "plats", "bibliotek", "låna dator",
        "forskola avgit", "tidig", "Nytt", "taxa", "hur söker jag dagis", "skolskjuts", "skol skjuts",
        "parkeringstillstånd", "hemtjanst", "bibliotket", "lana", "tillstånd för parkering",
    ]
    static let prefixes = ["för", "av", "bi", "sk", "ti", "la", "lå", "da", "n", "pa", "he", "t"]

    /// An article with `body` as its text (the fixture's article, another body).
    static func article(id: String, title: String, body: String) -> String {
        Fixture.article(id: id, title: title).replacingOccurrences(
            of: "<p>Barn kan få plats från ett års ålder.</p>", with: "<p>\(body)</p>")
    }

    /// A folder with the fixture's two articles and five more with their own words.
    static func folder() throws -> Fixture {
        let fixture = try Fixture.make()
        for (id, title, body) in [
            ("bibliotek-lan", "Låna böcker på biblioteket", "Lånekort får du på Stadsbiblioteket."),
            (
                "hemtjanst", "Hemtjänst i Malmö",
                "Hemtjänsten hjälper dig hemma. Ansökan görs hos biståndshandläggare."
            ),
            ("parkering-tillstand", "Parkeringstillstånd", "Tillstånd för parkering vid rörelsehinder."),
            ("skolskjuts", "Skolskjuts till skolan", "Skolskjutsen beviljas när vägen är lång."),
            ("taxa-forskola", "Maxtaxa för förskola", "Taxan räknas på hushållets inkomst."),
        ] {
            try fixture.write("articles/\(id).xml", article(id: id, title: title, body: body))
        }
        return fixture
    }

    /// Fails unless `store`'s snapshot holds the same articles and outlines, and answers every
    /// query and suggestion the same (hits, scores, totals, order, corrections), as the folder
    /// loaded from scratch.
    func expectSameAsFullLoad(_ store: KnowledgeStore, _ moment: String) throws {
        let full = try KnowledgeStore(folder: store.folder).snapshot
        let incremental = store.snapshot
        #expect(incremental.knowledge.articles == full.knowledge.articles, "\(moment)")
        #expect(Array(incremental.knowledge.outlines) == Array(full.knowledge.outlines), "\(moment)")
        #expect(incremental.index.count == full.index.count, "\(moment)")
        // The engine's index itself: terms, the words as written, postings and their maxima.
        let (a, b) = (incremental.index.searcher.index, full.index.searcher.index)
        #expect(a.dictionary.bytes == b.dictionary.bytes && a.surfaceBytes == b.surfaceBytes, "\(moment)")
        #expect(a.postings.documentBytes == b.postings.documentBytes, "\(moment)")
        #expect(
            a.postings.payload == b.postings.payload && a.postings.blockMax == b.postings.blockMax,
            "\(moment)")
        for document in 0..<full.index.count {
            let (a, b) = (incremental.index.record(document), full.index.record(document))
            #expect(a.id == b.id && a.title == b.title && a.summary == b.summary, "\(moment): \(document)")
            #expect(a.easyRead == b.easyRead && a.referrals == b.referrals, "\(moment): \(document)")
        }
        let filters = [
            ArticleFilter(), ArticleFilter(category: "förskola"), ArticleFilter(owner: "stadskontoret"),
        ]
        for query in Self.queries {
            for typing in [false, true] {
                for filter in filters {
                    let a = incremental.index.search(query, limit: 20, filter: filter, typing: typing)
                    let b = full.index.search(query, limit: 20, filter: filter, typing: typing)
                    #expect(a.total == b.total, "\(moment): \(query)")
                    #expect(a.hits.map(\.record.id) == b.hits.map(\.record.id), "\(moment): \(query)")
                    #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(moment): \(query)")
                    #expect(
                        a.hits.map(\.summaryHighlights) == b.hits.map(\.summaryHighlights),
                        "\(moment): \(query)")
                    #expect(a.correctedQuery == b.correctedQuery, "\(moment): \(query)")
                    #expect(a.unknownWords == b.unknownWords, "\(moment): \(query)")
                }
            }
        }
        for prefix in Self.prefixes {
            #expect(incremental.index.suggest(prefix) == full.index.suggest(prefix), "\(moment): \(prefix)")
        }
    }

    /// Imports `body` through `store`; fails unless the snapshot was derived from the previous one
    /// and equals a full load.
    func publish(
        _ store: KnowledgeStore, _ moment: String, _ body: () throws(StorageError) -> ImportReport
    ) throws -> ImportReport {
        let revision = store.snapshot.revision
        let (report, outcome) = try store.importing(body)
        guard case .reloaded(let next) = outcome else {
            Issue.record("\(moment): refused \(outcome)")
            return report
        }
        #expect(next.derived, "\(moment): the whole folder was read")
        #expect(next.revision == revision + 1, "\(moment)")
        #expect(!store.folderChanged(), "\(moment)")
        try expectSameAsFullLoad(store, moment)
        return report
    }

    @Test func addingUpdatingAndArchivingSearchesAsAFullReload() throws {
        let fixture = try Self.folder()
        let store = try KnowledgeStore(folder: fixture.folder)
        let publisher = Publisher(folder: fixture.folder)
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "new/bibliotek-datorer.xml",
            Self.article(
                id: "bibliotek-datorer", title: "Låna dator på biblioteket", body: "Datorerna bokas i förväg."
            ))
        try delivery.write(
            "new/a-tidig.xml",
            Self.article(
                id: "a-tidig", title: "Tidig plats i förskola", body: "Tidigare placering och skolskjuts."))
        try delivery.write(
            "new/forskola-antal.xml",
            Self.article(
                id: "forskola-antal", title: "Antal platser", body: "Förskolorna har fler platser nu."))

        // Added: three new articles, one sorting first, one between two others.
        let added = try publish(store, "added") { () throws(StorageError) in
            try publisher.importBatch([delivery.root + "/new"])
        }
        #expect(added.added == 3)
        #expect(store.snapshot.knowledge.outlines.first?.id == "a-tidig")

        // Updated: a new title and text, words it had gone.
        try delivery.write(
            "updated/forskola-avgift.xml",
            Self.article(
                id: "forskola-avgift", title: "Nytt om avgift för förskola", body: "Avgiften ändras."))
        let updated = try publish(store, "updated") { () throws(StorageError) in
            try publisher.importBatch([delivery.root + "/updated/forskola-avgift.xml"])
        }
        #expect(updated.updated == 1)
        #expect(store.snapshot.knowledge.article("forskola-avgift")?.revision == 2)

        // Archived: the first document, where many words were first written; kept in the
        // knowledge, gone from the index.
        _ = try publish(store, "archived first") { () throws(StorageError) in
            try publisher.setStatus("a-tidig", to: .archived)
        }
        #expect(store.snapshot.knowledge.article("a-tidig")?.status == .archived)
        #expect(!store.snapshot.index.search("tidig").hits.contains { $0.record.id == "a-tidig" })
        _ = try publish(store, "archived") { () throws(StorageError) in
            try publisher.setStatus("forskola-ansokan", to: .archived)
        }
        // Published again, in the middle.
        _ = try publish(store, "published again") { () throws(StorageError) in
            try publisher.setStatus("forskola-ansokan", to: .published)
        }
        #expect(
            store.snapshot.index.search("ansöka om förskola").hits.contains {
                $0.record.id == "forskola-ansokan"
            })
        // Sent again unchanged: nothing to do.
        let revision = store.snapshot.revision
        let (unchanged, _) = try store.importing { () throws(StorageError) in
            try publisher.importBatch([delivery.root + "/updated/forskola-avgift.xml"])
        }
        #expect(unchanged.unchanged == 1 && store.snapshot.revision == revision)
    }

    /// Only the imported files are read: a file rewritten in place behind the store's back (its
    /// folder unchanged) keeps its loaded hit record until a full load reads it.
    @Test func onlyTheImportedFilesAreRead() throws {
        let fixture = try Self.folder()
        let store = try KnowledgeStore(folder: fixture.folder)
        let path = fixture.root + "/articles/hemtjanst.xml"
        try Data(
            Self.article(id: "hemtjanst", title: "Omskriven i smyg", body: "Hemtjänsten hjälper dig hemma.")
                .utf8
        ).write(to: URL(fileURLWithPath: path))
        #expect(!store.folderChanged())
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write("ny.xml", Self.article(id: "ny", title: "Ny artikel", body: "Helt egna ord."))
        let (_, outcome) = try store.importing { () throws(StorageError) in
            try Publisher(folder: fixture.folder).importBatch([delivery.root])
        }
        guard case .reloaded(let next) = outcome else {
            Issue.record("refused: \(outcome)")
            return
        }
        #expect(next.derived)
        #expect(next.index.search("hemtjänst").hits.first?.record.title == "Hemtjänst i Malmö")
        #expect(next.knowledge.article("hemtjanst") == nil)  // not the file loaded
        let full = try KnowledgeStore(folder: fixture.folder).snapshot
        #expect(full.index.search("hemtjänst").hits.first?.record.title == "Omskriven i smyg")
    }

    @Test func aRegisterChangeOrAChangedFolderReadsEverything() throws {
        let fixture = try Fixture.make()
        let store = try KnowledgeStore(folder: fixture.folder)
        // A synonym makes "dagis" find more: every article is analysed again.
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "registers/synonyms.xml",
            Fixture.synonyms.replacingOccurrences(of: "</synonyms>", with: "") + """
                  <synonym term="taxa">avgift</synonym>
                </synonyms>
                """)
        let (report, _) = try store.importing { () throws(StorageError) in
            try Publisher(folder: fixture.folder).importBatch([delivery.root])
        }
        #expect(report.registers.contains { $0.change != .unchanged })
        #expect(!store.snapshot.derived)
        try expectSameAsFullLoad(store, "synonyms")
        // Another process's import the store has not loaded yet is read too.
        let other = Fixture(root: temporaryDirectory("other"))
        try other.write("annan.xml", Fixture.article(id: "annan", title: "Annan import"))
        _ = try Publisher(folder: fixture.folder).importBatch([other.root])
        #expect(store.folderChanged())
        try other.write("tredje.xml", Fixture.article(id: "tredje", title: "Tredje"))
        _ = try store.importing { () throws(StorageError) in
            try Publisher(folder: fixture.folder).importBatch([other.root + "/tredje.xml"])
        }
        #expect(store.snapshot.knowledge.article("annan") != nil)
        #expect(!store.snapshot.derived)
        try expectSameAsFullLoad(store, "other process")
    }
}
