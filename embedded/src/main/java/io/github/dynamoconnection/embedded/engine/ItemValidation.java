package io.github.dynamoconnection.embedded.engine;

import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

/** Checks keys and items against a table's schema and DynamoDB's limits, with DynamoDB's messages. */
final class ItemValidation {

	/** DynamoDB's maximum item size: 400 KB. */
	static final int MAX_ITEM_SIZE = 400 * 1024;

	private static final int MAX_HASH_KEY_SIZE = 2048;

	private static final int MAX_RANGE_KEY_SIZE = 1024;

	private static final String INVALID = "One or more parameter values were invalid: ";

	private ItemValidation() {
	}

	/** Validates a {@code Key} member (exactly the key attributes, with the right types) and returns the key. */
	static ItemKey key(Table table, Map<String, Value> key) {
		KeySchema schema = table.keys;
		int expected = schema.hasRange() ? 2 : 1;
		Value hash = schema.hashOf(key);
		Value range = schema.rangeOf(key);
		if (key.size() != expected || hash == null || (schema.hasRange() && range == null)) {
			throw EngineException.validation("The provided key element does not match the schema");
		}
		checkKeyValue(schema.hashName(), hash, true);
		if (range != null) {
			checkKeyValue(schema.rangeName(), range, false);
		}
		return new ItemKey(hash, range);
	}

	/** Validates a whole item for a put: key attributes present and typed, index keys typed, size. */
	static ItemKey item(Table table, Map<String, Value> item) {
		KeySchema schema = table.keys;
		checkItemKey(item, schema.hashName(), schema.hashType(), true);
		if (schema.hasRange()) {
			checkItemKey(item, schema.rangeName(), schema.rangeType(), false);
		}
		checkIndexKeys(table, item);
		checkSize(item);
		return table.keyOf(item);
	}

	/** Validates an item produced by an update: index key types and size (the key cannot change). */
	static void updated(Table table, Map<String, Value> item) {
		checkIndexKeys(table, item);
		checkSize(item, "Item size to update has exceeded the maximum allowed size");
	}

	static void checkSize(Map<String, Value> item) {
		checkSize(item, "Item size has exceeded the maximum allowed size");
	}

	private static void checkSize(Map<String, Value> item, String message) {
		if (Sizes.itemSize(item) > MAX_ITEM_SIZE) {
			throw EngineException.validation(message);
		}
	}

	private static void checkItemKey(Map<String, Value> item, String name, ValueType type, boolean hash) {
		Value value = item.get(name);
		if (value == null) {
			throw EngineException.validation(INVALID + "Missing the key " + name + " in the item");
		}
		if (value.type() != type) {
			throw EngineException.validation(INVALID + "Type mismatch for key " + name + " expected: " + type
					+ " actual: " + value.type());
		}
		checkKeyValue(name, value, hash);
	}

	private static void checkKeyValue(String name, Value value, boolean hash) {
		int size = keySize(value);
		if (size == 0 && value.type() != ValueType.N) {
			throw EngineException.validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
					+ (value.type() == ValueType.S ? "string" : "binary") + " value. Key: " + name);
		}
		if (hash && size > MAX_HASH_KEY_SIZE) {
			throw EngineException.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
		}
		if (!hash && size > MAX_RANGE_KEY_SIZE) {
			throw EngineException.validation(INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
		}
	}

	private static int keySize(Value value) {
		return (value.type() == ValueType.N) ? 1 : value.size();
	}

	private static void checkIndexKeys(Table table, Map<String, Value> item) {
		for (SecondaryIndex index : table.indexes.values()) {
			checkIndexKey(index, item, index.keys.hashName(), index.keys.hashType());
			if (index.keys.hasRange()) {
				checkIndexKey(index, item, index.keys.rangeName(), index.keys.rangeType());
			}
		}
	}

	/**
	 * Whether an existing item can enter this index: both index key attributes present, of the
	 * defined type and within the key size limits. UpdateTable's backfill skips the others.
	 */
	static boolean fitsIndex(SecondaryIndex index, Map<String, Value> item) {
		if (!index.covers(item)) {
			return false;
		}
		Value hash = item.get(index.keys.hashName());
		if (hash.type() != index.keys.hashType() || keySize(hash) == 0 || keySize(hash) > MAX_HASH_KEY_SIZE) {
			return false;
		}
		if (!index.keys.hasRange()) {
			return true;
		}
		Value range = item.get(index.keys.rangeName());
		return range.type() == index.keys.rangeType() && keySize(range) > 0 && keySize(range) <= MAX_RANGE_KEY_SIZE;
	}

	private static void checkIndexKey(SecondaryIndex index, Map<String, Value> item, String name, ValueType type) {
		Value value = item.get(name);
		if (value == null) {
			return;
		}
		if (value.type() != type) {
			throw EngineException.validation(INVALID + "Type mismatch for Index Key " + name + " Expected: " + type
					+ " Actual: " + value.type() + " IndexName: " + index.name);
		}
		if (type != ValueType.N && value.size() == 0) {
			throw EngineException.validation("One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
					+ (type == ValueType.S ? "string" : "binary") + " value. IndexName: " + index.name + ", IndexKey: " + name);
		}
		boolean hash = name.equals(index.keys.hashName());
		if (hash && keySize(value) > MAX_HASH_KEY_SIZE) {
			throw EngineException.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes"
					+ " IndexName: " + index.name + ", IndexKey: " + name);
		}
		if (!hash && keySize(value) > MAX_RANGE_KEY_SIZE) {
			throw EngineException.validation(INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes"
					+ " IndexName: " + index.name + ", IndexKey: " + name);
		}
	}

}
