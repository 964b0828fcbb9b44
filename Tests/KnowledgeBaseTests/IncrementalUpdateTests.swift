import Foundation
import Testing

@testable import FileSupport
@testable import KnowledgeBase
@testable import KnowledgeStorage

/// After an import through the store (as PUBLISH does), the snapshot is read once and serves
/// exactly what the folder loaded from scratch serves.
@Suite struct IncrementalUpdateTests {
    static let queries = [
        "förskola", "avgift", "ansöka om förskola", "dagis", "plats", "bibliotek", "låna dator",
        "forskola avgit", "tidig", "Nytt", "taxa", "hur söker jag dagis",
    ]

    /// Fails unless `store`'s snapshot holds the same articles and answers every query with the
    /// same hits, scores and totals as the folder loaded from scratch.
    func expectSameAsFullLoad(_ store: KnowledgeStore, _ moment: String) throws {
        let full = try KnowledgeStore(folder: store.folder).snapshot
        let incremental = store.snapshot
        #expect(incremental.knowledge.articles == full.knowledge.articles, "\(moment)")
        #expect(incremental.index.count == full.index.count, "\(moment)")
        for query in Self.queries {
            for typing in [false, true] {
                let a = incremental.index.search(query, limit: 20, typing: typing)
                let b = full.index.search(query, limit: 20, typing: typing)
                #expect(a.total == b.total, "\(moment): \(query)")
                #expect(a.hits.map(\.record.id) == b.hits.map(\.record.id), "\(moment): \(query)")
                #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(moment): \(query)")
                #expect(a.correctedQuery == b.correctedQuery, "\(moment): \(query)")
            }
        }
    }

    @Test func addingUpdatingAndArchivingSearchesAsAFullReload() throws {
        let fixture = try Fixture.make()
        let store = try KnowledgeStore(folder: fixture.folder)
        let publisher = Publisher(folder: fixture.folder)
        let delivery = Fixture(root: temporaryDirectory("delivery"))
        try delivery.write(
            "bibliotek-datorer.xml",
            Fixture.article(id: "bibliotek-datorer", title: "Låna dator på biblioteket"))
        try delivery.write("a-tidig.xml", Fixture.article(id: "a-tidig", title: "Tidig plats i förskola"))

        // Added: two new articles, one sorting before the others.
        let (added, first) = try store.importing { () throws(StorageError) in
            try publisher.importBatch([delivery.root])
        }
        #expect(added.added == 2)
        guard case .reloaded(let one) = first else {
            Issue.record("refused: \(first)")
            return
        }
        #expect(one.revision == 2 && one.knowledge.articles.map(\.id).first == "a-tidig")
        try expectSameAsFullLoad(store, "added")

        // Updated: a new title and revision.
        try delivery.write(
            "updated/forskola-avgift.xml",
            Fixture.article(id: "forskola-avgift", title: "Nytt om avgift för förskola"))
        let (updated, _) = try store.importing { () throws(StorageError) in
            try publisher.importBatch([delivery.root + "/updated/forskola-avgift.xml"])
        }
        #expect(updated.updated == 1)
        #expect(store.snapshot.knowledge.article("forskola-avgift")?.revision == 2)
        try expectSameAsFullLoad(store, "updated")

        // Archived: kept in the knowledge, gone from the index.
        _ = try store.importing { () throws(StorageError) in
            try publisher.setStatus("forskola-ansokan", to: .archived)
        }
        #expect(store.snapshot.knowledge.article("forskola-ansokan")?.status == .archived)
        #expect(
            !store.snapshot.index.search("ansöka om förskola").hits.contains {
                $0.record.id == "forskola-ansokan"
            })
        try expectSameAsFullLoad(store, "archived")
        #expect(store.snapshot.revision == 4)
        #expect(!store.folderChanged())
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
        try expectSameAsFullLoad(store, "other process")
    }
}
