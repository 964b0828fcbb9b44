import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import ServerRuntime

/// The desk page's HTTP/1 connections for Hummingbird: Hummingbird's own HTTP/1 pipeline with the
/// desk's guards around it.
///
/// Exists because Hummingbird's stock `HTTP1Channel` lets handlers in only after the HTTP decoder
/// and has one idle clock, while the desk needs three things before any request is read:
///
/// - a connection over the total or per-address limit is answered 503 and closed at once
///   (`ConnectionLimiter`), never reaching the decoder;
/// - `RequestStartWatch` sits before the decoder to notice a request's first byte, and
///   `RequestClock` after it runs the idle clock (until a request begins) and the request clock
///   (until it has arrived whole), against idle and slowloris connections;
/// - then Hummingbird's conversion to swift-http-types and its connection state handler, and the
///   connection is handed to Hummingbird's request loop (`handleHTTP`).
struct DeskChannel: ServerChildChannel, HTTPChannelHandler {
    /// An accepted connection: with `http` when it is served, without when it was refused.
    struct Connection: ServerChildChannelValue {
        let channel: any Channel
        let http: NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>?
    }

    let responder: HTTPChannelHandler.Responder
    let builder: DeskChannelBuilder

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Connection> {
        let builder = self.builder
        let address = channel.remoteAddress?.ipAddress ?? "?"
        if let refusal = builder.connections.open(address) {
            if let held = builder.refusals.admit() {
                builder.logger.warning(
                    "desk connection refused",
                    metadata: [
                        "address": "\(address)", "why": "\(refusal)", "refused_since_last_line": "\(held)",
                    ])
            }
            let text = "För många anslutningar; försök igen om en stund.\n"
            let reply =
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: \(text.utf8.count)\r\nConnection: close\r\nRetry-After: 5\r\n\r\n" + text
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(DeskRefusal(reply: reply))
                return Connection(channel: channel, http: nil)
            }
        }
        let served = builder.stopped.opened(channel)
        channel.closeFuture.whenComplete { _ in
            builder.connections.close(address)
            builder.stopped.closed(channel)
        }
        if !served { channel.close(promise: nil) }
        return channel.eventLoop.makeCompletedFuture {
            let clock = ClockState()
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(RequestStartWatch(state: clock))
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false
            )
            try pipeline.addHandler(
                RequestClock(
                    state: clock, idle: .seconds(builder.options.idleTimeoutSeconds),
                    request: .seconds(builder.options.requestTimeoutSeconds)))
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            try pipeline.addHandler(HTTPConnectionStateHandler(logger: logger))
            let http = try NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>(
                wrappingChannelSynchronously: channel,
                configuration: .init(isOutboundHalfClosureEnabled: true))
            return Connection(channel: channel, http: http)
        }
    }

    func handle(value: Connection, logger: Logger) async {
        if let http = value.http {
            // On the connection's own event loop, as a NIO handler would be.
            await withTaskExecutorPreference(DeskTaskExecutor(loop: value.channel.eventLoop)) {
                await handleHTTP(asyncChannel: http, logger: logger)
            }
        } else {
            // Refused: the 503 goes out and the channel closes by itself.
            try? await value.channel.closeFuture.get()
        }
    }
}

/// What every desk connection shares: the limits and where refusals are logged.
struct DeskChannelBuilder: Sendable {
    let connections: ConnectionLimiter
    let refusals: LogThrottle
    let stopped = DeskStopped()
    let options: DeskOptions
    let logger: Logger

    func build(_ responder: @escaping HTTPChannelHandler.Responder) -> DeskChannel {
        DeskChannel(responder: responder, builder: self)
    }
}

/// Answers a refused connection with `reply` and closes it, whether it is added before the
/// connection is active (the usual case) or after (then it answers at once).
final class DeskRefusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    let reply: String
    private var sent = false

    init(reply: String) {
        self.reply = reply
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { send(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        send(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Whatever the client sends is not read.
    }

    private func send(_ context: ChannelHandlerContext) {
        guard !sent else { return }
        sent = true
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: reply))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

@available(*, unavailable)
extension DeskRefusal: Sendable {}
