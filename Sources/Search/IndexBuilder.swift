import Analysis
import Dispatch

/// Builds an `InvertedIndex` in one pass over the documents, then freezes it.
///
/// Exists to keep all the mutable, build-only state out of the immutable snapshot that queries
/// read. Documents are added one at a time and not kept, so a folder of any size streams
/// through it. Per term, occurrences are kept as a compact byte list in a `BlockPool`: the
/// document delta as a varint, then either one byte for the common case of one field with a
/// frequency up to 15 (`0x80 | field << 4 | tf`), or a field bitmask followed by a frequency
/// byte per field present — about 2.5 bytes per document.
public final class IndexBuilder {
    public let schema: FieldSchema
    public let analyzer: SwedishAnalyzer
    let bm25 = BM25()

    /// Per term: the table, its surface form, its occurrences; and the current document's
    /// entries. One value, so that the per-token loop works on it through one access.
    var terms = Terms()
    /// Per term: its encoded occurrences.
    let pool = BlockPool()
    /// Set by `buildKeepingSource`, which releases the pool: the occurrences to build from.
    var flat: IndexSource?
    var fieldLengths: [UInt16] = []
    var tagIDs: [String: UInt32] = [:]
    var tagNames: [String] = []
    var documentTags: [UInt32] = []
    var documentTagStart: [UInt32] = [0]
    var documentCount = 0
    let lowercaser = LowercaseFilter()
    /// Into how many parts, written side by side, `build` splits the postings (1 writes them in
    /// one pass; any count gives the same bytes).
    var postingsPartCount = 2
    /// How many prefix unions `build` merges side by side, and whether it fills the bitmaps on
    /// every core (1 and false build one after another; the bytes are the same), and the unions'
    /// budget (lowered by tests).
    var unionsMergedTogether = PrefixUnions.mergedTogether
    var bitmapsSideBySide = true
    var unionBudgetPerDocument = PrefixUnions.budgetPerDocument

    public init(schema: FieldSchema, analyzer: SwedishAnalyzer) {
        self.schema = schema
        self.analyzer = analyzer
    }

    /// Adds a document: one text per schema field (in schema order) and its filter tags
    /// ("category:förskola"). Returns its id, which counts from 0.
    @discardableResult
    public func add(fields: [String], tags: [String]) -> UInt32 {
        add(AnalyzedDocument(fields: fields, schema: schema, analyzer: analyzer), tags: tags)
    }

    /// Adds a document analysed beforehand (on any thread, see `AnalyzedDocument`); the same
    /// index results as `add(fields:tags:)` with the same texts.
    @discardableResult
    public func add(_ analyzed: AnalyzedDocument, tags: [String]) -> UInt32 {
        precondition(analyzed.fieldLengths.count == schema.count, "one text per field")
        let document = Int32(documentCount)
        documentCount += 1
        terms.add(
            analyzed, document: document, fieldCount: schema.count, pool: pool, lowercaser: lowercaser,
            fieldLengths: &fieldLengths)
        for tag in tags {
            let id: UInt32
            if let existing = tagIDs[tag] {
                id = existing
            } else {
                id = UInt32(tagNames.count)
                tagIDs[tag] = id
                tagNames.append(tag)
            }
            documentTags.append(id)
        }
        documentTagStart.append(UInt32(documentTags.count))
        return UInt32(document)
    }

    /// One decoded occurrence list entry.
    private struct Occurrence {
        var document: UInt32
        var frequencies: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
    }

    /// Decodes `term`'s occurrences into `out`: from the pool, or from `flat` (the same bytes
    /// copied out by `source()`) once the pool is released.
    private func decode(_ term: Int, into out: inout [Occurrence]) {
        var decoder = OccurrenceDecoder()
        if let flat {
            flat.occurrences.withUnsafeBufferPointer { bytes in
                for byte in bytes[flat.occurrenceStart[term]..<flat.occurrenceStart[term + 1]] {
                    decoder.feed(byte, into: &out)
                }
            }
        } else {
            pool.forEachByte(of: terms.streams[term]) { decoder.feed($0, into: &out) }
        }
    }

