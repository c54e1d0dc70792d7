package io.github.dynamoconnection.embedded.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

/**
 * The key attributes of a table or index: a partition (hash) key and an optional sort (range) key,
 * with their declared types. A global secondary index may have a multi-attribute key (up to four
 * partition and four sort key attributes, {@link Composite}): then {@code hashName}/{@code rangeName}
 * are the first of each, and {@link #hashOf}/{@link #rangeOf} give the attributes' values as one
 * {@link KeyTuples} binary whose order is theirs, left to right.
 * @param composite the multi-attribute key, or {@code null} for a one-attribute partition and sort key
 */
public record KeySchema(String hashName, ValueType hashType, String rangeName, ValueType rangeType,
		Composite composite) {

	/** A key of one partition key attribute and an optional sort key attribute. */
	public KeySchema(String hashName, ValueType hashType, String rangeName, ValueType rangeType) {
		this(hashName, hashType, rangeName, rangeType, null);
	}

	/**
	 * A multi-attribute key's attributes in key schema order.
	 * @param hashNames the partition key attributes (1 to 4)
	 * @param hashTypes their types
	 * @param rangeNames the sort key attributes (0 to 4)
	 * @param rangeTypes their types
	 */
	public record Composite(List<String> hashNames, List<ValueType> hashTypes, List<String> rangeNames,
			List<ValueType> rangeTypes) {

		public Composite {
			hashNames = List.copyOf(hashNames);
			hashTypes = List.copyOf(hashTypes);
			rangeNames = List.copyOf(rangeNames);
			rangeTypes = List.copyOf(rangeTypes);
		}

	}

	/** A key schema of these attributes: a composite one when either part has more than one. */
	public static KeySchema of(List<String> hashNames, List<ValueType> hashTypes, List<String> rangeNames,
			List<ValueType> rangeTypes) {
		String range = rangeNames.isEmpty() ? null : rangeNames.get(0);
		ValueType rangeType = rangeNames.isEmpty() ? null : rangeTypes.get(0);
		Composite composite = (hashNames.size() > 1 || rangeNames.size() > 1)
				? new Composite(hashNames, hashTypes, rangeNames, rangeTypes) : null;
		return new KeySchema(hashNames.get(0), hashTypes.get(0), range, rangeType, composite);
	}

	/** The partition key attributes in order (one unless composite). */
	public List<String> hashNames() {
		return (composite != null) ? composite.hashNames() : List.of(hashName);
	}

	/** The sort key attributes in order (none, one, or up to four when composite). */
	public List<String> rangeNames() {
		if (composite != null) {
			return composite.rangeNames();
		}
		return (rangeName != null) ? List.of(rangeName) : List.of();
	}

	/** The declared type of a key attribute, or {@code null} when it is not one. */
	public ValueType typeOf(String name) {
		if (composite == null) {
			return name.equals(hashName) ? hashType : name.equals(rangeName) ? rangeType : null;
		}
		int hash = composite.hashNames().indexOf(name);
		if (hash >= 0) {
			return composite.hashTypes().get(hash);
		}
		int range = composite.rangeNames().indexOf(name);
		return (range >= 0) ? composite.rangeTypes().get(range) : null;
	}

	/** Whether there is a sort key. */
	public boolean hasRange() {
		return rangeName != null;
	}

	/** Whether the attribute is one of the key attributes. */
	public boolean isKeyAttribute(String name) {
		if (composite != null) {
			return composite.hashNames().contains(name) || composite.rangeNames().contains(name);
		}
		return name.equals(hashName) || name.equals(rangeName);
	}

	/** The partition key value of an item, or {@code null} when absent or of another type. */
	public Value hashOf(Map<String, Value> item) {
		if (composite != null) {
			return tupleOf(item, composite.hashNames(), composite.hashTypes());
		}
		Value value = item.get(hashName);
		return (value != null && value.type() == hashType) ? value : null;
	}

	/** The sort key value of an item, or {@code null} when there is no sort key or it is absent or of another type. */
	public Value rangeOf(Map<String, Value> item) {
		if (rangeName == null) {
			return null;
		}
		if (composite != null) {
			return tupleOf(item, composite.rangeNames(), composite.rangeTypes());
		}
		Value value = item.get(rangeName);
		return (value != null && value.type() == rangeType) ? value : null;
	}

	/** Whether the item carries every key attribute with the right type (else a sparse index skips it). */
	public boolean covers(Map<String, Value> item) {
		return hashOf(item) != null && (rangeName == null || rangeOf(item) != null);
	}

	private static Value tupleOf(Map<String, Value> item, List<String> names, List<ValueType> types) {
		List<Value> values = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			Value value = item.get(names.get(i));
			if (value == null || value.type() != types.get(i)) {
				return null;
			}
			values.add(value);
		}
		return KeyTuples.encode(values);
	}

}
