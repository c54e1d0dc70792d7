package io.github.dynamoconnection.embedded.server;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

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
 * Turns protocol answers into Netty HTTP responses, wrapping the body bytes without copying them,
 * and builds the answers DynamoDB's front end gives without reaching the protocol: the health line,
 * the CORS preflight and the unknown-operation answer to a method other than POST.
 */
final class HttpResponses {

	private static final AsciiString CONTENT_TYPE = AsciiString.cached(JsonProtocol.CONTENT_TYPE);

	private static final AsciiString CRC32_HEADER = AsciiString.cached(JsonProtocol.CRC32_HEADER);

	private static final AsciiString REQUEST_ID = AsciiString.cached(JsonProtocol.REQUEST_ID_HEADER);

	private static final AsciiString SERVER = AsciiString.cached(JsonProtocol.SERVER);

	/** What browsers may read of an answer: the request id, the error type and the body's checksum. */
	private static final AsciiString EXPOSED = AsciiString.cached("x-amzn-RequestId,x-amzn-ErrorType,x-amz-crc32");

	/** DynamoDB keeps a preflight answer for two days. */
	private static final int PREFLIGHT_MAX_AGE_SECONDS = 172800;

	private static final byte[] UNKNOWN_OPERATION = "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

	private HttpResponses() {
	}

	/** The HTTP response carrying this protocol answer. */
	static FullHttpResponse of(ProtocolResponse response) {
		FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
		HttpHeaders headers = http.headers();
		headers.set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
		headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
		headers.set(CRC32_HEADER, response.crc32Header());
		headers.set(REQUEST_ID, response.requestId());
		if (response.contentEncoding() != null) {
			headers.set(HttpHeaderNames.CONTENT_ENCODING, response.contentEncoding());
		}
		return http;
	}

	/** DynamoDB answers a plain {@code GET /} with a health line naming its endpoint. */
	static FullHttpResponse healthy(String healthLine) {
		return plain(HttpResponseStatus.OK, healthLine.getBytes(StandardCharsets.US_ASCII), "text/plain");
	}

	/** DynamoDB answers a method other than POST (and not a preflight) with 404 and this XML line. */
	static FullHttpResponse unknownOperation() {
		return plain(HttpResponseStatus.NOT_FOUND, UNKNOWN_OPERATION, "application/xml");
	}

	/** A CORS preflight answer: the asked-for headers and method are allowed, for two days. */
	static FullHttpResponse preflight(String requestHeaders, String requestMethod) {
		FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
				Unpooled.EMPTY_BUFFER);
		HttpHeaders headers = http.headers();
		if (requestHeaders != null) {
			headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, requestHeaders);
		}
		if (requestMethod != null) {
			headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, requestMethod);
		}
		headers.setInt(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
		headers.setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
		return http;
	}

	/** Adds {@code Date}, {@code Server} and, for a request with an {@code Origin}, the CORS headers. */
	static void addCommonHeaders(FullHttpResponse response, String date, boolean cors) {
		HttpHeaders headers = response.headers();
		headers.set(HttpHeaderNames.DATE, date);
		headers.set(HttpHeaderNames.SERVER, SERVER);
		if (cors) {
			headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
			headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
		}
	}

	private static FullHttpResponse plain(HttpResponseStatus status, byte[] body, String contentType) {
		FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
		CRC32 crc = new CRC32();
		crc.update(body);
		http.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
		http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
		http.headers().set(CRC32_HEADER, Long.toString(crc.getValue()));
		return http;
	}

}
