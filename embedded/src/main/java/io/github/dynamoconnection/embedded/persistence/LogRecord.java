package io.github.dynamoconnection.embedded.persistence;

import io.github.dynamoconnection.embedded.contract.Namespace;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of the operation log: a mutating operation that the engine acknowledged, with the time
 * it ran (replay runs it again at that time, so time-dependent behaviour replays the same).
 * @param timestampMillis when the operation ran, epoch milliseconds
 * @param operation the operation name, e.g. {@code PutItem}
 * @param request the request body
 * @param namespace the account and region it ran in, {@code null} for the engine's default (as in
 * logs written before namespaces)
 */
record LogRecord(long timestampMillis, String operation, ObjectNode request, Namespace namespace) {

	LogRecord(long timestampMillis, String operation, ObjectNode request) {
		this(timestampMillis, operation, request, null);
	}

	/** Operation name of the marker that ends a compacted snapshot; never sent to the engine. */
	static final String SNAPSHOT_END = "_SnapshotEnd";

	boolean isSnapshotEnd() {
		return SNAPSHOT_END.equals(operation);
	}

}
