package io.github.dynamoconnection.embedded.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.protocol.HttpDate;
import io.github.dynamoconnection.embedded.protocol.JsonProtocol;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ProtocolRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;

/**
 * Answers each aggregated HTTP request on the event loop (the engine works in memory and never
 * waits long, so a thread hop would only add latency): {@code GET} with DynamoDB's health line, a
 * CORS preflight ({@code OPTIONS} with {@code Origin}) as DynamoDB answers it, other methods but
 * {@code POST} with DynamoDB's {@code UnknownOperationException} (so is a body of another content
 * type than DynamoDB's JSON), and {@code POST} through the
 * {@link JsonProtocolHandler}. Every answer carries {@code Date} and {@code Server}, and the CORS
 * headers when the request has an {@code Origin}.
 */
@Sharable
final class ProtocolRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

	private static final Logger logger = LoggerFactory.getLogger(ProtocolRequestHandler.class);

	private final JsonProtocolHandler protocol;

	private final HttpDate dates;

	ProtocolRequestHandler(JsonProtocolHandler protocol) {
		this.protocol = protocol;
		this.dates = new HttpDate(protocol.clock());
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
		String origin = request.headers().get(HttpHeaderNames.ORIGIN);
		FullHttpResponse response = answer(request, origin);
		HttpResponses.addCommonHeaders(response, dates.now(), origin != null);
		ctx.writeAndFlush(response);
	}

	private FullHttpResponse answer(FullHttpRequest request, String origin) {
		HttpMethod method = request.method();
		if (HttpMethod.OPTIONS.equals(method) && origin != null) {
			return HttpResponses.preflight(request.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS),
					request.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD));
		}
		if (HttpMethod.GET.equals(method)) {
			return HttpResponses.healthy(protocol.healthLine());
		}
		ByteBuf content = request.content();
		int length = content.readableBytes();
		if (!HttpMethod.POST.equals(method) || (length > 0 && !JsonProtocol.acceptsContentType(request.headers().get(HttpHeaderNames.CONTENT_TYPE)))) {
			return HttpResponses.unknownOperation();
		}
		// Netty's headers match names in any case: read in place, not copied
		ProtocolRequest.Headers headers = request.headers()::getAll;
		ProtocolRequest protocolRequest = content.hasArray()
				? new ProtocolRequest(method.name(), request.uri(), headers, content.array(),
						content.arrayOffset() + content.readerIndex(), length)
				: new ProtocolRequest(method.name(), request.uri(), headers, ByteBufUtil.getBytes(content), 0, length);
		return HttpResponses.of(protocol.handle(protocolRequest));
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		logger.debug("Closing connection {} after {}", ctx.channel().remoteAddress(), cause.toString());
		ctx.close();
	}

}
