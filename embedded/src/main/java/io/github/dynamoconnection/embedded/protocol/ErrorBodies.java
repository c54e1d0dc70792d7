package io.github.dynamoconnection.embedded.protocol;

import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an {@link EngineException} as DynamoDB's error body:
 * {@code {"__type":"<namespace>#<ErrorType>","message":"..."}} plus any extra members (e.g.
 * {@code CancellationReasons}). The namespace and the capitalisation of the message member follow
 * DynamoDB: validation errors come from {@code com.amazon.coral.validate}, protocol errors from
 * {@code com.amazon.coral.service} with {@code Message}, the rest from
 * {@code com.amazonaws.dynamodb.v20120810}. The AWS SDKs read either spelling of the message.
 */
final class ErrorBodies {

	private static final String DYNAMODB_NAMESPACE = "com.amazonaws.dynamodb.v20120810#";

	private static final Map<String, String> NAMESPACES = Map.of(
			"ValidationException", "com.amazon.coral.validate#",
			"SerializationException", "com.amazon.coral.service#",
			"UnknownOperationException", "com.amazon.coral.service#",
			"RequestEntityTooLargeException", "com.amazon.coral.service#",
			"MissingAuthenticationTokenException", "com.amazon.coral.service#",
			"UnrecognizedClientException", "com.amazon.coral.service#",
			"AccessDeniedException", "com.amazon.coral.service#",
			"IncompleteSignatureException", "com.amazon.coral.service#",
			"InvalidSignatureException", "com.amazon.coral.service#");

	private ErrorBodies() {
	}

	/** The error body for this exception. */
	static ObjectNode render(EngineException error) {
		String type = error.errorType();
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("__type", NAMESPACES.getOrDefault(type, DYNAMODB_NAMESPACE) + type);
		if (error.getMessage() != null) {
			body.put(messageMember(type), error.getMessage());
		}
		ObjectNode extra = error.extra();
		if (extra != null) {
			for (Map.Entry<String, JsonNode> member : extra.properties()) {
				body.set(member.getKey(), member.getValue());
			}
		}
		return body;
	}

	private static String messageMember(String type) {
		return switch (type) {
			case "SerializationException", "TransactionCanceledException" -> "Message";
			default -> "message";
		};
	}

}
