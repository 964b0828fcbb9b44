/// What lets the layer above move hits after the engine ranked them (best bets, learned
/// associations): making a hit for a document of its choosing, and asking whether a document
/// passes a search's filter tags.
extension SearchHit {
    public init(placing document: UInt32, score: Float) {
        self.document = document
        self.score = score
    }
}

extension InvertedIndex {
    /// Whether `document` carries every one of `tags` (false when a tag is unknown).
    public func document(_ document: UInt32, hasTags tags: [String]) -> Bool {
        var ids: [UInt32] = []
        for tag in tags {
            guard let id = tagID(tag) else { return false }
            ids.append(id)
        }
        return self.document(document, hasAll: ids)
    }
}
