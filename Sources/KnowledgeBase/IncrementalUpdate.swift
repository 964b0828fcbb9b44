import Search

extension KnowledgeIndex {
    /// The knowledge and index after the articles `changed` were written into the folder (added,
    /// updated, archived …), derived from `knowledge` and `index` by reading only those articles'
    /// files (and, for a word whose first article went away, the next article that has it):
    /// the same articles, outlines, search results and suggestions as loading the folder again.
    ///
    /// Exists so that PUBLISH of one article does not read a whole folder: the engine's index is
    /// derived from its source (`IndexSource.updated`) with the changed articles' documents
    /// removed and their new versions added in id order, and the hit records and outlines are
    /// copied around them. The registers must be unchanged (they change how every article is
    /// analysed and checked) and the articles valid against them and each other, as an import
    /// checks. Nil when it cannot be done so: `knowledge` holds whole articles, `index` kept no
    /// source, or a file needed is not the one expected or not a valid article; the caller then
    /// loads the folder.
    public static func updated(
        _ knowledge: Knowledge, _ index: KnowledgeIndex, changed: [String]
    ) -> (knowledge: Knowledge, index: KnowledgeIndex)? {
        let clock = ContinuousClock()
        let started = clock.now
        guard let source = index.source, let (outlines, folder) = knowledge.outlined else { return nil }
        var read: [(article: Article, stamp: FileStamp)] = []
        for id in Set(changed) {
            guard let found = Knowledge.read(id, in: folder) else { return nil }
            read.append(found)
        }
        read.sort { $0.article.id.utf8.lexicographicallyPrecedes($1.article.id.utf8) }
        let records = index.records
        // Documents are the published articles in id order: find each changed one's old number
        // and the number its new version takes.
        var removed: [Int] = []
        for (article, _) in read {
            let at = records.firstDocument(notBefore: article.id)
            if at < records.count, records.id(at) == article.id { removed.append(at) }
        }
        removed.sort()
        let analyzer = index.searcher.index.analyzer
        var inserted: [InsertedDocument] = []
        var insertedArticles: [Article] = []
        for (article, _) in read where article.status == .published {
            let at = records.firstDocument(notBefore: article.id)
            let removedBefore = removed.partitioningIndex { $0 >= at }
            inserted.append(
                InsertedDocument(
                    document: at - removedBefore + inserted.count,
                    analyzed: AnalyzedDocument(
                        fields: ArticleIndexing.fields(article), schema: ArticleIndexing.schema,
                        analyzer: analyzer),
                    tags: ArticleIndexing.tags(article)))
            insertedArticles.append(article)
        }
        guard
            let (engine, nextSource) = source.updated(
                removing: removed, inserting: inserted,
                analyzedDocument: { document in
                    // An article kept as it was: its file must be the one loaded.
                    let id = records.id(document)
                    guard let rank = outlines.rank(of: id),
                        let (article, _) = Knowledge.read(id, in: folder, expecting: outlines.stamp(rank))
                    else { return nil }
                    return AnalyzedDocument(
                        fields: ArticleIndexing.fields(article), schema: ArticleIndexing.schema,
                        analyzer: analyzer)
                })
        else { return nil }
        // Hit records in the new document order.
        var nextRecords = RecordStore()
        var nextRemoved = 0
        var nextInserted = 0
        for document in 0..<records.count {
            if nextRemoved < removed.count, removed[nextRemoved] == document {
                nextRemoved += 1
                continue
            }
            while nextInserted < inserted.count, inserted[nextInserted].document == nextRecords.count {
                nextRecords.append(insertedArticles[nextInserted])
                nextInserted += 1
            }
            nextRecords.append(records[document])
        }
        for article in insertedArticles[nextInserted...] { nextRecords.append(article) }
        // Outlines: the unchanged ones copied, the changed ones from their files.
        let changedIDs = Set(read.map(\.article.id))
        var nextOutlines = OutlineStore()
        for rank in 0..<outlines.count {
            let outline = outlines[rank]
            if !changedIDs.contains(outline.id) { nextOutlines.append(outline, stamp: outlines.stamp(rank)) }
        }
        for (article, stamp) in read { nextOutlines.append(article, stamp: stamp) }
        nextOutlines.sort()
        let nextIndex = assemble(
            engine, records: nextRecords, registers: index.registers, source: nextSource,
            buildTime: clock.now - started)
        return (Knowledge(registers: knowledge.registers, outlines: nextOutlines, folder: folder), nextIndex)
    }
}

extension RecordStore {
    /// The first document whose id does not sort before `id` (byte order, the documents' order).
    func firstDocument(notBefore id: String) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self.id(mid).utf8.lexicographicallyPrecedes(id.utf8) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension Array where Element == Int {
    /// The index of the first element for which `belongs` holds, the array being partitioned
    /// so (every element for which it fails first).
    fileprivate func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension KnowledgeIndex {
    /// The bytes the kept index source holds (what the incremental update costs in memory);
    /// nil when none was kept.
    public var sourceByteCount: Int? { source?.byteCount }
}
