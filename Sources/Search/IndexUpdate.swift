import Analysis

/// What an `InvertedIndex` was built from, kept so the next index can be derived from it when a
/// few documents change: every term with its surface and its occurrences (document and
/// per-field frequencies, before compounds are merged and scores quantised), the documents'
/// field lengths and tags.
///
/// Exists because the frozen index cannot be updated in place: its scores depend on the
/// average field lengths and its compound postings on which terms exist, so one changed
/// document can move any posting's level. From this source, removing and adding documents
/// costs one pass over the occurrences and one index build, instead of reading and analysing
/// every document again. Held flat (one byte array for all occurrence lists) so it costs
/// about what the postings cost.
public struct IndexSource: Sendable {
    let schema: FieldSchema
    let analyzer: SwedishAnalyzer
    /// Term `t`'s bytes are `terms[termStart[t]..<termStart[t + 1]]`.
    let terms: [UInt8]
    let termStart: [UInt32]
    /// Per term, the word as first written (lowercased), as `InvertedIndex.surface`.
    let surfaces: [UInt8]
    let surfaceStart: [UInt32]
    /// Per term, its occurrences as `IndexBuilder` encodes them: a document delta (varint, the
    /// first one the document + 1), then the frequency bytes.
    let occurrences: [UInt8]
    let occurrenceStart: [Int]
    /// Per document, one length per schema field.
    let fieldLengths: [UInt16]
    let tagNames: [String]
    let documentTags: [UInt32]
    let documentTagStart: [UInt32]
    public let documentCount: Int

    /// The bytes held (what keeping the source costs a server).
    public var byteCount: Int {
        terms.count + termStart.count * 4 + surfaces.count + surfaceStart.count * 4 + occurrences.count
            + occurrenceStart.count * 8 + fieldLengths.count * 2 + documentTags.count * 4
            + documentTagStart.count * 4
    }

    var termCount: Int { termStart.count - 1 }

    func termBytes(_ id: Int) -> ArraySlice<UInt8> { terms[Int(termStart[id])..<Int(termStart[id + 1])] }
}

/// A document an update adds: its number in the updated index, its analysed fields and tags.
public struct InsertedDocument: Sendable {
    public var document: Int
    public var analyzed: AnalyzedDocument
    public var tags: [String]

    public init(document: Int, analyzed: AnalyzedDocument, tags: [String]) {
        self.document = document
        self.analyzed = analyzed
        self.tags = tags
    }
}

extension IndexBuilder {
    /// What was added so far, frozen: the source of the index `build()` makes.
    public func source() -> IndexSource {
        if let flat { return flat }  // copied out already, the pool released
        var occurrences: [UInt8] = []
        // Exactly: an estimate that falls short doubles the array at the end (both copies held
        // at once, at the load's peak), one that overshoots is held for as long as the source.
        occurrences.reserveCapacity(terms.streams.reduce(0) { $0 + pool.count(of: $1) })
        var occurrenceStart = [0]
        occurrenceStart.reserveCapacity(terms.streams.count + 1)
        for stream in terms.streams {
            pool.forEachByte(of: stream) { occurrences.append($0) }
            occurrenceStart.append(occurrences.count)
        }
        return IndexSource(
            schema: schema, analyzer: analyzer, terms: terms.table.bytes, termStart: terms.table.offsets,
            surfaces: terms.surfaceBytes, surfaceStart: terms.surfaceStart, occurrences: occurrences,
            occurrenceStart: occurrenceStart, fieldLengths: fieldLengths, tagNames: tagNames,
            documentTags: documentTags, documentTagStart: documentTagStart, documentCount: documentCount)
    }
}

