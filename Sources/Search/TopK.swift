/// Keeps the best `capacity` hits seen, in a binary min-heap.
///
/// Exists so ranking costs O(n log k), and so ties are broken by document id (lower first):
/// the same query on the same snapshot always gives the same order.
struct TopK {
    let capacity: Int
    private var heap: [SearchHit] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    /// The lowest score kept once full: a hit must beat it to enter.
    var floor: Float? { heap.count == capacity && capacity > 0 ? heap[0].score : nil }

    /// `a` ranks below `b`.
    @inline(__always)
    private static func worse(_ a: SearchHit, _ b: SearchHit) -> Bool {
        a.score != b.score ? a.score < b.score : a.document > b.document
    }

    mutating func offer(_ hit: SearchHit) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(hit)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard TopK.worse(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if TopK.worse(heap[0], hit) {
            heap[0] = hit
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count, TopK.worse(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count, TopK.worse(heap[right], heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// Best first.
    func sorted() -> [SearchHit] {
        heap.sorted { TopK.worse($1, $0) }
    }
}
