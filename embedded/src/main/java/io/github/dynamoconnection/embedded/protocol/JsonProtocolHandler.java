package io.github.dynamoconnection.embedded.protocol;

import java.time.Clock;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.contract.Namespace;
import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import tools.jackson.core.JacksonException;
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

	private static final JsonMapper JSON = DynamoJsonMappers.requests();

	/** {@code {}}, the answer of most writes, and its CRC32: not worth a trip through the mapper. */
	private static final byte[] EMPTY_OBJECT = { '{', '}' };

	private static final long EMPTY_OBJECT_CRC32 = crc32(EMPTY_OBJECT);

	private final Engine engine;

	private final RequestAuthentication authentication;

	private final String region;

	private final Clock clock;

	private final RequestIds requestIds = new RequestIds();

	private final Namespaces namespaces;

	/** A handler running requests on this engine, accepting any signature, on the system clock. */
	public JsonProtocolHandler(Engine engine) {
		this(engine, Clock.systemUTC(), "us-east-1", null);
	}

	/**
	 * A handler running requests on this engine.
	 * @param engine the engine
	 * @param clock the clock signature dates are checked against and {@code Date} headers come from
	 * @param region the region the endpoint answers for (its health line)
	 * @param verifier checks signatures against known credentials, {@code null} to accept any
	 */
	public JsonProtocolHandler(Engine engine, Clock clock, String region, SignatureVerifier verifier) {
		this(engine, clock, region, verifier, Namespaces.perRegion());
	}

	/**
	 * A handler running each request in its namespace.
	 * @param engine the engine
	 * @param clock the clock signature dates are checked against and {@code Date} headers come from
	 * @param region the region the endpoint answers for (its health line)
	 * @param verifier checks signatures against known credentials, {@code null} to accept any
	 * @param namespaces which account and region each request runs in
	 */
	public JsonProtocolHandler(Engine engine, Clock clock, String region, SignatureVerifier verifier,
			Namespaces namespaces) {
		this.namespaces = namespaces;
		this.engine = engine;
		this.clock = clock;
		this.region = region;
		this.authentication = new RequestAuthentication(clock, verifier);
	}

	/** The clock the faces' {@code Date} headers come from. */
	public Clock clock() {
		return clock;
	}

	/** What DynamoDB's endpoint answers to a plain {@code GET /} (trailing space included). */
	public String healthLine() {
		return "healthy: dynamodb." + region + ".amazonaws.com ";
	}

	/**
	 * Handles one request: body size, content encoding, JSON, target, authentication, then the
	 * operation, in DynamoDB's order.
	 * @return the answer to send
	 */
	public ProtocolResponse handle(ProtocolRequest request) {
		String requestId = requestIds.next();
		String target = request.header("x-amz-target");
		boolean gzipAnswer = BodyEncoding.acceptsGzip(request.header("accept-encoding"));
		try {
			if (request.length() > JsonProtocol.MAX_REQUEST_BYTES) {
				throw requestTooLarge(request.length());
			}
			byte[] body = request.body();
			int offset = request.offset();
			int length = request.length();
			if (BodyEncoding.isGzip(request.header("content-encoding")) && length > 0) {
				body = BodyEncoding.gunzip(body, offset, length, JsonProtocol.MAX_REQUEST_BYTES);
				offset = 0;
				length = body.length;
			}
			// Target and signature are checked once, before the engine's streaming path may run the
			// request; a failure is answered after the JSON's, in DynamoDB's order.
			String operation = null;
			Namespace namespace = null;
			EngineException refused = null;
			try {
				operation = Operations.fromTarget(target);
				namespace = namespaces.of(authentication.check(request));
			}
			catch (EngineException ex) {
				refused = ex;
			}
			if (refused == null && length > 0) {
				byte[] streamed = engine.executeStreaming(namespace, operation, body, offset, length);
				if (streamed != null) {
					return respond(200, streamed, requestId, gzipAnswer);
				}
			}
			JsonNode parsed = parse(body, offset, length);
			if (refused != null) {
				throw refused;
			}
			ObjectNode response = engine.execute(namespace, operation, requestObject(parsed));
			return respond(200, (response != null) ? response : JSON.createObjectNode(), requestId, gzipAnswer);
		}
		catch (EngineException ex) {
			return respond(ex.status(), ErrorBodies.render(ex), requestId, gzipAnswer);
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
		return respond(413, ErrorBodies.render(requestTooLarge(length)), requestIds.next(), false);
	}

	private static JsonNode parse(byte[] body, int offset, int length) {
		if (length == 0) {
			return null;
		}
		try {
			return JSON.readTree(body, offset, length);
		}
		catch (JacksonException ex) {
			throw serialization("Malformed JSON request body" + position(ex) + ": " + ex.getOriginalMessage());
		}
	}

	private static String position(JacksonException ex) {
		if (ex.getLocation() == null || ex.getLocation().getLineNr() < 0) {
			return "";
		}
		return " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr();
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

	private static ProtocolResponse respond(int status, ObjectNode body, String requestId, boolean gzip) {
		if (body.isEmpty() && !gzip) {
			return new ProtocolResponse(status, EMPTY_OBJECT.clone(), EMPTY_OBJECT_CRC32, requestId, null);
		}
		return respond(status, JSON.writeValueAsBytes(body), requestId, gzip);
	}

	private static ProtocolResponse respond(int status, byte[] json, String requestId, boolean gzip) {
		byte[] bytes = json;
		if (gzip) {
			bytes = BodyEncoding.gzip(bytes);
		}
		return new ProtocolResponse(status, bytes, crc32(bytes), requestId, gzip ? BodyEncoding.GZIP : null);
	}

	private static long crc32(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, bytes.length);
		return crc.getValue();
	}

	private static ProtocolResponse internalError(String requestId) {
		EngineException error = new EngineException("InternalServerError",
				"Internal server error (request id " + requestId + ")", 500, null);
		return respond(500, ErrorBodies.render(error), requestId, false);
	}

	private static EngineException requestTooLarge(long length) {
		return new EngineException("RequestEntityTooLargeException", "Request body of " + length
				+ " bytes exceeds the maximum request size of " + JsonProtocol.MAX_REQUEST_BYTES + " bytes", 413, null);
	}

	private static EngineException serialization(String message) {
		return new EngineException("SerializationException", message);
	}

}