    /// A small state machine over a term's bytes: delta varint, then one code byte, then the
    /// frequencies its mask announces.
    private struct OccurrenceDecoder {
        var document: Int64 = -1
        var delta: Int64 = 0
        var shift: Int64 = 0
        var readingDelta = true
        var pendingMask: UInt8 = 0
        var nextField = 0
        var current = Occurrence(document: 0, frequencies: (0, 0, 0, 0, 0, 0, 0, 0))

        @inline(__always)
        mutating func feed(_ byte: UInt8, into out: inout [Occurrence]) {
            if readingDelta {
                delta |= Int64(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 {
                    document += delta
                    delta = 0
                    shift = 0
                    readingDelta = false
                    current = Occurrence(document: UInt32(document), frequencies: (0, 0, 0, 0, 0, 0, 0, 0))
                }
                return
            }
            if pendingMask == 0 {
                if byte & 0x80 != 0 {
                    let field = Int((byte >> 4) & 0x07)
                    withUnsafeMutableBytes(of: &current.frequencies) { $0[field] = byte & 0x0F }
                    out.append(current)
                    readingDelta = true
                } else {
                    pendingMask = byte
                    nextField = 0
                }
                return
            }
            while pendingMask & (1 << UInt8(nextField)) == 0 { nextField += 1 }
            withUnsafeMutableBytes(of: &current.frequencies) { $0[nextField] = byte }
            pendingMask &= ~(1 << UInt8(nextField))
            if pendingMask == 0 {
                out.append(current)
                readingDelta = true
            }
        }
    }

    /// The index and its source (what `IndexSource.updated` derives the next index from), with
    /// less memory at the peak than `build()` then `source()`: the occurrences are copied out of
    /// the pool first and the pool is released before the index is built from the copy, so the
    /// two copies of every occurrence are never held beside the index under construction, and the
    /// pool's memory is handed back to the system before the postings are written. The builder
    /// takes no more documents after this.
    public func buildKeepingSource() -> (index: InvertedIndex, source: IndexSource) {
        ProcessMemory.mark("index: \(documentCount) documents added, pool \(pool.byteCount) bytes")
        let source = self.source()
        ProcessMemory.mark("index: source copied, \(source.byteCount) bytes")
        flat = source
        pool.release()
        // The pool's chunks came from glibc's heap: handed back, the postings built next take
        // their place instead of adding to them.
        ProcessMemory.returnFreed()
        ProcessMemory.mark("index: pool released")
        let index = build()
        ProcessMemory.mark("index: built")
        return (index, source)
    }

