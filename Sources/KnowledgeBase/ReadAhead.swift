import Dispatch
import Synchronization

/// Computes the items of a long sequence in batches on every core, one batch ahead of the caller,
/// and hands them over in order.
///
/// Exists because reading a large folder is work per file that depends on nothing else (parse,
/// validate, map, analyse): the cores can do it side by side while the caller does the part that
/// must be sequential (ids, references, the index's term table) on the batch before, and the
/// caller still sees the files in the same order as a plain loop would.
struct ReadAhead<Item: Sendable> {
    let count: Int
    let batchSize: Int
    let make: @Sendable (Int) -> Item

    init(count: Int, batchSize: Int = 256, make: @escaping @Sendable (Int) -> Item) {
        self.count = count
        self.batchSize = max(1, batchSize)
        self.make = make
    }

    /// Calls `consume` with every item, index 0 first, on the caller's thread.
    func forEach<E: Error>(_ consume: (Int, Item) throws(E) -> Void) throws(E) {
        guard count > 0 else { return }
        var next: Batch? = start(0)
        var first = 0
        while let batch = next {
            let items = batch.wait()
            let following = first + items.count
            next = following < count ? start(following) : nil
            for (offset, item) in items.enumerated() { try consume(first + offset, item) }
            first = following
        }
    }

    /// A batch being computed on other threads.
    private final class Batch: Sendable {
        private let result = Mutex<[Item]?>(nil)
        private let done = DispatchSemaphore(value: 0)

        func fulfil(_ items: [Item]) {
            result.withLock { $0 = items }
            done.signal()
        }

        func wait() -> [Item] {
            done.wait()
            return result.withLock { $0 ?? [] }
        }
    }

    private func start(_ first: Int) -> Batch {
        let batch = Batch()
        let range = first..<min(count, first + batchSize)
        let make = self.make
        DispatchQueue.global().async {
            let slots = Slots<Item>(range.count)
            DispatchQueue.concurrentPerform(iterations: range.count) { offset in
                slots.set(offset, make(range.lowerBound + offset))
            }
            batch.fulfil(slots.take())
        }
        return batch
    }
}

/// Result slots that parallel workers fill, each index by exactly one worker.
private final class Slots<Item>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Item?>

    init(_ count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    /// Called once per index, from any thread; no two calls share an index.
    func set(_ index: Int, _ item: Item) { storage[index] = item }

    /// The items, once every worker has finished.
    func take() -> [Item] { storage.map { $0! } }
}
