package io.github.dynamoconnection.embedded.protocol;

import java.util.List;
import java.util.Map;

/**
 * One JSON 1.0 request as a face received it, before anything is parsed: method, path with query,
 * the headers (names lower-case) and the body bytes, exactly as they came (a gzip body stays
 * compressed until {@link JsonProtocolHandler} reads it).
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the request path with its query string, e.g. {@code /}
 * @param headers every header, names lower-case, values in arrival order
 * @param body the buffer holding the body
 * @param offset where the body starts in {@code body}
 * @param length the body's length in bytes
 */
public record ProtocolRequest(String method, String path, Map<String, List<String>> headers, byte[] body,
		int offset, int length) {

	/** The first value of a header, {@code null} when absent. */
	public String header(String lowerCaseName) {
		List<String> values = headers.get(lowerCaseName);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
