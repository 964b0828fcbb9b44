import Synchronization

/// Per-query working memory, sized to the index once and reused.
///
/// Exists so a query allocates nothing that grows with the corpus: accumulators are arrays of
/// `documentCount` entries, and "which documents did this round touch" is answered with
/// generation stamps instead of clearing the arrays. The arrays are raw buffers owned by this
/// object, so the hot loop reads and writes them without exclusivity checks.
final class Scratch {
    /// Per document, for the whole query: the sum so far, which words matched, which of them
    /// firmly (not only as a guessed typo or completion), which in a short field. One struct per
    /// document so one cache line serves a posting.
    struct Total {
        var stamp: UInt32
        var sum: Float
        var matched: UInt16
        var firm: UInt16
        var short: UInt16

        static let empty = Total(stamp: 0, sum: 0, matched: 0, firm: 0, short: 0)
    }

    /// Per document, for the current word: its best value, whether that was in a short field and
    /// whether it was a firm match.
    struct Best {
        var stamp: UInt32
        var value: Float
        var short: Bool
        var firm: Bool
    }

    let totals: UnsafeMutableBufferPointer<Total>
    let best: UnsafeMutableBufferPointer<Best>
    let clauseBest: UnsafeMutableBufferPointer<Float>
    let clauseStamp: UnsafeMutableBufferPointer<UInt32>
    let alternativeSum: UnsafeMutableBufferPointer<Float>
    let alternativeCount: UnsafeMutableBufferPointer<UInt8>
    let alternativeStamp: UnsafeMutableBufferPointer<UInt32>
    /// Lists of the documents touched in the current query, word, clause and alternative.
    let touched: TouchedList
    let touchedGroup: TouchedList
    let touchedClause: TouchedList
    let touchedAlternative: TouchedList
    /// The documents that can still reach the top k once pruning began, ascending.
    let candidates: TouchedList
    /// One bit per document: which the hit count has counted (after pruning).
    let seen: UnsafeMutableBufferPointer<UInt64>
    /// One bit per document: which are among `candidates`.
    let candidateBits: UnsafeMutableBufferPointer<UInt64>
    /// One bit per document: which match the word being gathered (`Searcher.allWordsFirst`).
    let wordBits: UnsafeMutableBufferPointer<UInt64>
    private var generation: UInt32 = 0
    /// The block-max walk's working memory (`Searcher.blockMaxTop`), grown on first use: the
    /// query words' document sets (one bitmap each), per chunk of documents the most each word
    /// can give, and one chunk's documents being scored.
    private(set) var wordSets = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private(set) var chunkBounds = UnsafeMutableBufferPointer<Float>(start: nil, count: 0)
    private(set) var chunkOrder = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    /// Per word of the tiered walk whose terms are decoded (not bitmaps), per document, which of
    /// its decoded terms gives it most and that term's payload (`Searcher.blockMaxTop`), so
    /// scoring a document looks it up instead of probing each term; `documentCount` entries a
    /// word, grown on first use.
    private(set) var decodedBest = UnsafeMutableBufferPointer<UInt16>(start: nil, count: 0)
    let chunk = ChunkScores(capacity: Searcher.chunkDocuments)

    init(documentCount: Int) {
        func buffer<T>(_ value: T, count: Int = documentCount) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))
            buffer.initialize(repeating: value)
            return buffer
        }
        totals = buffer(Total.empty)
        best = buffer(Best(stamp: 0, value: 0, short: false, firm: false))
        clauseBest = buffer(0)
        clauseStamp = buffer(0)
        alternativeSum = buffer(0)
        alternativeCount = buffer(0)
        alternativeStamp = buffer(0)
        touched = TouchedList(capacity: documentCount)
        touchedGroup = TouchedList(capacity: documentCount)
        touchedClause = TouchedList(capacity: documentCount)
        touchedAlternative = TouchedList(capacity: documentCount)
        candidates = TouchedList(capacity: documentCount)
        seen = buffer(UInt64(0), count: (documentCount + 63) / 64)
        candidateBits = buffer(UInt64(0), count: (documentCount + 63) / 64)
        wordBits = buffer(UInt64(0), count: (documentCount + 63) / 64)
    }

    deinit {
        totals.deallocate()
        best.deallocate()
        clauseBest.deallocate()
        clauseStamp.deallocate()
        alternativeSum.deallocate()
        alternativeCount.deallocate()
        alternativeStamp.deallocate()
        seen.deallocate()
        candidateBits.deallocate()
        wordBits.deallocate()
        wordSets.deallocate()
        chunkBounds.deallocate()
        chunkOrder.deallocate()
        decodedBest.deallocate()
    }

    /// Room for `words` bitmaps of `bitmapWords` words, `bounds` floats and `chunks` chunk
    /// numbers, and `decoded` entries of `decodedBest` in the block-max walk's buffers (contents
    /// undefined).
    func reserveBlockWalk(words: Int, bounds: Int, chunks: Int, decoded: Int) {
        Self.reserve(&decodedBest, decoded)
        Self.reserve(&wordSets, words)
        Self.reserve(&chunkBounds, bounds)
        Self.reserve(&chunkOrder, chunks)
    }

    /// Replaces `buffer` by one of `count` elements (contents undefined) when it is smaller.
    private static func reserve<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, _ count: Int) {
        guard buffer.count < count else { return }
        buffer.deallocate()
        buffer = .allocate(capacity: count)
    }

    /// A fresh stamp; on wrap-around every stamp array is cleared.
    func nextGeneration() -> UInt32 {
        if generation == UInt32.max {
            generation = 0
            for index in totals.indices {
                totals[index].stamp = 0
                best[index].stamp = 0
            }
            for stamps in [clauseStamp, alternativeStamp] {
                stamps.update(repeating: 0)
            }
        }
        generation += 1
        return generation
    }
}

