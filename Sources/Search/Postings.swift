import Dispatch

/// The postings of every term, compressed, in a few contiguous arrays.
///
/// Exists so a query walks plain bytes: for term `t`, its documents are ascending and stored as
/// varint deltas in `documentBytes[byteStart[t]..<byteStart[t + 1]]`, and entry `i` of
/// `payload[start[t]..<start[t + 1]]` holds that document's saturated BM25F term frequency in
/// its low 7 bits and, in the high bit, whether the term occurs in a short field (title,
/// questions, keywords). Every `skipInterval` entries a skip point records the document and byte
/// offset, so one document's entry is found without decoding the whole list. About 2.5 bytes a
/// posting instead of 7. For pruning (`Searcher` skips documents that cannot reach the top k),
/// each term keeps its highest level, and each block of `skipInterval` entries its own. The
/// commonest terms also keep a bitmap of their documents (`bitmap(of:)`), so the exact hit count
/// of a query whose words cover much of the corpus is an OR and a popcount, not a decode. After
/// the dictionary's terms come the unions of common prefixes' completions (`PrefixUnions`), each
/// with a bitmap.
public struct Postings: Sendable {
    static let skipInterval = 64
    static let shortBit: UInt8 = 0x80
    static let levels: Float = 127

    let start: [UInt32]
    let payload: [UInt8]
    let byteStart: [UInt32]
    let documentBytes: [UInt8]
    let skipStart: [UInt32]
    let skipDocuments: [UInt32]
    let skipOffsets: [UInt32]
    /// Per term, the highest saturation level (payload without the short bit) of its postings.
    let maxLevel: [UInt8]
    /// Per block of `skipInterval` entries (the last block may be shorter), its highest level;
    /// term `t`'s blocks start at `skipStart[t] + t`.
    let blockMax: [UInt8]
    /// What one unit of saturation is worth.
    let scale: Float
    /// Per term, the number of its bitmap in `bitmaps`, or -1 when it has none.
    let bitmapNumber: [Int32]
    /// The bitmaps, `bitmapWords` words each (bit `d % 64` of word `d / 64` for document `d`).
    let bitmaps: [UInt64]
    let bitmapWords: Int
    /// Per bitmap (same numbers) and tier (`tierShares`), the level from which a posting is one
    /// of the term's highest (that share of its postings at most), at `slot * tiers + tier`, and
    /// the bitmap of those documents: a document outside a tier's bitmap gets at most the level
    /// below from the term, so the tiered walk can bound a document by tiers instead of the
    /// term's highest level alone.
    let tierLevel: [UInt8]
    let tierBitmaps: [UInt64]

    /// A term gets a bitmap from this share of the documents (1/16: its bitmap is at most twice
    /// the bytes of its document ids)…
    static let bitmapShare = 16
    /// …the commonest first, up to this many bytes of bitmaps in all (at 1M documents, 123 KB
    /// a bitmap: about 270 terms).
    static let bitmapBudget = 32 << 20
    /// The tiers of a bitmap term's highest postings: at most 1/4 of them, and at most 1/16.
    static let tierShares = [4, 16]
    static var tiers: Int { tierShares.count }

