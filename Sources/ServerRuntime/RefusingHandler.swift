import NIOCore

/// Tells a connection over a limit why (`reply`, in the port's protocol), then closes it.
///
/// Exists so both ports refuse the same way when their `ConnectionLimiter` says no: one write,
/// then close, without reading what the client sent.
public final class RefusingHandler: ChannelInboundHandler {
    public typealias InboundIn = ByteBuffer
    public typealias OutboundOut = ByteBuffer
    let reply: String

    public init(reply: String) {
        self.reply = reply
    }

    public func channelActive(context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: reply.utf8.count)
        buffer.writeString(reply)
        context.writeAndFlush(wrapOutboundOut(buffer)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

@available(*, unavailable)
extension RefusingHandler: Sendable {}
