package io.github.dynamoconnection.embedded.contract;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The DynamoDB-compatible engine: executes one operation (e.g. {@code PutItem}) on a request body
 * already parsed from DynamoDB's JSON 1.0 shape, and returns the response body. Thread-safe. Knows
 * nothing of HTTP: both faces (in-process {@code SdkHttpClient} and the HTTP server) call it.
 * <p>
 * CONTRACT SKELETON: the engine work implements it.
 */
public interface Engine extends AutoCloseable {

	/**
	 * Executes one operation.
	 * @param operation operation name without the target prefix, e.g. {@code GetItem}
	 * @param request the request body
	 * @return the response body (an empty object when DynamoDB answers {@code {}})
	 * @throws EngineException for every DynamoDB error, e.g. UnknownOperationException for an
	 * unknown operation, ValidationException for bad input
	 */
	ObjectNode execute(String operation, ObjectNode request);

	/**
	 * Executes one operation in a namespace (account and region); an engine without namespaces
	 * runs it in its only one.
	 * @param namespace the account and region the request was signed for, {@code null} for the
	 * engine's default namespace
	 */
	default ObjectNode execute(Namespace namespace, String operation, ObjectNode request) {
		return execute(operation, request);
	}

	/**
	 * Executes one operation straight from its JSON body, with no tree in between, when the engine
	 * has a streaming path for the operation and the body is in the plain, valid shape that path
	 * takes; it answers exactly what {@link #execute(Namespace, String, ObjectNode)} would.
	 * @param namespace the account and region, {@code null} for the engine's default namespace
	 * @param body the buffer holding the request body (JSON, not compressed)
	 * @return the response body as JSON, or {@code null} when nothing ran and the caller must parse
	 * the body and call {@link #execute(Namespace, String, ObjectNode)}
	 * @throws EngineException for a DynamoDB error of a request the streaming path took
	 */
	default byte[] executeStreaming(Namespace namespace, String operation, byte[] body, int offset, int length) {
		return null;
	}

	/** Every namespace that holds state (default included); empty for an engine without namespaces. */
	default List<Namespace> namespaces() {
		return List.of();
	}

	/** Stops background work (the TTL sweeper). */
	@Override
	void close();

}
