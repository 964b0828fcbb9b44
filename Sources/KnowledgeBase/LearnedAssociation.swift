/// A query for which the desk keeps opening an article that the search ranks low.
public struct LearnedAssociation: Sendable, Equatable {
    /// Stable for the same analysed query and article: `l` and eight hex digits.
    public var id: String
    /// The analysed query (`QueryKey.key`).
    public var key: String
    /// The query as it was most often typed.
    public var example: String
    public var article: String
    /// The article's owner, who may remove the association.
    public var owner: String
    /// Opens of the article for the query.
    public var opens: Int
    /// Times it was marked helpful when opened for the query.
    public var helpful: Int
    /// Distinct days with an open at rank `minRank` or lower down.
    public var days: Int
    /// The article's share of all opens for the query.
    public var share: Double
    /// The last day the article was opened for the query.
    public var lastSeen: CivilDate
    /// The evidence, each open weighing half as much every `halfLifeDays`.
    public var weight: Double
    /// What the article's score is multiplied by: 1 + `maxBoost` × weight / (weight + `saturation`).
    public var factor: Double

    public init(
        id: String, key: String, example: String, article: String, owner: String, opens: Int, helpful: Int,
        days: Int, share: Double, lastSeen: CivilDate, weight: Double, factor: Double
    ) {
        self.id = id
        self.key = key
        self.example = example
        self.article = article
        self.owner = owner
        self.opens = opens
        self.helpful = helpful
        self.days = days
        self.share = share
        self.lastSeen = lastSeen
        self.weight = weight
        self.factor = factor
    }
}

extension KnowledgeIndex {
    /// This index with `associations` raising their articles for their queries.
    public func learning(_ associations: [LearnedAssociation]) -> KnowledgeIndex {
        var index = self
        let documents = records.documents(of: Set(associations.map(\.article)))
        var learned: [String: [LearnedBoost]] = [:]
        for association in associations {
            guard let document = documents[association.article] else { continue }
            let factor = (association.factor * 100).rounded() / 100
            learned[association.key, default: []].append(
                LearnedBoost(
                    document: document, factor: Float(factor),
                    note:
                        "Upplyft ×\(factor) av inlärd koppling '\(association.id)' (\(association.opens) öppningar, "
                        + "\(association.days) dagar längre ned i listan, senast \(association.lastSeen))"))
        }
        index.adjustments.learned = learned
        return index
    }
}
