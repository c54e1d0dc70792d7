package io.github.dynamoconnection.internal.schema;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One key attribute of a table or index: its name and its scalar type (S, N or B).
 *
 * @param name attribute name
 * @param type scalar type
 */
public record KeyAttribute(String name, ScalarAttributeType type) {

	/** A readable type such as {@code N (number)}. */
	public String describeType() {
		return switch (type) {
			case S -> "S (string)";
			case N -> "N (number)";
			case B -> "B (binary)";
			default -> String.valueOf(type);
		};
	}

}