extension IndexSource {
    /// The index (and its source) after removing the documents `removed` (numbers in this
    /// source) and adding `inserted`: exactly what building from every remaining and added
    /// document in the new order gives. Documents keep their order; an inserted document takes
    /// the number it names, the others close up around it.
    ///
    /// A term's surface is the word as written in the first document that has it; when that
    /// document is removed and the next one is not inserted, `analyzedDocument` is asked for
    /// that document (a number in this source) as analysed at its build. Nil when it gives nil:
    /// the caller then builds from all documents.
    public func updated(
        removing removed: [Int], inserting inserted: [InsertedDocument],
        analyzedDocument: (Int) -> AnalyzedDocument?
    ) -> (index: InvertedIndex, source: IndexSource)? {
        let fieldCount = schema.count
        let inserted = inserted.sorted { $0.document < $1.document }
        let newNumbers = renumbering(removing: removed, inserting: inserted.map(\.document))
        let added = AddedOccurrences(inserted, fieldCount: fieldCount)
        let builder = IndexBuilder(schema: schema, analyzer: analyzer)
        var newSurfaces: [[UInt8]?] = []
        /// New term id → the document (this source's number) whose analysis gives its surface.
        var surfaceWanted: [(term: Int, document: Int)] = []
        var stream: [UInt8] = []
        func lowercased(_ surface: [UInt8]) -> [UInt8] {
            var written = surface
            builder.lowercaser.lowercase(&written)
            return written
        }
        var addedSeen = [Bool](repeating: false, count: added.termCount)
        func addTerm(_ key: ArraySlice<UInt8>, postings: Int, last: Int32) -> Int {
            let id = key.withUnsafeBufferPointer { builder.terms.table.insert($0).id }
            var list = BlockPool.List()
            for byte in stream { builder.pool.append(byte, to: &list) }
            builder.terms.streams.append(list)
            builder.terms.pairs.append(Int32(postings))
            builder.terms.lastDocument.append(last)
            builder.terms.slot.append(0)
            builder.terms.slotDocument.append(-1)
            return id
        }
        for term in 0..<termCount {
            let key = termBytes(term)
            let addedTerm = key.withUnsafeBufferPointer { added.table.find($0) }
            var merge = OccurrenceMerge(added: addedTerm.map { added.occurrences[$0] } ?? [])
            var firstKept: Int?
            var firstOld: Int?
            forEachOccurrence(of: term) { document, code in
                if firstOld == nil { firstOld = document }
                let renumbered = newNumbers[document]
                guard renumbered >= 0 else { return }
                if firstKept == nil { firstKept = document }
                merge.emitAdded(before: renumbered, into: &stream, added: added)
                merge.emit(renumbered, code: code, into: &stream)
            }
            merge.emitAdded(before: .max, into: &stream, added: added)
            if let addedTerm { addedSeen[addedTerm] = true }
            guard merge.count > 0 else { continue }
            let id = addTerm(key, postings: merge.count, last: merge.last)
            let addedFirst = addedTerm.map { added.occurrences[$0][0] }
            if let addedFirst, firstKept.map({ Int(newNumbers[$0]) > addedFirst.document }) ?? true {
                newSurfaces.append(lowercased(added.surface(addedFirst)))
            } else if let firstKept, firstKept == firstOld {
                newSurfaces.append(Array(surfaces[Int(surfaceStart[term])..<Int(surfaceStart[term + 1])]))
            } else {
                newSurfaces.append(nil)
                surfaceWanted.append((id, firstKept!))
            }
        }
        // Terms only the added documents have.
        for addedTerm in 0..<added.termCount where !addedSeen[addedTerm] {
            var merge = OccurrenceMerge(added: added.occurrences[addedTerm])
            merge.emitAdded(before: .max, into: &stream, added: added)
            _ = addTerm(added.table.term(addedTerm), postings: merge.count, last: merge.last)
            newSurfaces.append(lowercased(added.surface(added.occurrences[addedTerm][0])))
        }
        // Surfaces whose first document went away: from the next document that has the term.
        var byDocument: [Int: [Int]] = [:]
        for wanted in surfaceWanted { byDocument[wanted.document, default: []].append(wanted.term) }
        for (document, terms) in byDocument {
            guard let analyzed = analyzedDocument(document) else { return nil }
            for term in terms {
                guard let surface = analyzed.firstSurface(of: builder.terms.table.term(term)) else {
                    return nil
                }
                newSurfaces[term] = lowercased(surface)
            }
        }
        for surface in newSurfaces {
            builder.terms.surfaceBytes.append(contentsOf: surface!)
            builder.terms.surfaceStart.append(UInt32(builder.terms.surfaceBytes.count))
        }
        // Documents in their new order: lengths and tags.
        var next = 0
        let documentCount = newNumbers.count(where: { $0 >= 0 }) + inserted.count
        var oldAt = [Int](repeating: -1, count: documentCount)
        for (old, new) in newNumbers.enumerated() where new >= 0 { oldAt[Int(new)] = old }
        for document in 0..<documentCount {
            if next < inserted.count, inserted[next].document == document {
                for length in added.fieldLengths[next] { builder.fieldLengths.append(length) }
                builder.addTags(inserted[next].tags)
                next += 1
            } else {
                let old = oldAt[document]
                builder.fieldLengths.append(
                    contentsOf: fieldLengths[(old * fieldCount)..<((old + 1) * fieldCount)])
                let tags = Int(documentTagStart[old])..<Int(documentTagStart[old + 1])
                builder.addTags(documentTags[tags].map { tagNames[Int($0)] })
            }
        }
        builder.documentCount = documentCount
        return builder.buildKeepingSource()
    }

    /// Each document's number after the update (-1: removed).
    private func renumbering(removing removed: [Int], inserting inserted: [Int]) -> [Int32] {
        var numbers = [Int32](repeating: 0, count: documentCount)
        for document in removed { numbers[document] = -1 }
        var next = 0
        var insertedAt = 0
        for old in 0..<documentCount where numbers[old] >= 0 {
            while insertedAt < inserted.count, inserted[insertedAt] == next {
                next += 1
                insertedAt += 1
            }
            numbers[old] = Int32(next)
            next += 1
        }
        for document in inserted[insertedAt...] {
            precondition(document == next, "inserted documents must be numbered without gaps")
            next += 1
        }
        return numbers
    }

