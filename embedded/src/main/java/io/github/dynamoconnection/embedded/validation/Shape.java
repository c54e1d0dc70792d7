package io.github.dynamoconnection.embedded.validation;

import java.util.List;
import java.util.Set;

/**
 * One shape of DynamoDB's request model with its constraints, as declared in
 * {@code request-shapes.json}. Members are {@link Member}s in the order DynamoDB checks them.
 *
 * @param name the model's shape name, e.g. {@code TableName}
 * @param type the model's type: structure, list, map, string, integer, long, double, boolean, blob, timestamp
 * @param members a structure's members (empty otherwise)
 * @param required the names of a structure's required members
 * @param min the least length (strings, lists, maps) or value (numbers), or {@code null}
 * @param max the greatest length or value, or {@code null}
 * @param pattern a string's regular expression, or {@code null}
 * @param enumValues a string's allowed values, or empty
 * @param element a list's element shape, or a map's value shape, or {@code null}
 * @param key a map's key shape, or {@code null}
 * @param nameShape for a table name or ARN: the shape a value that is not an ARN must satisfy, or {@code null}
 */
record Shape(String name, String type, List<Member> members, Set<String> required, Long min, Long max,
		java.util.regex.Pattern pattern, List<String> enumValues, String element, String key, String nameShape) {

	/** One member of a structure: its name in the request and its shape's name. */
	record Member(String name, String shape) {
	}

	boolean isStructure() {
		return "structure".equals(type);
	}

	boolean isList() {
		return "list".equals(type);
	}

	boolean isMap() {
		return "map".equals(type);
	}

	boolean isNumber() {
		return "integer".equals(type) || "long".equals(type) || "double".equals(type);
	}

}
