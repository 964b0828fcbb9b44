import Foundation
import Testing

@testable import KnowledgeBase

/// Knowledge that holds outlines (what the server holds) must answer as knowledge that holds
/// every article whole: the same outlines, the same whole articles read from their files, the
/// same index.
@Suite struct OutlinedKnowledgeTests {
    @Test func outlinedKnowledgeEqualsWholeKnowledge() throws {
        let folder = KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        let (loaded, problems) = try FolderScan(folder: folder).load()
        #expect(problems.isEmpty)
        let whole = try #require(loaded)
        let (served, diagnostics) = try KnowledgeIndex.loadOutlined(folder: folder)
        #expect(diagnostics.isEmpty)
        let outlined = try #require(served).knowledge
        #expect(outlined.count == whole.articles.count)
        #expect(Array(outlined.outlines) == whole.articles.map(ArticleOutline.init))
        #expect(Array(whole.outlines) == whole.articles.map(ArticleOutline.init))
        #expect(outlined.outlines.contains { $0.hasEasyRead })
        for article in whole.articles {
            #expect(outlined.article(article.id) == article)
            #expect(outlined.outline(article.id) == ArticleOutline(article))
        }
        #expect(outlined.articles == whole.articles)
        #expect(outlined.registers.owners.map(\.id) == whole.registers.owners.map(\.id))
        for missing in ["", "finns-inte", whole.articles[0].id + "x", "0", "zzzz"] {
            #expect(outlined.article(missing) == nil)
            #expect(outlined.outline(missing) == nil)
        }
    }

    @Test func outlinedIndexEqualsIndexOfWholeKnowledge() throws {
        let folder = KnowledgeFolder(root: repositoryRoot + "/Knowledge")
        let whole = try #require(try FolderScan(folder: folder).load().0)
        let sequential = KnowledgeIndex(knowledge: whole)
        let served = try #require(try KnowledgeIndex.loadOutlined(folder: folder).0).index
        #expect(served.count == sequential.count)
        for document in 0..<sequential.count {
            #expect(served.record(document).id == sequential.record(document).id)
        }
        for query in ["förskola avgift", "bygglov altan", "hemtjänst", "forskol", "byta skola"] {
            let a = served.rank(query, limit: 10)
            let b = sequential.rank(query, limit: 10)
            #expect(a.total == b.total, "\(query)")
            #expect(a.hits.map(\.document) == b.hits.map(\.document), "\(query)")
        }
    }

    /// "a-b.xml" sorts before "a.xml" but the id "a" before "a-b": files are read in id order, so
    /// document numbers and outlines follow the ids.
    @Test func filesAreReadInIdOrder() throws {
        let fixture = try Fixture.make()
        for id in ["forskola", "forskola-b", "forskola-a-c", "forskola0"] {
            try fixture.write("articles/\(id).xml", Fixture.article(id: id, title: "Titel \(id)"))
        }
        let (served, diagnostics) = try KnowledgeIndex.loadOutlined(folder: fixture.folder)
        #expect(diagnostics.isEmpty)
        let loaded = try #require(served)
        let ids = [
            "forskola", "forskola-a-c", "forskola-ansokan", "forskola-avgift", "forskola-b", "forskola0",
        ]
        #expect(loaded.knowledge.outlines.map(\.id) == ids)
        #expect((0..<loaded.index.count).map { loaded.index.record($0).id } == ids)
        #expect(loaded.knowledge.outlines.allSatisfy { !$0.hasEasyRead })
        #expect(loaded.knowledge.outline("forskola-b")?.title == "Titel forskola-b")
        #expect(loaded.knowledge.article("forskola-a-c")?.title == "Titel forskola-a-c")
    }

    /// An article whose file has changed, gone or no longer validates since the load is not
    /// served from it: nil until the next load, which reads the new version.
    @Test func aFileChangedAfterLoadingIsNotServed() throws {
        let fixture = try Fixture.make()
        try fixture.write("articles/forskola-c.xml", Fixture.article(id: "forskola-c", title: "Gammal"))
        let loaded = try #require(try KnowledgeIndex.loadOutlined(folder: fixture.folder).0)
        #expect(loaded.knowledge.article("forskola-c")?.title == "Gammal")
        try fixture.write("articles/forskola-c.xml", Fixture.article(id: "forskola-c", title: "Ny"))
        #expect(loaded.knowledge.outline("forskola-c")?.title == "Gammal")
        #expect(loaded.knowledge.article("forskola-c") == nil)
        let reloaded = try #require(try KnowledgeIndex.loadOutlined(folder: fixture.folder).0)
        #expect(reloaded.knowledge.article("forskola-c")?.title == "Ny")
        try fixture.write("articles/forskola-avgift.xml", "<article>trasig")
        try FileManager.default.removeItem(atPath: fixture.root + "/articles/forskola-ansokan.xml")
        #expect(loaded.knowledge.outline("forskola-avgift")?.title == "Avgift för förskola")
        #expect(loaded.knowledge.article("forskola-avgift") == nil)
        #expect(loaded.knowledge.article("forskola-ansokan") == nil)
    }

    @Test func anInvalidFolderIsRefusedWithItsDiagnostics() throws {
        let fixture = try Fixture.make()
        try fixture.write("articles/trasig.xml", "<article>")
        let (served, diagnostics) = try KnowledgeIndex.loadOutlined(folder: fixture.folder)
        #expect(served == nil)
        #expect(diagnostics.contains { $0.file.hasSuffix("articles/trasig.xml") && $0.line > 0 })
    }
}