/// The documents of one chunk that the block-max walk scores, and what each word gives them.
///
/// Exists so scoring a chunk touches a few small arrays (at most `Searcher.chunkDocuments`
/// entries) instead of the per-document arrays of the whole corpus.
final class ChunkScores {
    let capacity: Int
    var count = 0
    let documents: UnsafeMutablePointer<UInt32>
    /// Which words each document matches (from the words' document sets).
    let masks: UnsafeMutablePointer<UInt16>
    /// What is summed so far, word by word in the plan's order.
    let sums: UnsafeMutablePointer<Float>
    let firm: UnsafeMutablePointer<UInt16>
    let short: UnsafeMutablePointer<UInt16>
    /// The current word's best value per document, whether it was found, in a short field, firm.
    let value: UnsafeMutablePointer<Float>
    let found: UnsafeMutablePointer<Bool>
    let valueShort: UnsafeMutablePointer<Bool>
    let valueFirm: UnsafeMutablePointer<Bool>
    /// Which of the word's probes gave the kept value (the first of equal values is kept).
    let valuePosition: UnsafeMutablePointer<Int>
    /// For a several-clause alternative: the current clause's best, whether found, and the sum
    /// and number of its clauses matched so far.
    let clauseBest: UnsafeMutablePointer<Float>
    let clauseFound: UnsafeMutablePointer<Bool>
    let alternativeSum: UnsafeMutablePointer<Float>
    let alternativeCount: UnsafeMutablePointer<Int>

    /// Keeps `value`, given by the word's probe at `position`, as the current word's for
    /// document `j` when it is the first or beats the one kept, or equals it from an earlier
    /// probe: the value of the first probe giving the most, whatever order they are offered
    /// in (as `Searcher.offer` keeps it, offered in the plan's order).
    @inline(__always)
    func keep(_ j: Int, _ value: Float, short: Bool, firm: Bool, position: Int) {
        guard
            !found[j] || value > self.value[j] || (value == self.value[j] && position < valuePosition[j])
        else { return }
        found[j] = true
        self.value[j] = value
        valueShort[j] = short
        valueFirm[j] = firm
        valuePosition[j] = position
    }

    init(capacity: Int) {
        self.capacity = capacity
        documents = .allocate(capacity: capacity)
        masks = .allocate(capacity: capacity)
        sums = .allocate(capacity: capacity)
        firm = .allocate(capacity: capacity)
        short = .allocate(capacity: capacity)
        value = .allocate(capacity: capacity)
        found = .allocate(capacity: capacity)
        valueShort = .allocate(capacity: capacity)
        valueFirm = .allocate(capacity: capacity)
        valuePosition = .allocate(capacity: capacity)
        clauseBest = .allocate(capacity: capacity)
        clauseFound = .allocate(capacity: capacity)
        alternativeSum = .allocate(capacity: capacity)
        alternativeCount = .allocate(capacity: capacity)
    }

    deinit {
        documents.deallocate()
        masks.deallocate()
        sums.deallocate()
        firm.deallocate()
        short.deallocate()
        value.deallocate()
        found.deallocate()
        valueShort.deallocate()
        valueFirm.deallocate()
        valuePosition.deallocate()
        clauseBest.deallocate()
        clauseFound.deallocate()
        alternativeSum.deallocate()
        alternativeCount.deallocate()
    }
}

/// A list of document ids with a fixed capacity (each document is added at most once per round).
final class TouchedList {
    let items: UnsafeMutablePointer<UInt32>
    private(set) var count = 0

    init(capacity: Int) {
        items = UnsafeMutablePointer<UInt32>.allocate(capacity: max(capacity, 1))
    }

    deinit { items.deallocate() }

    @inline(__always) func append(_ document: UInt32) {
        items[count] = document
        count += 1
    }

    @inline(__always) func removeAll() { count = 0 }

    var buffer: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: items, count: count) }

    /// Sorts the list ascending, in place, through `bitmap` (one bit per document, cleared
    /// first, left holding the list's bits): linear in the documents' range, where sorting a
    /// long list would cost n log n.
    func sortByBitmap(_ bitmap: UnsafeMutableBufferPointer<UInt64>) {
        bitmap.update(repeating: 0)
        for i in 0..<count { bitmap[Int(items[i]) >> 6] |= 1 << UInt64(items[i] & 63) }
        var written = 0
        for word in bitmap.indices where bitmap[word] != 0 {
            var bits = bitmap[word]
            while bits != 0 {
                items[written] = UInt32(word << 6 | bits.trailingZeroBitCount)
                written += 1
                bits &= bits - 1
            }
        }
    }

    /// Keeps the documents for which `keep` is true, in order.
    func keep(where keep: (UInt32) -> Bool) {
        var kept = 0
        for i in 0..<count where keep(items[i]) {
            items[kept] = items[i]
            kept += 1
        }
        count = kept
    }
}

/// A small pool of `Scratch` values shared by the threads that search one index.
final class ScratchPool: Sendable {
    private let free: Mutex<[Scratch]> = Mutex([])
    let documentCount: Int

    init(documentCount: Int) {
        self.documentCount = documentCount
    }

    func withScratch<T>(_ body: (Scratch) -> T) -> T {
        let scratch = free.withLock { $0.popLast() } ?? Scratch(documentCount: documentCount)
        defer { free.withLock { if $0.count < 64 { $0.append(scratch) } } }
        return body(scratch)
    }
}

/// A scratch is used by one query at a time; the pool hands it from thread to thread.
extension Scratch: @unchecked Sendable {}
