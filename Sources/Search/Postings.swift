/// The postings of every term, in three contiguous arrays indexed by one range per term.
///
/// Exists so a query walks plain arrays: for term `t`, entries `start[t]..<start[t + 1]` give the
/// documents (ascending), each one's saturated BM25F term frequency (quantised to 16 bits) and
/// the fields it occurs in (a bit per field).
public struct Postings: Sendable {
    let start: [UInt32]
    let documents: [UInt32]
    let saturation: [UInt16]
    let fields: [UInt8]
    /// What one unit of `saturation` is worth.
    let scale: Float

    public func documentFrequency(_ term: Int) -> Int {
        Int(start[term + 1] - start[term])
    }

    func range(_ term: Int) -> Range<Int> {
        Int(start[term])..<Int(start[term + 1])
    }

    /// The entry of `document` in `term`'s postings, by binary search.
    func entry(term: Int, document: UInt32) -> Int? {
        var low = Int(start[term])
        var high = Int(start[term + 1])
        while low < high {
            let mid = (low + high) / 2
            if documents[mid] < document { low = mid + 1 } else { high = mid }
        }
        return low < Int(start[term + 1]) && documents[low] == document ? low : nil
    }
}
