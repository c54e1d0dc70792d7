package io.github.dynamoconnection.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.InvalidKeyException;
import io.github.dynamoconnection.item.Key;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds typed key attributes from plain Java values, checked against the table's key schema before
 * anything is sent: a String for an N key must parse as a number, a range key must be given exactly
 * when the table has one, and key values must not be empty.
 */
public final class KeyValues {

	private KeyValues() {
	}

	/**
	 * The key map of {@code key} on the table's primary key.
	 * @param operation the operation, for the error message
	 * @param schema the table's key schema
	 * @param key the key values ({@code null} range key for a hash-only table)
	 * @return the key, typed from the schema
	 * @throws InvalidArgumentException when a value is missing, extra or of the wrong type
	 */
	public static Map<String, AttributeValue> key(Operation operation, KeySchema schema, Key key) {
		return key(operation, schema, key.hashKey(), key.rangeKey());
	}

	/** The key map for {@code hash} and {@code range} (see {@link #key(Operation, KeySchema, Key)}). */
	public static Map<String, AttributeValue> key(Operation operation, KeySchema schema, Object hash, @Nullable Object range) {
		AttributeValue hashValue = value(operation, schema.tableName(), schema.hashKey(), hash);
		if (schema.rangeKey() == null) {
			if (range != null) {
				throw invalidKey(operation, schema.tableName(), "table has no range key, but range key value "
						+ describeValueType(range) + " was given (hash key is '" + schema.hashKey().name() + "')");
			}
			return Map.of(schema.hashKey().name(), hashValue);
		}
		if (range == null) {
			throw invalidKey(operation, schema.tableName(), "range key '" + schema.rangeKey().name() + "' of type "
					+ schema.rangeKey().describeType() + " is missing");
		}
		AttributeValue rangeValue = value(operation, schema.tableName(), schema.rangeKey(), range);
		return Map.of(schema.hashKey().name(), hashValue, schema.rangeKey().name(), rangeValue);
	}

	/**
	 * The primary key of a whole item, checking that the item holds every key attribute with the right type.
	 * @param operation the operation, for the error message
	 * @param schema the table's key schema
	 * @param item the item, already converted
	 * @return the key attributes of the item
	 */
	public static Map<String, AttributeValue> keyOf(Operation operation, KeySchema schema, Map<String, AttributeValue> item) {
		AttributeValue hash = item.get(schema.hashKey().name());
		if (hash == null) {
			throw invalidKey(operation, schema.tableName(), "item lacks hash key '" + schema.hashKey().name() + "' of type "
					+ schema.hashKey().describeType());
		}
		check(operation, schema.tableName(), schema.hashKey(), hash);
		if (schema.rangeKey() == null) {
			return Map.of(schema.hashKey().name(), hash);
		}
		AttributeValue range = item.get(schema.rangeKey().name());
		if (range == null) {
			throw invalidKey(operation, schema.tableName(), "item lacks range key '" + schema.rangeKey().name()
					+ "' of type " + schema.rangeKey().describeType());
		}
		check(operation, schema.tableName(), schema.rangeKey(), range);
		Map<String, AttributeValue> key = new HashMap<>(4);
		key.put(schema.hashKey().name(), hash);
		key.put(schema.rangeKey().name(), range);
		return key;
	}

	/**
	 * One key attribute value, typed from the schema.
	 * @param operation the operation, for the error message
	 * @param table the table, for the error message
	 * @param attribute the key attribute
	 * @param value the Java value (String, Number, byte[], SdkBytes, ByteBuffer or a matching AttributeValue)
	 * @return the typed value
	 */
	public static AttributeValue value(Operation operation, String table, KeyAttribute attribute, Object value) {
		if (value == null) {
			throw invalidKey(operation, table, "key attribute '" + attribute.name() + "' of type "
					+ attribute.describeType() + " is missing");
		}
		if (value instanceof AttributeValue given) {
			check(operation, table, attribute, given);
			return given;
		}
		AttributeValue converted = switch (attribute.type()) {
			case S -> (value instanceof CharSequence text) ? AttributeValue.fromS(text.toString()) : null;
			case N -> number(value);
			case B -> binary(value);
			default -> null;
		};
		if (converted == null) {
			throw invalidKey(operation, table, "key attribute '" + attribute.name() + "' must be of type "
					+ attribute.describeType() + ", got " + describeValueType(value)
					+ ((attribute.type() == software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N && value instanceof CharSequence) ? " that is not a number" : ""));
		}
		check(operation, table, attribute, converted);
		return converted;
	}

	private static AttributeValue number(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return AttributeValue.fromN(value.toString());
		}
		if (value instanceof BigDecimal decimal) {
			return AttributeValue.fromN(decimal.toString());
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? AttributeValue.fromN(BigDecimal.valueOf(number).toString()) : null;
		}
		if (value instanceof CharSequence text) {
			try {
				return AttributeValue.fromN(new BigDecimal(text.toString().trim()).toString());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static AttributeValue binary(Object value) {
		if (value instanceof byte[] bytes) {
			return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
		}
		if (value instanceof SdkBytes bytes) {
			return AttributeValue.fromB(bytes);
		}
		if (value instanceof ByteBuffer buffer) {
			return AttributeValue.fromB(SdkBytes.fromByteBuffer(buffer));
		}
		return null;
	}

	private static void check(Operation operation, String table, KeyAttribute attribute, AttributeValue value) {
		boolean ok = switch (attribute.type()) {
			case S -> value.s() != null && !value.s().isEmpty();
			case N -> value.n() != null && !value.n().isEmpty();
			case B -> value.b() != null && value.b().asByteBuffer().hasRemaining();
			default -> false;
		};
		if (!ok) {
			boolean empty = (value.s() != null && value.s().isEmpty()) || (value.b() != null && !value.b().asByteBuffer().hasRemaining());
			throw invalidKey(operation, table, "key attribute '" + attribute.name() + "' must be a non-empty value of type "
					+ attribute.describeType() + ", got " + (empty ? "an empty value" : "AttributeValue of type " + value.type()));
		}
	}

	private static String describeValueType(Object value) {
		return value.getClass().getSimpleName();
	}

	/** An {@link InvalidKeyException} whose message starts with the table name. */
	public static InvalidKeyException invalidKey(Operation operation, String table, String problem) {
		return new InvalidKeyException(operation.awsName(), List.of(table),
				operation.awsName() + " on table '" + table + "': " + problem);
	}

	/** An {@link InvalidArgumentException} whose message starts with the table name. */
	public static InvalidArgumentException invalid(Operation operation, String table, String problem) {
		return new InvalidArgumentException(operation.awsName(), List.of(table),
				operation.awsName() + " on table '" + table + "': " + problem);
	}

}