    init(
        start: [UInt32], payload: [UInt8], byteStart: [UInt32], documentBytes: [UInt8], skipStart: [UInt32],
        skipDocuments: [UInt32], skipOffsets: [UInt32], maxLevel: [UInt8], blockMax: [UInt8], scale: Float,
        documentCount: Int, unionTerms: Int = 0, sideBySide: Bool = true
    ) {
        self.start = start
        self.payload = payload
        self.byteStart = byteStart
        self.documentBytes = documentBytes
        self.skipStart = skipStart
        self.skipDocuments = skipDocuments
        self.skipOffsets = skipOffsets
        self.maxLevel = maxLevel
        self.blockMax = blockMax
        self.scale = scale
        let terms = start.count - 1
        let words = (documentCount + 63) / 64
        // The last `unionTerms` terms (`PrefixUnions`) always get one, outside the budget.
        let unions = (terms - unionTerms)..<terms
        var chosen = (0..<unions.lowerBound).filter {
            Int(start[$0 + 1] - start[$0]) >= max(documentCount / Postings.bitmapShare, 1)
        }
        chosen.sort {
            let a = start[$0 + 1] - start[$0]
            let b = start[$1 + 1] - start[$1]
            return a != b ? a > b : $0 < $1
        }
        if words > 0 { chosen = Array(chosen.prefix(Postings.bitmapBudget / (words * 8))) }
        chosen += unions
        var number = [Int32](repeating: -1, count: terms)
        var bitmaps = [UInt64](repeating: 0, count: chosen.count * words)
        let tiers = Postings.tiers
        var tierBitmaps = [UInt64](repeating: 0, count: chosen.count * tiers * words)
        var tierLevel = [UInt8](repeating: 0, count: chosen.count * tiers)
        for (slot, term) in chosen.enumerated() { number[term] = Int32(slot) }
        let slots = chosen
        // Each bitmap is filled from its term's postings alone, into words no other one touches:
        // side by side on every core, the same bits as one after another.
        documentBytes.withUnsafeBufferPointer { bytes in
            payload.withUnsafeBufferPointer { payload in
                bitmaps.withUnsafeMutableBufferPointer { bitmaps in
                    tierBitmaps.withUnsafeMutableBufferPointer { tierBitmaps in
                        tierLevel.withUnsafeMutableBufferPointer { tierLevel in
                            let shared = BitmapFill(
                                bytes: bytes, payload: payload, bitmaps: bitmaps, tierBitmaps: tierBitmaps,
                                tierLevel: tierLevel)
                            let fill: @Sendable (Int) -> Void = { slot in
                                shared.fill(
                                    slot: slot, term: slots[slot], start: start, byteStart: byteStart,
                                    words: words)
                            }
                            if sideBySide {
                                DispatchQueue.concurrentPerform(iterations: slots.count, execute: fill)
                            } else {
                                for slot in slots.indices { fill(slot) }
                            }
                        }
                    }
                }
            }
        }
        bitmapNumber = number
        self.bitmaps = bitmaps
        self.tierBitmaps = tierBitmaps
        self.tierLevel = tierLevel
        bitmapWords = words
    }

    /// What filling one term's bitmap and tier bitmaps reads and writes; each slot writes only
    /// its own words and levels, so slots are filled on several threads at once.
    private struct BitmapFill: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let payload: UnsafeBufferPointer<UInt8>
        let bitmaps: UnsafeMutableBufferPointer<UInt64>
        let tierBitmaps: UnsafeMutableBufferPointer<UInt64>
        let tierLevel: UnsafeMutableBufferPointer<UInt8>

