package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * A Query's key condition on a key of one or more attributes, such as a global secondary index
 * with a multi-attribute key (up to four partition and four sort key attributes). DynamoDB's rules
 * hold when it is built: equality on every partition key attribute; sort key attributes used left
 * to right, each with an equality except the last one used, which may have any
 * {@link RangeKeyCondition}. {@link #checkAgainst(List)} checks it against the key schema of the
 * table or index queried. Immutable.
 * <pre>{@code
 * KeyCondition condition = KeyCondition.builder()
 *     .partitionKey("tenant", "acme").partitionKey("region", "eu")
 *     .sortKey("year", 2025).sortKey("month", RangeKeyCondition.between(1, 6))
 *     .build();
 * }</pre>
 */
public final class KeyCondition {

	/** Most attributes a partition key, or a sort key, may have. */
	public static final int MAX_KEY_ATTRIBUTES = 4;

	private final Map<String, AttributeValue> partitionKey;

	private final Map<String, RangeKeyCondition> sortKey;

	private KeyCondition(Builder builder) {
		this.partitionKey = new LinkedHashMap<>(builder.partitionKey);
		this.sortKey = new LinkedHashMap<>(builder.sortKey);
	}

	/** A builder; give the partition key attributes first, then the sort key attributes left to right. */
	public static Builder builder() {
		return new Builder();
	}

	/** The sort key attributes the condition uses, in order. */
	public List<String> sortKeyAttributes() {
		return List.copyOf(this.sortKey.keySet());
	}

	/** The partition key attributes the condition sets, in the order given. */
	public List<String> partitionKeyAttributes() {
		return List.copyOf(this.partitionKey.keySet());
	}

	/**
	 * Checks the condition against the key schema of the table or index it queries: it must set
	 * exactly the partition key attributes, and use a left prefix of the sort key attributes.
	 * @param keySchema the key schema (HASH and RANGE elements in DynamoDB's order)
	 * @return this condition
	 * @throws IllegalArgumentException naming what does not match
	 */
	public KeyCondition checkAgainst(List<KeySchemaElement> keySchema) {
		List<String> partition = new ArrayList<>();
		List<String> sort = new ArrayList<>();
		for (KeySchemaElement element : keySchema) {
			(element.keyType() == KeyType.HASH ? partition : sort).add(element.attributeName());
		}
		if (!new HashSet<>(partition).equals(this.partitionKey.keySet())) {
			throw new IllegalArgumentException("key condition sets partition key attributes " + this.partitionKey.keySet()
					+ " but the key's are " + partition + ": every partition key attribute needs an equality");
		}
		List<String> used = sortKeyAttributes();
		if (used.size() > sort.size() || !sort.subList(0, used.size()).equals(used)) {
			throw new IllegalArgumentException("key condition uses sort key attributes " + used + " but the key's are "
					+ sort + ": use them left to right, without skipping one");
		}
		return this;
	}

	/**
	 * Renders the KeyConditionExpression, such as {@code a = :v0 AND b = :v1 AND #n0 BETWEEN :v2 AND :v3}
	 * (a name as a placeholder only where DynamoDB needs one).
	 * @param placeholders the request's placeholders
	 * @return the expression text
	 */
	public String render(Placeholders placeholders) {
		List<String> parts = new ArrayList<>();
		this.partitionKey.forEach((name, value) -> parts.add(placeholders.bareOrName(name) + " = " + placeholders.value(value)));
		this.sortKey.forEach((name, condition) -> parts.add(condition.render(placeholders, name)));
		return String.join(" AND ", parts);
	}

	@Override
	public String toString() {
		return Placeholders.display(this::render);
	}

	/** Builds a {@link KeyCondition}, refusing what DynamoDB would refuse. */
	public static final class Builder {

		private final Map<String, AttributeValue> partitionKey = new LinkedHashMap<>();

		private final Map<String, RangeKeyCondition> sortKey = new LinkedHashMap<>();

		private Builder() {
		}

		/** Equality on a partition key attribute (each one of the key needs one). */
		public Builder partitionKey(String attributeName, Object value) {
			requireName(attributeName, "partition");
			if (value == null) {
				throw new IllegalArgumentException("partition key attribute '" + attributeName + "' needs a value");
			}
			AttributeValue converted = AttributeValues.toAttributeValue(value);
			if (converted.type() != AttributeValue.Type.S && converted.type() != AttributeValue.Type.N
					&& converted.type() != AttributeValue.Type.B) {
				throw new IllegalArgumentException("partition key attribute '" + attributeName
						+ "' needs a string, number or binary value, got " + value.getClass().getName());
			}
			if (this.partitionKey.size() == MAX_KEY_ATTRIBUTES) {
				throw new IllegalArgumentException("a partition key has at most " + MAX_KEY_ATTRIBUTES + " attributes");
			}
			this.partitionKey.put(attributeName, converted);
			return this;
		}

		/** Equality on the next sort key attribute. */
		public Builder sortKey(String attributeName, Object value) {
			return sortKey(attributeName, RangeKeyCondition.eq(value));
		}

		/** A condition on the next sort key attribute; anything but an equality must be on the last one used. */
		public Builder sortKey(String attributeName, RangeKeyCondition condition) {
			requireName(attributeName, "sort");
			if (condition == null) {
				throw new IllegalArgumentException("sort key attribute '" + attributeName + "' needs a condition");
			}
			this.sortKey.forEach((previousName, previous) -> {
				if (!previous.isEquality()) {
					throw new IllegalArgumentException("sort key attribute '" + previousName + "' has the range condition "
							+ previous + ", so no sort key attribute may follow it (here '" + attributeName
							+ "'): only the last sort key attribute used may have a condition other than equality");
				}
			});
			if (this.sortKey.size() == MAX_KEY_ATTRIBUTES) {
				throw new IllegalArgumentException("a sort key has at most " + MAX_KEY_ATTRIBUTES + " attributes");
			}
			this.sortKey.put(attributeName, condition);
			return this;
		}

		private void requireName(String attributeName, String part) {
			if (attributeName == null || attributeName.isEmpty()) {
				throw new IllegalArgumentException("a " + part + " key attribute needs a name");
			}
			if (this.partitionKey.containsKey(attributeName) || this.sortKey.containsKey(attributeName)) {
				throw new IllegalArgumentException("key attribute '" + attributeName + "' is given twice");
			}
		}

		/**
		 * The condition.
		 * @throws IllegalArgumentException without a partition key attribute
		 */
		public KeyCondition build() {
			if (this.partitionKey.isEmpty()) {
				throw new IllegalArgumentException("a key condition needs an equality on every partition key attribute; none was given");
			}
			return new KeyCondition(this);
		}

	}

}
