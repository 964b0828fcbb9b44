import KnowledgeBase
import Logging
import NIOCore
import NIOPosix
import RESP
import ServerRuntime

/// One connection's command loop: decodes the requests in each read, runs them, writes replies
/// in order, replies `-ERR Protocol error: …` and closes on bad input, and closes an idle
/// connection.
///
/// Exists as the one handler between the socket and the commands: every complete request of a
/// read is decoded (`RESPRequestDecoder`, into one reused argument array) and run in one loop,
/// with no pipeline traversal or allocation per request, and the replies are encoded into one
/// buffer written and flushed once when the read batch ends, so pipelined requests cost one
/// write. A command that must leave the event loop (RELOAD) holds back the requests behind it
/// until its reply is written, so replies never change order.
///
/// Backpressure: a client that sends requests and does not read the replies must not make the
/// server hold them all. Once `outputBound` bytes of replies are encoded they are written; when
/// the channel then stops being writable (its pending writes passed the high-water mark) the
/// handler stops running requests and holds back the channel's reads, so the client's requests
/// wait in its own socket; those already read wait undecoded (at most a read's worth). When the
/// client drains its replies, everything resumes; a client that does not drain within
/// `stallTimeout` is closed.
final class RequestHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Replies encoded past this many bytes are written at once rather than at the end of the
    /// read batch.
    static let outputBound = 256 * 1024

    private let table: CommandTable
    private var context: CommandContext
    private let executors: ServerExecutors
    private var decoder: RESPRequestDecoder
    /// Bytes read and not yet decoded; more than this many means a request past every limit.
    private var input = ByteBuffer()
    private let maximumInput: Int
    /// The arguments of the request being run (its storage reused by every request).
    private var request: [ByteBuffer] = []
    private var busy = false
    private var closing = false
    /// Replies encoded but not yet written.
    private var output = ByteBuffer()
    /// The client is not reading its replies: requests wait and reads are held back.
    private var paused = false
    /// A read the channel asked for while paused, to pass on when resuming.
    private var readHeld = false
    private let stallTimeout: TimeAmount
    private var stallTimer: Scheduled<Void>?

    init(
        table: CommandTable, context: CommandContext, executors: ServerExecutors, limits: RESPLimits,
        stallTimeout: TimeAmount
    ) {
        self.table = table
        self.context = context
        self.executors = executors
        self.stallTimeout = stallTimeout
        decoder = RESPRequestDecoder(limits: limits)
        maximumInput = limits.maxBulkLength + 2 * limits.maxInlineLength
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        var bytes = unwrapInboundIn(data)
        if input.readableBytes == 0 {
            input = bytes
        } else {
            if input.readerIndex >= 64 * 1024 { input.discardReadBytes() }
            input.writeBuffer(&bytes)
        }
        process(channelContext)
    }

    /// How a run of requests ended.
    private enum BatchEnd {
        /// No complete request is left in the input.
        case needMoreData
        /// The replies passed `outputBound`.
        case outputFull
        /// A command that closes the connection or leaves the event loop.
        case outcome(CommandOutcome)
    }

    /// Runs the complete requests in the input until they are done, the client must drain its
    /// replies, or a command closes or leaves the loop.
    private func process(_ channelContext: ChannelHandlerContext) {
        // A batch takes the store's current snapshot, and lets it go when it ends (an idle
        // connection must not keep a replaced snapshot alive). An input read whole is let go
        // too: the channel then reads the next request into the same memory instead of a new
        // buffer.
        defer {
            context.batch = nil
            if input.readableBytes == 0 { input = ByteBuffer() }
        }
        while !busy, !closing, !paused {
            let end: BatchEnd
            do throws(RESPProtocolError) {
                end = try Self.runBatch(table, &decoder, &input, &request, &context, &output)
            } catch {
                failed(error, channelContext)
                return
            }
            switch end {
            case .needMoreData:
                if input.readableBytes > maximumInput {
                    // Past what any request within the limits can be: as an oversized read, closed.
                    closing = true
                    channelContext.close(promise: nil)
                }
                return
            case .outputFull:
                relieve(channelContext)
            case .outcome(let outcome):
                finish(outcome, channelContext)
                relieve(channelContext)
            }
        }
    }

    /// The hot loop, on its arguments only (no access to the handler's properties per request).
    private static func runBatch(
        _ table: CommandTable, _ decoder: inout RESPRequestDecoder, _ input: inout ByteBuffer,
        _ request: inout [ByteBuffer], _ context: inout CommandContext, _ output: inout ByteBuffer
    ) throws(RESPProtocolError) -> BatchEnd {
        while try decoder.next(&input, into: &request) {
            context.counts.commands += 1
            let outcome = table.execute(request, &context, into: &output)
            // The arguments are slices of the input: let them go before the input grows.
            request.removeAll(keepingCapacity: true)
            switch outcome {
            case .written: break
            case .reply(let value): RESPEncoder.write(value, to: &output)
            case .close, .offload: return .outcome(outcome)
            }
            if output.readableBytes >= outputBound { return .outputFull }
        }
        return .needMoreData
    }

    /// Replies `-ERR Protocol error: …` after the replies before it, and closes.
    private func failed(_ error: RESPProtocolError, _ channelContext: ChannelHandlerContext) {
        closing = true
        context.logger.notice(
            "protocol error", metadata: ["client": "\(context.session.id)", "error": "\(error.message)"])
        RESPEncoder.write(.error("ERR \(error)"), to: &output)
        writeOutput(channelContext).assumeIsolated().whenComplete { _ in
            channelContext.close(promise: nil)
        }
    }

    /// Writes what is encoded once it passes `outputBound`, and pauses when the channel cannot
    /// take more.
    private func relieve(_ channelContext: ChannelHandlerContext) {
        guard !closing, !busy, output.readableBytes >= Self.outputBound else { return }
        flushOutput(channelContext)
        if !channelContext.channel.isWritable { pause(channelContext) }
    }

    private func pause(_ channelContext: ChannelHandlerContext) {
        guard !paused else { return }
        paused = true
        context.statistics.clientHeldBack()
        let loop = channelContext.eventLoop
        let bound = NIOLoopBound(channelContext, eventLoop: loop)
        let session = context.session.id
        let logger = context.logger
        stallTimer = loop.scheduleTask(in: stallTimeout) {
            logger.notice(
                "closing a client that does not read its replies", metadata: ["client": "\(session)"])
            bound.value.close(promise: nil)
        }
    }

    private func resume(_ channelContext: ChannelHandlerContext) {
        guard paused else { return }
        paused = false
        context.statistics.clientResumed()
        stallTimer?.cancel()
        stallTimer = nil
        drain(channelContext)
        releaseHeldRead(channelContext)
    }

    /// Passes on a read held back while paused or busy, once neither holds.
    private func releaseHeldRead(_ channelContext: ChannelHandlerContext) {
        guard !paused, !busy, readHeld else { return }
        readHeld = false
        channelContext.read()
    }

    func channelWritabilityChanged(context channelContext: ChannelHandlerContext) {
        if channelContext.channel.isWritable { resume(channelContext) }
        channelContext.fireChannelWritabilityChanged()
    }

    /// Reads wait while the client does not read its replies, and while a slow command runs
    /// (the requests behind it would otherwise pile up without bound).
    func read(context channelContext: ChannelHandlerContext) {
        if paused || busy {
            readHeld = true
        } else {
            channelContext.read()
        }
    }

    /// Writes a closing reply and closes, or starts an offloaded command.
    private func finish(_ outcome: CommandOutcome, _ channelContext: ChannelHandlerContext) {
        switch outcome {
        case .written, .reply:
            break
        case .close(let value):
            closing = true
            RESPEncoder.write(value, to: &output)
            context.publishStatistics()
            writeOutput(channelContext).assumeIsolated().whenComplete { _ in
                channelContext.close(promise: nil)
            }
        case .offload(let kind, let work):
            busy = true
            context.publishStatistics()
            _ = writeOutput(channelContext)
            let loop = channelContext.eventLoop
            let bound = NIOLoopBound((self, channelContext), eventLoop: loop)
            executors.run(kind, eventLoop: loop, work).whenComplete { result in
                let (handler, channelContext) = bound.value
                let reply = (try? result.get()) ?? .error("ERR the server is shutting down")
                RESPEncoder.write(reply, to: &handler.output)
                handler.busy = false
                handler.drain(channelContext)
                handler.releaseHeldRead(channelContext)
            }
        }
    }

    /// Runs the requests that waited behind a slow command or a client that did not read,
    /// until they are done or the client stops reading again.
    private func drain(_ channelContext: ChannelHandlerContext) {
        process(channelContext)
        context.publishStatistics()
        if !closing { flushOutput(channelContext) }
    }

    /// Writes and flushes the replies encoded so far, as `writeOutput` does, without a future,
    /// and keeps the output buffer's memory for the next replies: the write usually takes the
    /// bytes at once, so a read batch allocates nothing (a buffer grown past
    /// `keptOutputCapacity` is let go, so an idle connection holds little).
    private func flushOutput(_ channelContext: ChannelHandlerContext) {
        guard output.readableBytes > 0 else { return }
        channelContext.writeAndFlush(wrapOutboundOut(output), promise: nil)
        if output.capacity > Self.keptOutputCapacity {
            output = channelContext.channel.allocator.buffer(capacity: 1024)
        } else {
            output.clear()
        }
    }

    static let keptOutputCapacity = 64 * 1024

    /// Writes and flushes the replies encoded so far.
    @discardableResult
    private func writeOutput(_ channelContext: ChannelHandlerContext) -> EventLoopFuture<Void> {
        guard output.readableBytes > 0 else { return channelContext.eventLoop.makeSucceededVoidFuture() }
        let bytes = output
        output = channelContext.channel.allocator.buffer(capacity: 1024)
        return channelContext.writeAndFlush(wrapOutboundOut(bytes))
    }

    func handlerAdded(context channelContext: ChannelHandlerContext) {
        output = channelContext.channel.allocator.buffer(capacity: 1024)
    }

    func channelReadComplete(context channelContext: ChannelHandlerContext) {
        context.publishStatistics()
        if !busy && !closing {
            flushOutput(channelContext)
            if !channelContext.channel.isWritable { pause(channelContext) }
        }
    }

    func channelInactive(context channelContext: ChannelHandlerContext) {
        context.publishStatistics()
        stallTimer?.cancel()
        stallTimer = nil
        if paused {
            paused = false
            context.statistics.clientResumed()
        }
        channelContext.fireChannelInactive()
    }

    func errorCaught(context channelContext: ChannelHandlerContext, error: Error) {
        guard !closing else { return }
        closing = true
        channelContext.close(promise: nil)
    }

    func userInboundEventTriggered(context channelContext: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            channelContext.close(promise: nil)
            return
        }
        channelContext.fireUserInboundEventTriggered(event)
    }
}

@available(*, unavailable)
extension RequestHandler: Sendable {}
