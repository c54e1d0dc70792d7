package io.github.dynamoconnection.item;

import org.jspecify.annotations.Nullable;

/**
 * A primary key as plain Java values; its attribute names and types come from the table's schema.
 *
 * @param hashKey the partition key value
 * @param rangeKey the sort key value, {@code null} for a hash-only table
 */
public record Key(Object hashKey, @Nullable Object rangeKey) {

	/** A key of a hash-only table. */
	public static Key of(Object hashKey) {
		return new Key(hashKey, null);
	}

	/** A key of a hash+range table. */
	public static Key of(Object hashKey, @Nullable Object rangeKey) {
		return new Key(hashKey, rangeKey);
	}

}