        func fill(slot: Int, term: Int, start: [UInt32], byteStart: [UInt32], words: Int) {
            let tiers = Postings.tiers
            let first = Int(start[term])
            let count = Int(start[term + 1]) - first
            // The lowest level whose postings and those above are at most the share.
            var perLevel = [Int](repeating: 0, count: 128)
            for entry in first..<first + count { perLevel[Int(payload[entry] & 0x7F)] += 1 }
            var levels = [Int](repeating: 128, count: tiers)
            for (tier, share) in Postings.tierShares.enumerated() {
                var high = 128
                var above = 0
                while high > 1, above + perLevel[high - 1] <= count / share {
                    above += perLevel[high - 1]
                    high -= 1
                }
                levels[tier] = high
                tierLevel[slot * tiers + tier] = UInt8(high)
            }
            let base = slot * words
            var offset = Int(byteStart[term])
            var document = -1
            for entry in first..<first + count {
                document += Postings.varint(bytes, &offset)
                let bit = UInt64(1) << UInt64(document & 63)
                bitmaps[base + (document >> 6)] |= bit
                let level = Int(payload[entry] & 0x7F)
                for tier in 0..<tiers where level >= levels[tier] {
                    tierBitmaps[(slot * tiers + tier) * words + (document >> 6)] |= bit
                }
            }
        }
    }

    /// The number of `term`'s bitmap (in `tierLevel`), or nil when it has none.
    @inline(__always)
    func bitmapSlot(of term: Int) -> Int? {
        let number = bitmapNumber[term]
        return number < 0 ? nil : Int(number)
    }

    /// The first word of `term`'s bitmap in `bitmaps`, or nil when it has none.
    @inline(__always)
    func bitmap(of term: Int) -> Int? {
        let number = bitmapNumber[term]
        return number < 0 ? nil : Int(number) * bitmapWords
    }

    public func documentFrequency(_ term: Int) -> Int {
        Int(start[term + 1] - start[term])
    }

    /// Calls `body(document, payload)` for each posting of `term`, in document order.
    @inline(__always)
    func forEach(_ term: Int, _ body: (Int, UInt8) -> Void) {
        let first = Int(start[term])
        let count = Int(start[term + 1]) - first
        guard count > 0 else { return }
        documentBytes.withUnsafeBufferPointer { bytes in
            payload.withUnsafeBufferPointer { payload in
                var offset = Int(byteStart[term])
                var document = -1
                for index in 0..<count {
                    document += Postings.varint(bytes, &offset)
                    body(document, payload[first + index])
                }
            }
        }
    }

    /// The payload of `document` in `term`'s postings, or nil when absent.
    func payload(term: Int, document: UInt32) -> UInt8? {
        let count = documentFrequency(term)
        guard count > 0 else { return nil }
        // The last skip point at or before the document.
        var low = Int(skipStart[term])
        var high = Int(skipStart[term + 1])
        var entry = 0
        var offset = Int(byteStart[term])
        var current = -1
        if low < high, skipDocuments[low] <= document {
            while high - low > 1 {
                let mid = (low + high) / 2
                if skipDocuments[mid] <= document { low = mid } else { high = mid }
            }
            entry = (low - Int(skipStart[term]) + 1) * Postings.skipInterval - 1
            offset = Int(skipOffsets[low])
            current = Int(skipDocuments[low])
            if current == Int(document) { return payload[Int(start[term]) + entry] }
            entry += 1
        }
        while entry < count {
            current += documentBytes.withUnsafeBufferPointer { Postings.varint($0, &offset) }
            if current == Int(document) { return payload[Int(start[term]) + entry] }
            if current > Int(document) { return nil }
            entry += 1
        }
        return nil
    }

    /// Reads a varint at `offset`, moving past it.
    @inline(__always)
    static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// The saturated frequency a payload stands for.
    @inline(__always)
    func saturation(_ payload: UInt8) -> Float {
        Float(payload & 0x7F) * scale
    }

    var byteCount: Int {
        start.count * 4 + payload.count + byteStart.count * 4 + documentBytes.count + skipStart.count * 4
            + skipDocuments.count * 8 + maxLevel.count + blockMax.count + bitmapNumber.count * 4
            + bitmapBytes
    }

    /// The bytes the bitmaps of the commonest terms take.
    var bitmapBytes: Int { bitmaps.count * 8 + tierBitmaps.count * 8 + tierLevel.count }

    /// The highest level of the block holding entry `entry` of `term`.
    @inline(__always)
    func blockMaxLevel(term: Int, entry: Int) -> UInt8 {
        blockMax[Int(skipStart[term]) + term + entry / Postings.skipInterval]
    }
}

/// Appends postings term by term; used once by `IndexBuilder`.
struct PostingsWriter {
    private(set) var start: [UInt32] = [0]
    private(set) var payload: [UInt8] = []
    private(set) var byteStart: [UInt32] = [0]
    private(set) var documentBytes: [UInt8] = []
    private(set) var skipStart: [UInt32] = [0]
    private(set) var skipDocuments: [UInt32] = []
    private(set) var skipOffsets: [UInt32] = []
    private(set) var maxLevel: [UInt8] = []
    private(set) var blockMax: [UInt8] = []
    private var last = -1
    private var inTerm = 0
    private var termMax: UInt8 = 0
    private var currentBlockMax: UInt8 = 0

