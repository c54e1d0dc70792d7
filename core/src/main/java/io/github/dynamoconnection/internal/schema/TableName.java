package io.github.dynamoconnection.internal.schema;

import java.util.List;

/**
 * A table's name as the caller spells it ({@link #logical()}) and as sent to DynamoDB, after the
 * connection's table prefix ({@link #physical()}); both also as one-element lists, built once.
 *
 * @param logical the name as the caller gave it
 * @param physical the name sent to DynamoDB
 * @param logicalList {@code List.of(logical)}
 * @param physicalList {@code List.of(physical)}
 */
public record TableName(String logical, String physical, List<String> logicalList, List<String> physicalList) {

	/** Creates a name with the given prefix. */
	public static TableName of(String prefix, String logical) {
		String physical = prefix.isEmpty() ? logical : prefix + logical;
		return new TableName(logical, physical, List.of(logical), List.of(physical));
	}

	@Override
	public String toString() {
		return logical;
	}

}
