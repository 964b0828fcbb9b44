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
    /// Called once per index, in order, `hintBatches` batches before the item is made, on a
    /// thread of its own: a cheap announcement of what comes (`ReadHint` for a file), so that
    /// slow input is fetched while earlier items are made.
    let hint: (@Sendable (Int) -> Void)?
    /// How many batches ahead of the one being made `hint` runs.
    static var hintBatches: Int { 8 }

    init(
        count: Int, batchSize: Int = 256, hint: (@Sendable (Int) -> Void)? = nil,
        make: @escaping @Sendable (Int) -> Item
    ) {
        self.count = count
        self.batchSize = max(1, batchSize)
        self.hint = hint
        self.make = make
    }

    /// Calls `consume` with every item, index 0 first, on the caller's thread.
    func forEach<E: Error>(_ consume: (Int, Item) throws(E) -> Void) throws(E) {
        guard count > 0 else { return }
        let hints = hint.map { Hints(count: count, hint: $0) }
        // The first batches are announced together; then, as each batch starts, the one
        // `hintBatches` after it.
        hints?.announce(0..<batchSize * (Self.hintBatches + 1))
        var next: Batch? = start(0)
        var first = 0
        while let batch = next {
            let items = batch.wait()
            let following = first + items.count
            next = following < count ? start(following) : nil
            if next != nil {
                let ahead = following + batchSize * Self.hintBatches
                hints?.announce(ahead..<ahead + batchSize)
            }
            for (offset, item) in items.enumerated() { try consume(first + offset, item) }
            first = following
            // The batch's items (whole articles, their analysed fields) are freed on another
            // thread: the caller's thread is the one that cannot be shared between cores.
            Self.release(items)
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

        /// The items, taken out: the batch keeps no reference to them.
        func wait() -> [Item] {
            done.wait()
            return result.withLock { $0.take() ?? [] }
        }
    }

    /// Drops `items` on a worker thread.
    private static func release(_ items: consuming [Item]) {
        let items = items
        DispatchQueue.global().async { withExtendedLifetime(items) {} }
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

/// Runs `ReadAhead`'s hints in order on one serial queue of their own, so that a hint that
/// blocks (opening a file whose directory entry is not cached yet) holds up neither the workers
/// nor the caller.
private struct Hints: Sendable {
    let count: Int
    let hint: @Sendable (Int) -> Void
    let queue = DispatchQueue(label: "ReadAhead.hints")

    /// Announces the indices of `range` that exist.
    func announce(_ range: Range<Int>) {
        let range = range.clamped(to: 0..<count)
        guard !range.isEmpty else { return }
        let hint = self.hint
        queue.async { for index in range { hint(index) } }
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
