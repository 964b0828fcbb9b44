import KnowledgeBase
import Logging
import NIOCore
import NIOPosix
import RESP
import ServerRuntime

/// One connection's command loop: runs each decoded request, writes replies in order, replies
/// `-ERR Protocol error: …` and closes on bad input, and closes an idle connection.
///
/// Exists apart from the codec so the codec knows bytes and this knows commands. Replies are
/// encoded into one buffer as commands run and written when a read batch ends, so pipelined
/// requests cost one write. A command that must leave the event loop (RELOAD) holds back the requests behind it
/// until its reply is written, so replies never change order.
///
/// Backpressure: a client that sends requests and does not read the replies must not make the
/// server hold them all. Once `outputBound` bytes of replies are encoded they are written; when
/// the channel then stops being writable (its pending writes passed the high-water mark) the
/// handler stops running requests and holds back the channel's reads, so the client's requests
/// wait in its own socket. Requests already decoded wait (at most one read's worth). When the
/// client drains its replies, everything resumes; a client that does not drain within
/// `stallTimeout` is closed.
final class RequestHandler: ChannelDuplexHandler {
    typealias InboundIn = [ByteBuffer]
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Replies encoded past this many bytes are written at once rather than at the end of the
    /// read batch.
    static let outputBound = 256 * 1024

    private let table: CommandTable
    private var context: CommandContext
    private let executors: ServerExecutors
    private var waiting: [[ByteBuffer]] = []
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
    /// Commands run since they were last added to the shared statistics (once per read batch:
    /// one atomic add per batch, not per command, on a counter all loops share).
    private var commandsServed = 0

    private func countCommands() {
        guard commandsServed > 0 else { return }
        context.statistics.commandServed(commandsServed)
        commandsServed = 0
    }

    init(table: CommandTable, context: CommandContext, executors: ServerExecutors, stallTimeout: TimeAmount) {
        self.table = table
        self.context = context
        self.executors = executors
        self.stallTimeout = stallTimeout
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        let arguments = unwrapInboundIn(data)
        if busy || closing || paused || !waiting.isEmpty {
            if !closing { waiting.append(arguments) }
            return
        }
        run(arguments, channelContext)
        relieve(channelContext)
    }

    /// Writes what is encoded once it passes `outputBound`, and pauses when the channel cannot
    /// take more.
    private func relieve(_ channelContext: ChannelHandlerContext) {
        guard !closing, !busy, output.readableBytes >= Self.outputBound else { return }
        writeOutput(channelContext)
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

    private func run(_ arguments: [ByteBuffer], _ channelContext: ChannelHandlerContext) {
        commandsServed += 1
        switch table.execute(arguments, &context, into: &output) {
        case .written:
            break
        case .reply(let value):
            RESPEncoder.write(value, to: &output)
        case .close(let value):
            closing = true
            RESPEncoder.write(value, to: &output)
            writeOutput(channelContext).assumeIsolated().whenComplete { _ in
                channelContext.close(promise: nil)
            }
        case .offload(let kind, let work):
            busy = true
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
        while !busy, !closing, !paused, !waiting.isEmpty {
            run(waiting.removeFirst(), channelContext)
            relieve(channelContext)
        }
        if !closing { _ = writeOutput(channelContext) }
    }

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
        countCommands()
        if !busy && !closing {
            writeOutput(channelContext)
            if !channelContext.channel.isWritable { pause(channelContext) }
        }
    }

    func channelInactive(context channelContext: ChannelHandlerContext) {
        countCommands()
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
        if let protocolError = error as? RESPProtocolError {
            context.logger.notice(
                "protocol error",
                metadata: ["client": "\(context.session.id)", "error": "\(protocolError.message)"])
            RESPEncoder.write(.error("ERR \(protocolError)"), to: &output)
            writeOutput(channelContext).assumeIsolated().whenComplete { _ in
                channelContext.close(promise: nil)
            }
        } else {
            channelContext.close(promise: nil)
        }
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
