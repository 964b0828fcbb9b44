import NIOCore
import NIOHTTP1

/// Closes desk-page connections that hold a descriptor without making requests: idle keep-alive
/// connections and requests that arrive too slowly ("slowloris").
///
/// Exists because a connection that sends nothing, or one header byte every few seconds, costs
/// the server a file descriptor for as long as it likes. Two clocks, one at a time:
///
/// - **idle**: from the connection's start or its previous response until the first byte of
///   the next request (`idle`);
/// - **request**: from that first byte until the whole request (head and body) has arrived
///   (`request`); a head or body trickled in byte by byte is cut off when it runs out.
///
/// `RequestStartWatch` sits before the HTTP decoder and notices the first byte; `RequestClock`
/// sits after it and sees requests end and responses go out. They share one `ClockState`,
/// used only on the connection's event loop.
final class ClockState {
    var waitingForFirstByte = true
    var firstByte: (() -> Void)?
}

/// Notices the first byte of each request (before the decoder, which says nothing until a
/// whole head has arrived).
final class RequestStartWatch: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let state: ClockState

    init(state: ClockState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if state.waitingForFirstByte {
            state.waitingForFirstByte = false
            state.firstByte?()
        }
        context.fireChannelRead(data)
    }
}

/// Runs the idle and request clocks; closes the connection when one runs out.
final class RequestClock: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    let state: ClockState
    let idle: TimeAmount
    let request: TimeAmount
    private var timer: Scheduled<Void>?

    init(state: ClockState, idle: TimeAmount, request: TimeAmount) {
        self.state = state
        self.idle = idle
        self.request = request
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        state.firstByte = {
            let (clock, context) = bound.value
            clock.start(clock.request, context)
        }
        start(idle, context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        state.firstByte = nil
    }

    private func start(_ amount: TimeAmount, _ context: ChannelHandlerContext) {
        timer?.cancel()
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: amount) { bound.value.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            // The whole request is in; the server answers at its own pace.
            timer?.cancel()
            timer = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            // The response is out: the next request has `idle` to begin.
            state.waitingForFirstByte = true
            start(idle, context)
        }
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }
}

@available(*, unavailable)
extension RequestStartWatch: Sendable {}

@available(*, unavailable)
extension RequestClock: Sendable {}
