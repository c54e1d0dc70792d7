package io.github.dynamoconnection.embedded.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.protocol.JsonProtocol;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ProtocolResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;

/**
 * Answers each aggregated HTTP request through the {@link JsonProtocolHandler}, on the event loop
 * (the engine works in memory and never waits long, so a thread hop would only add latency).
 */
@Sharable
final class ProtocolRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

	private static final Logger logger = LoggerFactory.getLogger(ProtocolRequestHandler.class);

	private final JsonProtocolHandler protocol;

	ProtocolRequestHandler(JsonProtocolHandler protocol) {
		this.protocol = protocol;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
		if (HttpMethod.GET.equals(request.method()) && request.content().readableBytes() == 0) {
			ctx.writeAndFlush(HttpResponses.healthy());
			return;
		}
		String target = request.headers().get(JsonProtocol.TARGET_HEADER);
		ByteBuf content = request.content();
		int length = content.readableBytes();
		ProtocolResponse response;
		if (content.hasArray()) {
			response = protocol.handle(target, content.array(), content.arrayOffset() + content.readerIndex(), length);
		}
		else {
			response = protocol.handle(target, ByteBufUtil.getBytes(content), 0, length);
		}
		ctx.writeAndFlush(HttpResponses.of(response));
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		logger.debug("Closing connection {} after {}", ctx.channel().remoteAddress(), cause.toString());
		ctx.close();
	}

}
