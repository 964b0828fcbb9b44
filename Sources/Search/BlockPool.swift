/// Growable byte lists for many terms at once, in fixed 64-byte blocks carved from 1 MiB chunks.
///
/// Exists so index building holds each term's occurrences without an array per term: arrays
/// grow by doubling and waste up to half their capacity, and copying them at each doubling
/// needs twice the memory for a moment. Here a list wastes at most one partly filled block, and
/// nothing is ever copied. Each block holds 60 bytes and the index of the next block.
final class BlockPool {
    static let blockSize = 64
    static let payloadSize = 60
    static let blocksPerChunk = 16_384

    private var chunks: [UnsafeMutablePointer<UInt8>] = []
    private var blockCount = 0

    /// One list: its first and last block and how much of the last block is used.
    struct List {
        var head: UInt32 = .max
        var tail: UInt32 = .max
        var used: UInt8 = 0
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    var byteCount: Int { chunks.count * BlockPool.blockSize * BlockPool.blocksPerChunk }

    @inline(__always)
    private func address(_ block: UInt32) -> UnsafeMutablePointer<UInt8> {
        let index = Int(block)
        return chunks[index / BlockPool.blocksPerChunk] + (index % BlockPool.blocksPerChunk)
            * BlockPool.blockSize
    }

    private func newBlock() -> UInt32 {
        if blockCount == chunks.count * BlockPool.blocksPerChunk {
            chunks.append(.allocate(capacity: BlockPool.blockSize * BlockPool.blocksPerChunk))
        }
        blockCount += 1
        return UInt32(blockCount - 1)
    }

    @inline(__always)
    func append(_ byte: UInt8, to list: inout List) {
        if list.head == .max || Int(list.used) == BlockPool.payloadSize {
            let block = newBlock()
            if list.head == .max {
                list.head = block
            } else {
                (address(list.tail) + BlockPool.payloadSize).withMemoryRebound(to: UInt32.self, capacity: 1) {
                    $0.pointee = block
                }
            }
            list.tail = block
            list.used = 0
        }
        address(list.tail)[Int(list.used)] = byte
        list.used += 1
    }

    /// Calls `body` with each byte of `list`, in order.
    func forEachByte(of list: List, _ body: (UInt8) -> Void) {
        var block = list.head
        while block != .max {
            let base = address(block)
            let count = block == list.tail ? Int(list.used) : BlockPool.payloadSize
            for index in 0..<count { body(base[index]) }
            if block == list.tail { break }
            block = (base + BlockPool.payloadSize).withMemoryRebound(to: UInt32.self, capacity: 1) {
                $0.pointee
            }
        }
    }
}