    /// Freezes what was added into an index. Compound terms also post to their parts.
    public func build() -> InvertedIndex {
        let fieldCount = schema.count
        let sources = compoundSources()
        var averages = [Float](repeating: 0, count: fieldCount)
        if documentCount > 0 {
            for (index, length) in fieldLengths.enumerated() { averages[index % fieldCount] += Float(length) }
            for field in 0..<fieldCount { averages[field] = max(averages[field] / Float(documentCount), 1) }
        }
        let table = terms.table
        let pairs = terms.pairs
        let order = table.bytes.withUnsafeBufferPointer { all in
            (0..<table.count).sorted { a, b in
                let x = UnsafeBufferPointer(rebasing: all[Int(table.offsets[a])..<Int(table.offsets[a + 1])])
                let y = UnsafeBufferPointer(rebasing: all[Int(table.offsets[b])..<Int(table.offsets[b + 1])])
                return x.lexicographicallyPrecedes(y)
            }
        }
        let dictionary = TermDictionary(sortedTerms: order.map { Array(table.term($0)) })
        ProcessMemory.mark("index: terms sorted, compounds found")
        // An upper bound of the postings' length, so the arrays are allocated once.
        var estimate = pairs.reduce(0) { $0 + Int($1) }
        var isSource = [Bool](repeating: false, count: table.count)
        for (_, compounds) in sources {
            for compound in compounds {
                estimate += Int(pairs[compound])
                isSource[compound] = true
            }
        }
        let scale = bm25.saturationCeiling / Postings.levels
        // The terms are written in two parts side by side (the second on another core), each
        // with a writer of its own, and the second part appended to the first: the same bytes a
        // single pass writes. The split balances the parts' postings.
        let parts = postingsParts(order, pairs: pairs, sources: sources, into: postingsPartCount)
        var writers = [PostingsWriter?](repeating: nil, count: parts.count)
        let context = PostingsPass(
            builder: self, fieldCount: fieldCount, averages: averages, scale: scale, sources: sources)
        // Room for the prefix unions too (`PrefixUnions`, appended after the terms), so that the
        // arrays are not moved to grow; what stays unused is never touched.
        let allPostings = estimate + documentCount * unionBudgetPerDocument
        writers.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                // The first part's writer holds room for all, so that the others append in place.
                var writer = PostingsWriter(
                    estimatedPostings: part == 0 ? allPostings : parts[part].postings)
                context.write(order[parts[part].range], into: &writer)
                slots.value[part] = writer
            }
        }
        var writer = writers[0]!
        writers[0] = nil  // the one reference: appended to in the room reserved, never copied
        for part in writers.indices.dropFirst() {
            writer.append(writers[part]!)
            writers[part] = nil
        }
        let termsWritten = writer.payload.count
        ProcessMemory.mark("index: postings of the terms written")
        let prefixUnions = PrefixUnions.append(
            to: &writer, dictionary: dictionary, analyzer: analyzer, documentCount: documentCount,
            mergedTogether: unionsMergedTogether, budgetPerDocument: unionBudgetPerDocument)
        ProcessMemory.mark("index: prefix unions written")
        let postings = writer.finish(
            scale: scale, documentCount: documentCount, unionTerms: prefixUnions.count,
            sideBySide: bitmapsSideBySide)
        ProcessMemory.mark(
            "index: postings written, \(prefixUnions.count) prefix unions of \(prefixUnions.candidates) "
                + "(by length \(prefixUnions.builtByLength.sorted { $0.key < $1.key }), "
                + "\(postings.payload.count - termsWritten) postings)")
        var sortedSurfaces: [UInt8] = []
        var sortedSurfaceStart: [UInt32] = [0]
        for term in order {
            sortedSurfaces.append(
                contentsOf: terms.surfaceBytes[
                    Int(terms.surfaceStart[term])..<Int(terms.surfaceStart[term + 1])])
            sortedSurfaceStart.append(UInt32(sortedSurfaces.count))
        }
        return InvertedIndex(
            schema: schema, analyzer: analyzer, dictionary: dictionary, postings: postings,
            documentCount: documentCount, tagNames: tagNames, documentTags: documentTags,
            documentTagStart: documentTagStart, surfaceBytes: sortedSurfaces,
            surfaceStart: sortedSurfaceStart,
            bm25: bm25, prefixUnions: prefixUnions)
    }

    /// `order` cut into `count` contiguous parts with about as many postings each (a term's
    /// postings counted with those of the compounds that post to it), with each part's count.
    private func postingsParts(_ order: [Int], pairs: [Int32], sources: [Int: [Int]], into count: Int)
        -> [(range: Range<Int>, postings: Int)]
    {
        let weights = order.map { term in
            Int(pairs[term]) + (sources[term]?.reduce(0) { $0 + Int(pairs[$1]) } ?? 0)
        }
        let total = weights.reduce(0, +)
        let count = max(1, min(count, order.count))
        var parts: [(range: Range<Int>, postings: Int)] = []
        var start = 0
        var sum = 0
        var postings = 0
        for (index, weight) in weights.enumerated() {
            sum += weight
            postings += weight
            // Part k ends once the running sum reaches k/count of the total.
            if parts.count < count - 1, sum * count >= total * (parts.count + 1) {
                parts.append((start..<index + 1, postings))
                start = index + 1
                postings = 0
            }
        }
        parts.append((start..<order.count, postings))
        return parts
    }

    /// What writing one part of the postings reads: the builder's occurrences and the field
    /// statistics, read-only while the parts are written side by side.
    private struct PostingsPass: @unchecked Sendable {
        let builder: IndexBuilder
        let fieldCount: Int
        let averages: [Float]
        let scale: Float
        let sources: [Int: [Int]]

        /// Writes the postings of `terms`, in order, into `writer`.
        func write(_ terms: ArraySlice<Int>, into writer: inout PostingsWriter) {
            let bm25 = builder.bm25
            let fieldLengths = builder.fieldLengths
            let shortMask = builder.schema.shortMask
            // Per field: weight and length normalisation, and 1 / average length.
            let weights = builder.schema.fields.map(\.weight)
            let normalizations = builder.schema.fields.map(\.lengthNormalization)
            let inverseAverages = averages.map { 1 / $0 }
            var occurrences: [Occurrence] = []
            // Per-posting work reads these through pointers: no bounds or uniqueness check per
            // field of every posting. The arithmetic, and so every byte written, is unchanged.
            let frequencies = UnsafeMutableBufferPointer<Int>.allocate(capacity: fieldCount)
            defer { frequencies.deallocate() }
            fieldLengths.withUnsafeBufferPointer { fieldLengths in
                weights.withUnsafeBufferPointer { weights in
                    normalizations.withUnsafeBufferPointer { normalizations in
                        inverseAverages.withUnsafeBufferPointer { inverseAverages in
                            for term in terms {
                                occurrences.removeAll(keepingCapacity: true)
                                builder.decode(term, into: &occurrences)
                                if let compounds = sources[term] {
                                    for compound in compounds { builder.decode(compound, into: &occurrences) }
                                    occurrences.sort { $0.document < $1.document }
                                }
                                occurrences.withUnsafeBufferPointer { occurrences in
                                    var index = 0
                                    while index < occurrences.count {
                                        let document = occurrences[index].document
                                        for field in 0..<fieldCount { frequencies[field] = 0 }
                                        // Sum the occurrences of one document (a term and its compounds).
                                        while index < occurrences.count
                                            && occurrences[index].document == document
                                        {
                                            withUnsafeBytes(of: occurrences[index].frequencies) { bytes in
                                                for field in 0..<fieldCount {
                                                    frequencies[field] += Int(bytes[field])
                                                }
                                            }
                                            index += 1
                                        }
                                        var pseudo: Float = 0
                                        var mask: UInt8 = 0
                                        let base = Int(document) * fieldCount
                                        for field in 0..<fieldCount where frequencies[field] > 0 {
                                            mask |= 1 << UInt8(field)
                                            let length = Float(fieldLengths[base + field])
                                            let b = normalizations[field]
                                            let norm = 1 - b + b * length * inverseAverages[field]
                                            pseudo +=
                                                weights[field] * Float(min(frequencies[field], 255)) / norm
                                        }
                                        let level = UInt8(
                                            min(max(bm25.saturate(pseudo) / scale, 1), Postings.levels)
                                                .rounded())
                                        writer.add(
                                            document: document,
                                            payload: level | (mask & shortMask != 0 ? Postings.shortBit : 0))
                                    }
                                }
                                writer.endTerm()
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes a document delta as a varint, low seven bits first.
    @inline(__always)
    static func encodeDelta(_ delta: UInt32, _ emit: (UInt8) -> Void) {
        var delta = delta
        while delta >= 0x80 {
            emit(UInt8(delta & 0x7F) | 0x80)
            delta >>= 7
        }
        emit(UInt8(delta))
    }

    /// Writes one document's per-field frequencies: one byte for one field with a frequency up
    /// to 15, else a field bitmask and a byte per field present.
    @inline(__always)
    static func encodeFrequencies<Frequencies: Collection<UInt8>>(
        _ frequencies: Frequencies, _ emit: (UInt8) -> Void
    ) {
        var mask: UInt8 = 0
        var fieldsPresent = 0
        var only = 0
        for (field, tf) in frequencies.enumerated() where tf > 0 {
            mask |= 1 << UInt8(field)
            fieldsPresent += 1
            only = field
        }
        let single = frequencies[frequencies.index(frequencies.startIndex, offsetBy: only)]
        if fieldsPresent == 1 && single <= 15 {
            emit(0x80 | UInt8(only) << 4 | single)
        } else {
            emit(mask)
            for tf in frequencies where tf > 0 { emit(tf) }
        }
    }

    /// For each term, the compound terms it is a part of, so that "skol skjuts" finds the
    /// document that says "skolskjuts". Only parts that are terms already are used.
    private func compoundSources() -> [Int: [Int]] {
        let analyzer = self.analyzer
        let table = terms.table
        let splitter = CompoundSplitter(
            isTerm: { table.find($0) != nil },
            stem: { part in
                var bytes = part
                analyzer.stemWord(&bytes)
                return bytes
            })
        var sources: [Int: [Int]] = [:]
        for term in 0..<table.count {
            // Snowball leaves the definite -an of -a words ("förskolan", "ansökan"); its base form
            // ("förskola" → "forskol") gets the term's documents too.
            if let base = Self.definiteBase(Array(table.term(term)), analyzer), let baseID = table.find(base),
                baseID != term
            {
                sources[baseID, default: []].append(term)
            }
        }
        for compound in 0..<table.count {
            guard let parts = splitter.split(Array(table.term(compound))) else { continue }
            for part in parts {
                if let partID = table.find(part), partID != compound {
                    sources[partID, default: []].append(compound)
                }
            }
        }
        return sources
    }

    /// The stem of a word ending in the definite "-an" without its "n" ("forskolan" → "forskol"),
    /// or nil when the word does not end so.
    static func definiteBase(_ word: [UInt8], _ analyzer: SwedishAnalyzer) -> [UInt8]? {
        guard word.count >= 5, word.last == UInt8(ascii: "n"), word[word.count - 2] == UInt8(ascii: "a")
        else { return nil }
        var base = Array(word.dropLast())
        analyzer.stemWord(&base)
        return base
    }
}

/// A value handed to the threads of a `concurrentPerform` whose iterations touch disjoint parts
/// of it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// What `IndexBuilder` keeps per term while documents are added, and the current document's
/// entries: a value, so that adding a document's tokens is one mutating call with no dynamic
/// exclusivity check per token (`IndexSource.updated` fills it directly).
struct Terms {
    /// Sized to grow as terms come: its slots stay few enough to stay in a nearby cache.
    var table = TermTable(capacity: 1 << 12)
    /// The word as first written, per term (lowercased, unfolded).
    var surfaceBytes: [UInt8] = []
    var surfaceStart: [UInt32] = [0]
    /// Per term: its encoded occurrences in the pool.
    var streams: [BlockPool.List] = []
    /// Per term: how many documents it occurs in (before compounds are merged into parts).
    var pairs: [Int32] = []
    /// Per term: the last document it was written for.
    var lastDocument: [Int32] = []
    /// Per term: its slot in the current document's entries (valid when `slotDocument` matches).
    var slot: [Int32] = []
    var slotDocument: [Int32] = []
    /// Scratch for the current document, kept between documents so nothing is allocated per
    /// document: each token's term id; the entries' term ids; and their per-field frequencies,
    /// all zero between documents (`fieldCount` per entry, at least one entry per token).
    var tokenTerms: [Int32] = []
    var entryTerms: [Int32] = []
    var entryFrequencies: [UInt8] = []

    /// Counts `analyzed`'s tokens per term and field, then appends one occurrence per term.
    mutating func add(
        _ analyzed: AnalyzedDocument, document: Int32, fieldCount: Int, pool: BlockPool,
        lowercaser: LowercaseFilter, fieldLengths: inout [UInt16]
    ) {
        let tokenCount = analyzed.termEnds.count - 1
        // Each token's term, in token order (so new terms get their ids in the same order).
        tokenTerms.removeAll(keepingCapacity: true)
        analyzed.terms.withUnsafeBufferPointer { termBytes in
            analyzed.surfaces.withUnsafeBufferPointer { surfaces in
                analyzed.termEnds.withUnsafeBufferPointer { termEnds in
                    analyzed.surfaceEnds.withUnsafeBufferPointer { surfaceEnds in
                        for token in 0..<tokenCount {
                            let key = UnsafeBufferPointer(
                                start: termBytes.baseAddress.map { $0 + Int(termEnds[token]) },
                                count: Int(termEnds[token + 1]) - Int(termEnds[token]))
                            let surface = UnsafeBufferPointer(
                                start: surfaces.baseAddress.map { $0 + Int(surfaceEnds[token]) },
                                count: Int(surfaceEnds[token + 1]) - Int(surfaceEnds[token]))
                            tokenTerms.append(Int32(term(for: key, surface: surface, lowercaser: lowercaser)))
                        }
                    }
                }
            }
        }
        for length in analyzed.fieldLengths { fieldLengths.append(UInt16(min(Int(length), Int(UInt16.max)))) }
        if entryTerms.count < tokenCount {
            entryTerms.append(contentsOf: repeatElement(0, count: tokenCount - entryTerms.count))
        }
        if entryFrequencies.count < tokenCount * fieldCount {
            entryFrequencies.append(
                contentsOf: repeatElement(0, count: tokenCount * fieldCount - entryFrequencies.count))
        }
        // Per term in order of first token, its counts per field.
        var entryCount = 0
        tokenTerms.withUnsafeBufferPointer { ids in
            slot.withUnsafeMutableBufferPointer { slot in
                slotDocument.withUnsafeMutableBufferPointer { slotDocument in
                    entryTerms.withUnsafeMutableBufferPointer { entryTerms in
                        entryFrequencies.withUnsafeMutableBufferPointer { frequencies in
                            var token = 0
                            for (field, length) in analyzed.fieldLengths.enumerated() {
                                for _ in 0..<Int(length) {
                                    let id = Int(ids[token])
                                    token += 1
                                    if slotDocument[id] != document {
                                        slotDocument[id] = document
                                        slot[id] = Int32(entryCount)
                                        entryTerms[entryCount] = Int32(id)
                                        entryCount += 1
                                    }
                                    let index = Int(slot[id]) * fieldCount + field
                                    if frequencies[index] < UInt8.max { frequencies[index] += 1 }
                                }
                            }
                        }
                    }
                }
            }
        }
        // One occurrence per entry; its frequencies are zeroed again for the next document.
        entryTerms.withUnsafeBufferPointer { entryTerms in
            entryFrequencies.withUnsafeMutableBufferPointer { frequencies in
                streams.withUnsafeMutableBufferPointer { streams in
                    lastDocument.withUnsafeMutableBufferPointer { lastDocument in
                        pairs.withUnsafeMutableBufferPointer { pairs in
                            // The longest occurrence: a five-byte delta, a mask and a byte per field.
                            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 + fieldCount) {
                                encoded in
                                for entry in 0..<entryCount {
                                    let term = Int(entryTerms[entry])
                                    let counts = UnsafeMutableBufferPointer(
                                        rebasing: frequencies[entry * fieldCount..<(entry + 1) * fieldCount])
                                    let delta = UInt32(document - lastDocument[term])  // first document: document + 1
                                    lastDocument[term] = document
                                    pairs[term] += 1
                                    var length = 0
                                    IndexBuilder.encodeDelta(delta) {
                                        encoded[length] = $0
                                        length += 1
                                    }
                                    IndexBuilder.encodeFrequencies(UnsafeBufferPointer(counts)) {
                                        encoded[length] = $0
                                        length += 1
                                    }
                                    pool.append(
                                        UnsafeBufferPointer(rebasing: encoded[0..<length]), to: &streams[term]
                                    )
                                    counts.update(repeating: 0)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func term(
        for key: UnsafeBufferPointer<UInt8>, surface: UnsafeBufferPointer<UInt8>, lowercaser: LowercaseFilter
    ) -> Int {
        let (id, isNew) = table.insert(key)
        if isNew {
            var written = Array(surface)
            lowercaser.lowercase(&written)
            surfaceBytes.append(contentsOf: written)
            surfaceStart.append(UInt32(surfaceBytes.count))
            streams.append(BlockPool.List())
            pairs.append(0)
            lastDocument.append(-1)
            slot.append(0)
            slotDocument.append(-1)
        }
        return id
    }
}
