/// What search hits show about each indexed article, stored compactly beside the index.
///
/// Exists because a hit needs the article's id, title, summary, easy-read text and referrals,
/// but holding those as a `String` each for 100,000 articles costs more than the index. All text
/// lives in one UTF-8 arena; categories, owners and units are small integers into tables of
/// distinct values. A record is turned into Swift values only when a hit is shown.
struct RecordStore: Sendable {
    private var arena: [UInt8] = []
    /// Per document: start of id, title, summary and easy-read text in `arena`, then the end of
    /// the easy-read text (an empty easy-read range: the article has none).
    private var textStart: [UInt32] = []
    private var category: [UInt16] = []
    private var owner: [UInt16] = []
    private var referralStart: [UInt32] = [0]
    private var referralUnit: [UInt16] = []
    /// Per referral: start and end of its note in `arena`.
    private var noteRange: [UInt32] = []
    private var names: [String] = []
    private var nameIndex: [String: UInt16] = [:]

    var count: Int { category.count }

    private mutating func intern(_ name: String) -> UInt16 {
        if let index = nameIndex[name] { return index }
        let index = UInt16(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    /// Reserves room for `articles` more records. An array that outgrows its room is copied
    /// whole into one twice its size, both held at once: at 1M articles the text arena's copy
    /// from 256 to 512 MiB came at the very end of the scan, at the load's peak. Room reserved
    /// and not written is address space only (pages are only made resident when written), so
    /// the text arena is reserved generously: 1 KiB an article (generated 1M articles hold
    /// about 300 bytes each).
    mutating func reserve(articles: Int) {
        arena.reserveCapacity(arena.count + articles * 1024)
        textStart.reserveCapacity(textStart.count + articles * 5)
        category.reserveCapacity(category.count + articles)
        owner.reserveCapacity(owner.count + articles)
        referralStart.reserveCapacity(referralStart.count + articles)
    }

    private mutating func store(_ text: String) -> UInt32 {
        arena.append(contentsOf: text.utf8)
        return UInt32(arena.count)
    }

    mutating func append(_ article: Article) {
        append(
            id: article.id, title: article.title, summary: article.summary,
            easyRead: (article.easyRead ?? []).flatMap(\.lines).joined(separator: "\n"),
            category: article.category, owner: article.owner, referrals: article.referrals)
    }

    /// Appends a record another store holds (an index derived from a previous one).
    mutating func append(_ record: ArticleRecord) {
        append(
            id: record.id, title: record.title, summary: record.summary, easyRead: record.easyRead ?? "",
            category: record.category, owner: record.owner, referrals: record.referrals)
    }

    private mutating func append(
        id: String, title: String, summary: String, easyRead: String, category: String, owner: String,
        referrals: [Referral]
    ) {
        textStart.append(UInt32(arena.count))
        _ = store(id)
        textStart.append(UInt32(arena.count))
        _ = store(title)
        textStart.append(UInt32(arena.count))
        textStart.append(store(summary))
        textStart.append(store(easyRead))
        self.category.append(intern(category))
        self.owner.append(intern(owner))
        for referral in referrals {
            referralUnit.append(intern(referral.unit))
            noteRange.append(UInt32(arena.count))
            noteRange.append(store(referral.note))
        }
        referralStart.append(UInt32(referralUnit.count))
    }

    private func text(_ from: UInt32, _ to: UInt32) -> String {
        String(decoding: arena[Int(from)..<Int(to)], as: UTF8.self)
    }

    subscript(document: Int) -> ArticleRecord {
        let base = document * 5
        let referrals = (Int(referralStart[document])..<Int(referralStart[document + 1])).map { index in
            Referral(
                unit: names[Int(referralUnit[index])],
                note: text(noteRange[2 * index], noteRange[2 * index + 1]))
        }
        return ArticleRecord(
            id: text(textStart[base], textStart[base + 1]),
            title: text(textStart[base + 1], textStart[base + 2]),
            summary: text(textStart[base + 2], textStart[base + 3]),
            easyRead: textStart[base + 3] == textStart[base + 4]
                ? nil : text(textStart[base + 3], textStart[base + 4]),
            category: names[Int(category[document])],
            owner: names[Int(owner[document])],
            referrals: referrals)
    }

    /// The document number of each of `ids` that is stored here.
    func documents(of ids: Set<String>) -> [String: UInt32] {
        guard !ids.isEmpty else { return [:] }
        var found: [String: UInt32] = [:]
        for document in 0..<count {
            let id = text(textStart[document * 5], textStart[document * 5 + 1])
            if ids.contains(id) { found[id] = UInt32(document) }
        }
        return found
    }

    /// The id of document `document`.
    func id(_ document: Int) -> String {
        text(textStart[document * 5], textStart[document * 5 + 1])
    }

    /// The titles, for suggestions.
    func title(_ document: Int) -> String {
        text(textStart[document * 5 + 1], textStart[document * 5 + 2])
    }

}
