package io.github.dynamoconnection.embedded.contract;

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

	/** Stops background work (the TTL sweeper). */
	@Override
	void close();

}
