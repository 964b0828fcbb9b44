import KnowledgeBase
import Logging
import NIOCore
import NIOPosix
import RESP

/// One connection's command loop: runs each decoded request, writes replies in order, replies
/// `-ERR Protocol error: …` and closes on bad input, and closes an idle connection.
///
/// Exists apart from the codec so the codec knows bytes and this knows commands. Replies are
/// encoded into one buffer as commands run and written when a read batch ends, so pipelined
/// requests cost one write. A command that must leave the event loop (RELOAD) holds back the requests behind it
/// until its reply is written, so replies never change order.
final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = [ByteBuffer]
    typealias OutboundOut = ByteBuffer

    private let table: CommandTable
    private var context: CommandContext
    private let threadPool: NIOThreadPool
    private var waiting: [[ByteBuffer]] = []
    private var busy = false
    private var closing = false
    /// Replies encoded but not yet written.
    private var output = ByteBuffer()

    init(table: CommandTable, context: CommandContext, threadPool: NIOThreadPool) {
        self.table = table
        self.context = context
        self.threadPool = threadPool
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        let arguments = unwrapInboundIn(data)
        if busy || closing {
            if !closing { waiting.append(arguments) }
            return
        }
        run(arguments, channelContext)
    }

    private func run(_ arguments: [ByteBuffer], _ channelContext: ChannelHandlerContext) {
        context.statistics.commandServed()
        switch table.execute(arguments, &context) {
        case .reply(let value):
            RESPEncoder.write(value, to: &output)
        case .close(let value):
            closing = true
            RESPEncoder.write(value, to: &output)
            writeOutput(channelContext).assumeIsolated().whenComplete { _ in
                channelContext.close(promise: nil)
            }
        case .offload(let work):
            busy = true
            _ = writeOutput(channelContext)
            let loop = channelContext.eventLoop
            let bound = NIOLoopBound((self, channelContext), eventLoop: loop)
            threadPool.runIfActive(eventLoop: loop, work).whenComplete { result in
                let (handler, channelContext) = bound.value
                let reply = (try? result.get()) ?? .error("ERR the server is shutting down")
                RESPEncoder.write(reply, to: &handler.output)
                handler.busy = false
                handler.drain(channelContext)
            }
        }
    }

    /// Runs the requests that waited behind a slow command.
    private func drain(_ channelContext: ChannelHandlerContext) {
        while !busy, !closing, !waiting.isEmpty {
            run(waiting.removeFirst(), channelContext)
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
        if !busy && !closing { writeOutput(channelContext) }
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
