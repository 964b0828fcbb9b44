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

    /// The chunks and the blocks handed out, behind a pointer the pool owns: the pool is a
    /// class (one owner frees the chunks), and reaching its state through a constant pointer
    /// spares each byte appended a dynamic exclusivity check.
    private struct State {
        var chunks: [UnsafeMutablePointer<UInt8>] = []
        var blockCount = 0
    }
    private let state: UnsafeMutablePointer<State>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    /// One list: its first and last block and how much of the last block is used.
    struct List {
        var head: UInt32 = .max
        var tail: UInt32 = .max
        var used: UInt8 = 0
    }

    deinit {
        for chunk in state.pointee.chunks { chunk.deallocate() }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Frees every chunk: the lists handed out are no longer valid.
    func release() {
        for chunk in state.pointee.chunks { chunk.deallocate() }
        state.pointee.chunks = []
        state.pointee.blockCount = 0
    }

    var byteCount: Int { state.pointee.chunks.count * BlockPool.blockSize * BlockPool.blocksPerChunk }

    @inline(__always)
    private func address(_ block: UInt32) -> UnsafeMutablePointer<UInt8> {
        let index = Int(block)
        return state.pointee.chunks[index / BlockPool.blocksPerChunk] + (index % BlockPool.blocksPerChunk)
            * BlockPool.blockSize
    }

    private func newBlock() -> UInt32 {
        if state.pointee.blockCount == state.pointee.chunks.count * BlockPool.blocksPerChunk {
            state.pointee.chunks.append(.allocate(capacity: BlockPool.blockSize * BlockPool.blocksPerChunk))
        }
        state.pointee.blockCount += 1
        return UInt32(state.pointee.blockCount - 1)
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

    /// Appends `bytes` in order: the same list as appending them one at a time, written in one
    /// go when the last block has room for them all.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>, to list: inout List) {
        let used = Int(list.used)
        if list.head != .max && used + bytes.count <= BlockPool.payloadSize {
            let target = address(list.tail) + used
            for index in 0..<bytes.count { target[index] = bytes[index] }
            list.used = UInt8(used + bytes.count)
        } else {
            for byte in bytes { append(byte, to: &list) }
        }
    }

    /// How many bytes `list` holds (a walk over its blocks, not its bytes).
    func count(of list: List) -> Int {
        var count = 0
        var block = list.head
        while block != .max {
            if block == list.tail { return count + Int(list.used) }
            count += BlockPool.payloadSize
            block = (address(block) + BlockPool.payloadSize).withMemoryRebound(to: UInt32.self, capacity: 1) {
                $0.pointee
            }
        }
        return count
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
