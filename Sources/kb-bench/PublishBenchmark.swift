import Foundation
import KnowledgeBase
import KnowledgeStorage

/// `kb-bench --corpus COPY --publish`: how long PUBLISH of one changed article takes on a
/// large folder, import and snapshot update apart, with the update done both ways: reading the
/// whole folder again (`KnowledgeStore.reload`, what PUBLISH did before) and from the previous
/// snapshot (`KnowledgeStore.importing`, what it does now).
///
/// Exists so the incremental update is measured, not claimed. It writes into the folder (new
/// revisions, a knowledge history): run it on a copy.
enum PublishBenchmark {
    static func run(_ folder: KnowledgeFolder, rounds: Int = 3) throws {
        let clock = ContinuousClock()
        var started = clock.now
        let store = try KnowledgeStore(folder: folder)
        let loaded = store.snapshot
        print("kb: loaded \(loaded.knowledge.count) articles in \(seconds(clock.now - started)) s")
        print(
            "kb: index \(loaded.index.searcher.index.byteCount / 1_000_000) MB, kept source for updates "
                + "\((loaded.index.sourceByteCount ?? 0) / 1_000_000) MB")
        guard let published = loaded.knowledge.outlines.first(where: { $0.status == .published }),
            var article = loaded.knowledge.article(published.id)
        else {
            throw BenchmarkError("no published article to publish again")
        }
        let publisher = Publisher(folder: folder)
        var round = 0
        func document() throws -> [ReceivedDocument] {
            round += 1
            article.title = "Publicerad igen \(round)"
            return [ReceivedDocument(name: "document", bytes: try article.canonicalXML())]
        }
        // The first import starts the knowledge history (a commit of the whole folder): not timed.
        let first = try document()
        started = clock.now
        _ = try store.importing { () throws(StorageError) in
            try publisher.importBatch([], documents: first, checkFileNames: false)
        }
        print("kb: first import (starts the knowledge history) \(seconds(clock.now - started)) s")
        var importing: [Double] = []
        var reloading: [Double] = []
        var updating: [Double] = []
        for _ in 0..<rounds {
            let sent = try document()
            started = clock.now
            _ = try publisher.importBatch([], documents: sent, checkFileNames: false)
            importing.append(seconds(clock.now - started))
            started = clock.now
            guard case .reloaded = store.reload() else { throw BenchmarkError("reload refused") }
            reloading.append(seconds(clock.now - started))
            let next = try document()
            started = clock.now
            let (_, outcome) = try store.importing { () throws(StorageError) in
                try publisher.importBatch([], documents: next, checkFileNames: false)
            }
            guard case .reloaded(let next) = outcome else { throw BenchmarkError("update refused") }
            if !next.derived { print("kb: the update read the whole folder (not derived)") }
            print(
                String(
                    format: "kb: snapshot derived in %.2f s (of the round's import + update)",
                    next.index.buildSeconds))
            updating.append(seconds(clock.now - started))
        }
        func shown(_ values: [Double]) -> String {
            values.map { String(format: "%.2f", $0) }.joined(separator: ", ") + " s"
        }
        print("PUBLISH of one article, \(rounds) rounds:")
        print("  import alone (validate, stage, journal, git):    \(shown(importing))")
        print("  then full reload (before):                       \(shown(reloading))")
        print("  import + incremental snapshot update (after):    \(shown(updating))")
    }
}
