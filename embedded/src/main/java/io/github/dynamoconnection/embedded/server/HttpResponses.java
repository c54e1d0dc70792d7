package io.github.dynamoconnection.embedded.server;

import java.nio.charset.StandardCharsets;

import io.github.dynamoconnection.embedded.protocol.JsonProtocol;
import io.github.dynamoconnection.embedded.protocol.ProtocolResponse;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * Turns protocol answers into Netty HTTP responses, wrapping the body bytes without copying them.
 */
final class HttpResponses {

	private static final AsciiString CONTENT_TYPE = AsciiString.cached(JsonProtocol.CONTENT_TYPE);

	private static final AsciiString CRC32 = AsciiString.cached(JsonProtocol.CRC32_HEADER);

	private static final AsciiString REQUEST_ID = AsciiString.cached(JsonProtocol.REQUEST_ID_HEADER);

	private static final byte[] HEALTHY = "healthy: embedded-dynamodb".getBytes(StandardCharsets.US_ASCII);

	private HttpResponses() {
	}

	/** The HTTP response carrying this protocol answer. */
	static FullHttpResponse of(ProtocolResponse response) {
		FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
		HttpHeaders headers = http.headers();
		headers.set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
		headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
		headers.set(CRC32, response.crc32Header());
		headers.set(REQUEST_ID, response.requestId());
		return http;
	}

	/** DynamoDB answers a plain {@code GET /} with a health line; so do we. */
	static FullHttpResponse healthy() {
		FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
				Unpooled.wrappedBuffer(HEALTHY));
		http.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
		http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, HEALTHY.length);
		return http;
	}

}
