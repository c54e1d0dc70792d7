package io.github.dynamoconnection.embedded.validation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB's front end for one request, in DynamoDB's order: serialization (JSON types), then the
 * control plane's table name rule, then every declared constraint at once. What passes goes on to
 * the operation's own semantic checks and only then to the table it names. A request that passes
 * is proved so by one {@link QuickCheck} walk; the layers run only on the others. Thread-safe.
 */
public final class RequestValidator {

	private final RequestShapes shapes = RequestShapes.get();

	/**
	 * Checks {@code request} of {@code operation}; coercions DynamoDB's deserializer makes are applied
	 * to it in place.
	 * @return the problem to answer, or {@code null} when the request passes (or the operation is not DynamoDB's)
	 */
	public RequestProblem check(String operation, ObjectNode request) {
		RequestShapes.OperationInput input = shapes.input(operation);
		if (input == null || (input.quick() != null && QuickCheck.passes(request, input.quick()))) {
			return null;
		}
		RequestProblem problem = new SerializationLayer(shapes).check(request, input.shape());
		if (problem == null && input.tableNameFirst()) {
			problem = tableNameFirst(request.get("TableName"));
		}
		if (problem == null) {
			problem = new ConstraintLayer(shapes).check(request, input.shape(), input.order());
		}
		return problem;
	}

	/** Whether {@code operation} is one of DynamoDB's (declared here), implemented by the engine or not. */
	public boolean knows(String operation) {
		return operation != null && shapes.input(operation) != null;
	}

	/** What the declarations hold, e.g. {@code 57 operations, 262 shapes, ...}. */
	public String declarationCounts() {
		return shapes.counts();
	}

	/** DynamoDB's control plane answers a missing or mis-sized table name before other constraints. */
	private static RequestProblem tableNameFirst(JsonNode tableName) {
		if (tableName == null || tableName.isNull()) {
			return RequestProblem.validation("The parameter 'TableName' is required but was not present in the request");
		}
		String name = tableName.stringValue();
		if (!name.startsWith("arn:") && (name.length() < 3 || name.length() > 255)) {
			return RequestProblem.validation("TableName must be at least 3 characters long and at most 255 characters long");
		}
		return null;
	}

}