    /// Calls `body` with each occurrence of `term`: its document and its frequency bytes.
    private func forEachOccurrence(of term: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        occurrences.withUnsafeBufferPointer { bytes in
            var offset = occurrenceStart[term]
            let end = occurrenceStart[term + 1]
            var document = -1
            while offset < end {
                document += Postings.varint(bytes, &offset)
                let code = bytes[offset]
                let length = code & 0x80 != 0 ? 1 : 1 + code.nonzeroBitCount
                body(document, UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]))
                offset += length
            }
        }
    }
}

extension IndexBuilder {
    /// Gives the next document `tags`, as `add` does.
    fileprivate func addTags(_ tags: [String]) {
        for tag in tags {
            if let existing = tagIDs[tag] {
                documentTags.append(existing)
            } else {
                let id = UInt32(tagNames.count)
                tagIDs[tag] = id
                tagNames.append(tag)
                documentTags.append(id)
            }
        }
        documentTagStart.append(UInt32(documentTags.count))
    }
}

extension AnalyzedDocument {
    /// The bytes the first token with term `term` was written as; nil when no token has it.
    fileprivate func firstSurface(of term: ArraySlice<UInt8>) -> [UInt8]? {
        for token in 0..<(termEnds.count - 1)
        where terms[Int(termEnds[token])..<Int(termEnds[token + 1])].elementsEqual(term) {
            return Array(surfaces[Int(surfaceEnds[token])..<Int(surfaceEnds[token + 1])])
        }
        return nil
    }
}

/// The occurrences of the documents an update adds, per term, in document order.
private struct AddedOccurrences {
    struct Occurrence {
        var document: Int
        /// Which added document, and where its frequencies start in `frequencies`.
        var position: Int
        var frequencies: Int
        var surface: Range<Int>
    }

    var table = TermTable(capacity: 1024)
    var occurrences: [[Occurrence]] = []
    var frequencies: [UInt8] = []
    var fieldLengths: [[UInt16]] = []
    let inserted: [InsertedDocument]
    let fieldCount: Int

    var termCount: Int { table.count }

    /// Counts each added document's terms per field as `IndexBuilder.add` does.
    init(_ inserted: [InsertedDocument], fieldCount: Int) {
        self.inserted = inserted
        self.fieldCount = fieldCount
        for (position, document) in inserted.enumerated() {
            let analyzed = document.analyzed
            precondition(analyzed.fieldLengths.count == fieldCount, "one text per field")
            var slots: [Int: Int] = [:]
            var token = 0
            var lengths: [UInt16] = []
            for (field, length) in analyzed.fieldLengths.enumerated() {
                for _ in 0..<Int(length) {
                    let key = analyzed.terms[
                        Int(analyzed.termEnds[token])..<Int(analyzed.termEnds[token + 1])]
                    let (id, isNew) = key.withUnsafeBufferPointer { table.insert($0) }
                    if isNew { occurrences.append([]) }
                    if slots[id] == nil {
                        slots[id] = frequencies.count
                        occurrences[id].append(
                            Occurrence(
                                document: document.document, position: position,
                                frequencies: frequencies.count,
                                surface: Int(
                                    analyzed.surfaceEnds[token])..<Int(analyzed.surfaceEnds[token + 1])))
                        frequencies.append(contentsOf: repeatElement(0, count: fieldCount))
                    }
                    let index = slots[id]! + field
                    if frequencies[index] < UInt8.max { frequencies[index] += 1 }
                    token += 1
                }
                lengths.append(UInt16(min(Int(length), Int(UInt16.max))))
            }
            fieldLengths.append(lengths)
        }
    }

    func surface(_ occurrence: Occurrence) -> [UInt8] {
        Array(inserted[occurrence.position].analyzed.surfaces[occurrence.surface])
    }

    func frequencies(_ occurrence: Occurrence) -> ArraySlice<UInt8> {
        frequencies[occurrence.frequencies..<(occurrence.frequencies + fieldCount)]
    }
}

/// Writes one term's updated occurrence list: the kept documents renumbered, the added ones
/// merged in by document.
private struct OccurrenceMerge {
    let added: [AddedOccurrences.Occurrence]
    var nextAdded = 0
    var count = 0
    var last: Int32 = -1

    init(added: [AddedOccurrences.Occurrence]) {
        self.added = added
    }

    /// Starts `stream` afresh at the first call (`count == 0`).
    mutating func emit(_ document: Int32, code: UnsafeBufferPointer<UInt8>, into stream: inout [UInt8]) {
        if count == 0 { stream.removeAll(keepingCapacity: true) }
        IndexBuilder.encodeDelta(UInt32(document - last)) { stream.append($0) }
        stream.append(contentsOf: code)
        last = document
        count += 1
    }

    /// Writes the added documents numbered below `document`.
    mutating func emitAdded(before document: Int32, into stream: inout [UInt8], added all: AddedOccurrences) {
        while nextAdded < added.count, added[nextAdded].document < Int(document) {
            let occurrence = added[nextAdded]
            if count == 0 { stream.removeAll(keepingCapacity: true) }
            IndexBuilder.encodeDelta(UInt32(Int32(occurrence.document) - last)) { stream.append($0) }
            IndexBuilder.encodeFrequencies(all.frequencies(occurrence)) { stream.append($0) }
            last = Int32(occurrence.document)
            count += 1
            nextAdded += 1
        }
    }
}
