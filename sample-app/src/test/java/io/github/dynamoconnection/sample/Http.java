package io.github.dynamoconnection.sample;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A plain HTTP client for the running sample app: every answer, error or not, comes back as a
 * {@link Response} with its status, headers and body, so tests can assert on error paths.
 */
final class Http {

	private final RestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	Http(int port) {
		this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	Response get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	Response post(String path, String jsonBody) {
		return exchange(HttpMethod.POST, path, jsonBody);
	}

	Response delete(String path) {
		return exchange(HttpMethod.DELETE, path, null);
	}

	private Response exchange(HttpMethod method, String path, String jsonBody) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path);
		if (jsonBody != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
		}
		return request.exchange((req, response) -> {
			String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			JsonNode body = (text.startsWith("{") || text.startsWith("[")) ? this.json.readTree(text) : null;
			return new Response(response.getStatusCode().value(), response.getHeaders(), text, body);
		});
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status code
	 * @param headers the response headers
	 * @param text the body as text
	 * @param json the body as JSON, or {@code null} when it is not JSON
	 */
	record Response(int status, HttpHeaders headers, String text, JsonNode json) {

		/** The media type the answer declared, e.g. {@code application/problem+json}. */
		String contentType() {
			MediaType type = this.headers.getContentType();
			return (type != null) ? type.getType() + "/" + type.getSubtype() : null;
		}

	}

}
