package io.github.dynamoconnection.embedded.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reference model of one table: a plain list of items, filtered and sorted in plain Java for
 * every read the test checks.
 */
final class ReferenceTable {

	/** A sort key condition: operator and operands (none for {@code NONE}). */
	record RangeCondition(String op, AttributeValue low, AttributeValue high) {

		static final RangeCondition NONE = new RangeCondition("NONE", null, null);

		boolean test(AttributeValue value) {
			return switch (op) {
				case "NONE" -> true;
				case "=" -> KeyOrder.compare(value, low) == 0;
				case "<" -> KeyOrder.compare(value, low) < 0;
				case "<=" -> KeyOrder.compare(value, low) <= 0;
				case ">" -> KeyOrder.compare(value, low) > 0;
				case ">=" -> KeyOrder.compare(value, low) >= 0;
				case "BETWEEN" -> KeyOrder.compare(value, low) >= 0 && KeyOrder.compare(value, high) <= 0;
				case "begins_with" -> KeyOrder.beginsWith(value, low);
				default -> throw new IllegalStateException(op);
			};
		}

	}

	final TableShape shape;

	private final List<Map<String, AttributeValue>> items = new ArrayList<>();

	ReferenceTable(TableShape shape) {
		this.shape = shape;
	}

	List<Map<String, AttributeValue>> items() {
		return List.copyOf(items);
	}

	/** The key attributes of an item. */
	Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		key.put(shape.keys().hash(), item.get(shape.keys().hash()));
		if (shape.keys().hasRange()) {
			key.put(shape.keys().range(), item.get(shape.keys().range()));
		}
		return key;
	}

	Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
		for (Map<String, AttributeValue> item : items) {
			if (keyOf(item).equals(key)) {
				return item;
			}
		}
		return null;
	}

	void put(Map<String, AttributeValue> item) {
		delete(keyOf(item));
		items.add(Map.copyOf(item));
	}

	void delete(Map<String, AttributeValue> key) {
		items.removeIf(item -> keyOf(item).equals(key));
	}

	/** Whether no item has this partition key value. */
	boolean partitionEmpty(AttributeValue hash) {
		return items.stream().noneMatch(item -> hash.equals(item.get(shape.keys().hash())));
	}

	/** The items in the table, or in its index (only those carrying both index keys), matching a query, in query order. */
	List<Map<String, AttributeValue>> query(boolean onIndex, AttributeValue hash, RangeCondition range, boolean forward) {
		TableShape.Keys keys = onIndex ? shape.indexKeys() : shape.keys();
		List<Map<String, AttributeValue>> result = new ArrayList<>();
		for (Map<String, AttributeValue> item : scan(onIndex)) {
			if (hash.equals(item.get(keys.hash())) && (!keys.hasRange() || range.test(item.get(keys.range())))) {
				result.add(item);
			}
		}
		if (keys.hasRange()) {
			Comparator<Map<String, AttributeValue>> order = Comparator.comparing(item -> item.get(keys.range()), KeyOrder.ORDER);
			result.sort(forward ? order : order.reversed());
		}
		return result;
	}

	/** Every item of the table, or of its sparse index, in no particular order. */
	List<Map<String, AttributeValue>> scan(boolean onIndex) {
		if (!onIndex) {
			return items();
		}
		TableShape.Keys keys = shape.indexKeys();
		return items.stream()
			.filter(item -> item.containsKey(keys.hash()) && (!keys.hasRange() || item.containsKey(keys.range())))
			.toList();
	}

}
