package io.github.dynamoconnection.embedded.protocol;

import java.util.List;
import java.util.Map;

/**
 * One JSON 1.0 request as a face received it, before anything is parsed: method, path with query,
 * the headers and the body bytes, exactly as they came (a gzip body stays compressed until
 * {@link JsonProtocolHandler} reads it).
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the request path with its query string, e.g. {@code /}
 * @param headers every header, looked up by lower-case name, values in arrival order
 * @param body the buffer holding the body
 * @param offset where the body starts in {@code body}
 * @param length the body's length in bytes
 */
public record ProtocolRequest(String method, String path, Headers headers, byte[] body, int offset, int length) {

	/** A request whose headers are in a map: names lower-case, values in arrival order. */
	public ProtocolRequest(String method, String path, Map<String, List<String>> headers, byte[] body, int offset,
			int length) {
		this(method, path, headers::get, body, offset, length);
	}

	/** The first value of a header, {@code null} when absent. */
	public String header(String lowerCaseName) {
		List<String> values = headers.values(lowerCaseName);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * A request's headers as the face holds them, read in place rather than copied per request.
	 */
	@FunctionalInterface
	public interface Headers {

		/**
		 * The values of a header.
		 * @param lowerCaseName the header's name in lower case (a face may match it in any case)
		 * @return its values in arrival order, {@code null} or empty when absent
		 */
		List<String> values(String lowerCaseName);

	}

}
