package io.github.dynamoconnection.embedded.protocol;

import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.engine.Engine;
import io.github.dynamoconnection.embedded.engine.EngineException;
import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB's JSON 1.0 protocol in front of an {@link Engine}, shared by the in-process and the HTTP
 * face: reads the operation from the target header and the request from the body, runs it, and
 * renders the answer or DynamoDB's error body. Never throws: malformed input is a 400 with
 * DynamoDB's error type, an unexpected failure a 500 {@code InternalServerError} with a generic
 * message (logged, never echoed). Thread-safe.
 */
public final class JsonProtocolHandler {

	private static final Logger logger = LoggerFactory.getLogger(JsonProtocolHandler.class);

	private static final JsonMapper JSON = DynamoJsonMappers.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Engine engine;

	private final RequestIds requestIds = new RequestIds();

	/** A handler running requests on this engine. */
	public JsonProtocolHandler(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Handles one request.
	 * @param target the {@code X-Amz-Target} header value, {@code null} when absent
	 * @param body the buffer holding the request body
	 * @param offset where the body starts in {@code body}
	 * @param length the body's length in bytes
	 * @return the answer to send
	 */
	public ProtocolResponse handle(String target, byte[] body, int offset, int length) {
		String requestId = requestIds.next();
		try {
			if (length > JsonProtocol.MAX_REQUEST_BYTES) {
				throw requestTooLarge(length);
			}
			JsonNode request = parse(body, offset, length);
			String operation = Operations.fromTarget(target);
			ObjectNode response = engine.execute(operation, requestObject(request));
			return respond(200, (response != null) ? response : JSON.createObjectNode(), requestId);
		}
		catch (EngineException ex) {
			return respond(ex.status(), ErrorBodies.render(ex), requestId);
		}
		catch (RuntimeException | StackOverflowError ex) {
			logger.error("Internal error answering request {} ({})", requestId, target, ex);
			return internalError(requestId);
		}
	}

	/**
	 * The answer to a request whose body exceeds {@link JsonProtocol#MAX_REQUEST_BYTES}, for a face
	 * that stops reading such a body early.
	 * @param length the body's (declared) length
	 */
	public ProtocolResponse tooLarge(long length) {
		return respond(413, ErrorBodies.render(requestTooLarge(length)), requestIds.next());
	}

	private static JsonNode parse(byte[] body, int offset, int length) {
		if (length == 0) {
			return null;
		}
		try {
			return JSON.readTree(body, offset, length);
		}
		catch (JacksonException ex) {
			throw serialization("Malformed JSON request body: " + ex.getOriginalMessage());
		}
	}

	private static ObjectNode requestObject(JsonNode request) {
		if (request == null || request.isMissingNode()) {
			throw serialization("Request body is empty: expected a JSON object");
		}
		if (!request.isObject()) {
			throw serialization("Request body must be a JSON object, not " + request.getNodeType().name().toLowerCase());
		}
		return (ObjectNode) request;
	}

	private static ProtocolResponse respond(int status, ObjectNode body, String requestId) {
		byte[] bytes = JSON.writeValueAsBytes(body);
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, bytes.length);
		return new ProtocolResponse(status, bytes, crc.getValue(), requestId);
	}

	private static ProtocolResponse internalError(String requestId) {
		EngineException error = new EngineException("InternalServerError",
				"Internal server error (request id " + requestId + ")", 500, null);
		return respond(500, ErrorBodies.render(error), requestId);
	}

	private static EngineException requestTooLarge(long length) {
		return new EngineException("RequestEntityTooLargeException", "Request body of " + length
				+ " bytes exceeds the maximum request size of " + JsonProtocol.MAX_REQUEST_BYTES + " bytes", 413, null);
	}

	private static EngineException serialization(String message) {
		return new EngineException("SerializationException", message);
	}

}
