package io.github.dynamoconnection.embedded.server;

import io.github.dynamoconnection.embedded.protocol.JsonProtocol;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates request bodies up to DynamoDB's 16 MB cap and answers a larger one with DynamoDB's
 * error body (status 413), then closes the connection rather than reading the rest.
 */
final class CappedRequestAggregator extends HttpObjectAggregator {

	private final JsonProtocolHandler protocol;

	CappedRequestAggregator(JsonProtocolHandler protocol) {
		super(JsonProtocol.MAX_REQUEST_BYTES);
		this.protocol = protocol;
	}

	@Override
	protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
		FullHttpResponse response = HttpResponses.of(protocol.tooLarge(HttpUtil.getContentLength(oversized, -1L)));
		response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
	}

}