    init(estimatedPostings: Int) {
        payload.reserveCapacity(estimatedPostings)
        documentBytes.reserveCapacity(estimatedPostings * 2)
    }

    mutating func add(document: UInt32, payload value: UInt8) {
        var delta = Int(document) - last
        last = Int(document)
        while delta >= 0x80 {
            documentBytes.append(UInt8(delta & 0x7F) | 0x80)
            delta >>= 7
        }
        documentBytes.append(UInt8(delta))
        payload.append(value)
        let level = value & ~Postings.shortBit
        termMax = max(termMax, level)
        currentBlockMax = max(currentBlockMax, level)
        inTerm += 1
        if inTerm % Postings.skipInterval == 0 {
            skipDocuments.append(document)
            skipOffsets.append(UInt32(documentBytes.count))
            blockMax.append(currentBlockMax)
            currentBlockMax = 0
        }
    }

    mutating func endTerm() {
        // The last, shorter block (or an empty one), so every term has skip points + 1 blocks.
        blockMax.append(currentBlockMax)
        currentBlockMax = 0
        maxLevel.append(termMax)
        termMax = 0
        start.append(UInt32(payload.count))
        byteStart.append(UInt32(documentBytes.count))
        skipStart.append(UInt32(skipDocuments.count))
        last = -1
        inTerm = 0
    }

    /// Appends the terms `other` wrote after those written here: the same as writing them here.
    mutating func append(_ other: PostingsWriter) {
        let payloadBase = UInt32(payload.count)
        let byteBase = UInt32(documentBytes.count)
        let skipBase = UInt32(skipDocuments.count)
        start.append(contentsOf: other.start.dropFirst().lazy.map { $0 + payloadBase })
        byteStart.append(contentsOf: other.byteStart.dropFirst().lazy.map { $0 + byteBase })
        // The two large arrays are copied on two threads at once (the copy first touches their
        // pages, the larger share of its time); each thread appends to its own array.
        withUnsafeMutablePointer(to: &payload) { payload in
            withUnsafeMutablePointer(to: &documentBytes) { documentBytes in
                let targets = AppendTargets(payload: payload, documentBytes: documentBytes)
                DispatchQueue.concurrentPerform(iterations: 2) { array in
                    if array == 0 {
                        targets.payload.pointee.append(contentsOf: other.payload)
                    } else {
                        targets.documentBytes.pointee.append(contentsOf: other.documentBytes)
                    }
                }
            }
        }
        skipStart.append(contentsOf: other.skipStart.dropFirst().lazy.map { $0 + skipBase })
        skipDocuments.append(contentsOf: other.skipDocuments)
        skipOffsets.append(contentsOf: other.skipOffsets.lazy.map { $0 + byteBase })
        maxLevel.append(contentsOf: other.maxLevel)
        blockMax.append(contentsOf: other.blockMax)
    }

    /// The arrays `append` fills side by side, one per thread.
    private struct AppendTargets: @unchecked Sendable {
        let payload: UnsafeMutablePointer<[UInt8]>
        let documentBytes: UnsafeMutablePointer<[UInt8]>
    }

    /// The postings written; the last `unionTerms` terms are `PrefixUnions`' (each gets a bitmap).
    /// `sideBySide`: the bitmaps filled on every core (false: one after another; same bits).
    func finish(scale: Float, documentCount: Int, unionTerms: Int = 0, sideBySide: Bool = true) -> Postings {
        Postings(
            start: start, payload: payload, byteStart: byteStart, documentBytes: documentBytes,
            skipStart: skipStart, skipDocuments: skipDocuments, skipOffsets: skipOffsets, maxLevel: maxLevel,
            blockMax: blockMax, scale: scale, documentCount: documentCount, unionTerms: unionTerms,
            sideBySide: sideBySide)
    }
}
