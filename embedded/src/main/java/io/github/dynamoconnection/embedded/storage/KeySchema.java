package io.github.dynamoconnection.embedded.storage;

import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

/**
 * The key attributes of a table or index: a partition (hash) key and an optional sort (range) key,
 * with their declared types.
 */
public record KeySchema(String hashName, ValueType hashType, String rangeName, ValueType rangeType) {

	/** Whether there is a sort key. */
	public boolean hasRange() {
		return rangeName != null;
	}

	/** Whether the attribute is one of the key attributes. */
	public boolean isKeyAttribute(String name) {
		return name.equals(hashName) || name.equals(rangeName);
	}

	/** The partition key value of an item, or {@code null} when absent or of another type. */
	public Value hashOf(Map<String, Value> item) {
		Value value = item.get(hashName);
		return (value != null && value.type() == hashType) ? value : null;
	}

	/** The sort key value of an item, or {@code null} when there is no sort key or it is absent or of another type. */
	public Value rangeOf(Map<String, Value> item) {
		if (rangeName == null) {
			return null;
		}
		Value value = item.get(rangeName);
		return (value != null && value.type() == rangeType) ? value : null;
	}

	/** Whether the item carries every key attribute with the right type (else a sparse index skips it). */
	public boolean covers(Map<String, Value> item) {
		return hashOf(item) != null && (rangeName == null || rangeOf(item) != null);
	}

}
