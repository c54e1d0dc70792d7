package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.github.dynamoconnection.embedded.expression.RangeCondition;
import io.github.dynamoconnection.embedded.storage.IndexEntryKey;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.storage.KeyTuples;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;
import io.github.dynamoconnection.embedded.value.ValueType;

/**
 * A Query on an index with a multi-attribute key, checked against DynamoDB's rules: equality on
 * every partition key attribute; sort key attributes used left to right without gaps, equality on
 * each but the last one used, which may have any sort key condition. The sort key conditions
 * become one range {@code [low, high)} of the encoded sort key ({@link KeyTuples}).
 */
final class MultiAttributeKeyQuery {

	private final Value hashValue;

	private final byte[] low;

	private final byte[] high;

	private MultiAttributeKeyQuery(Value hashValue, byte[] low, byte[] high) {
		this.hashValue = hashValue;
		this.low = low;
		this.high = high;
	}

	/** The encoded partition key the query reads. */
	Value hashValue() {
		return hashValue;
	}

	/** The part of the index partition the sort key conditions select. */
	NavigableMap<IndexEntryKey, byte[]> restrict(NavigableMap<IndexEntryKey, byte[]> partition) {
		NavigableMap<IndexEntryKey, byte[]> result = partition;
		if (low.length > 0) {
			result = result.tailMap(IndexEntryKey.bound(new Value.B(low), -1), true);
		}
		if (high != null) {
			result = result.headMap(IndexEntryKey.bound(new Value.B(high), -1), false);
		}
		return result;
	}

	/** Checks the conditions against the key schema and turns them into a partition and a range. */
	static MultiAttributeKeyQuery of(Map<String, RangeCondition> conditions, KeySchema keys) {
		for (String name : conditions.keySet()) {
			if (!keys.isKeyAttribute(name)) {
				throw EngineException.validation("Query key condition not supported: " + name + " is not a key attribute of the index");
			}
		}
		List<Value> hash = new ArrayList<>();
		for (String name : keys.hashNames()) {
			RangeCondition condition = conditions.get(name);
			if (condition == null) {
				throw EngineException.validation("Query condition missed key schema element: " + name);
			}
			if (condition.op() != RangeCondition.Op.EQ) {
				throw EngineException.validation("Query key condition not supported: every partition key attribute needs an equality condition, "
						+ name + " has " + condition.op());
			}
			hash.add(typed(condition.low(), keys.typeOf(name)));
		}
		List<Value> prefix = new ArrayList<>();
		RangeCondition last = null;
		List<String> rangeNames = keys.rangeNames();
		int used = 0;
		while (used < rangeNames.size() && conditions.containsKey(rangeNames.get(used))) {
			used++;
		}
		for (int i = used; i < rangeNames.size(); i++) {
			if (conditions.containsKey(rangeNames.get(i))) {
				throw EngineException.validation("Query key condition not supported: sort key attributes must be used from left to right; "
						+ rangeNames.get(i) + " is used without " + rangeNames.get(used));
			}
		}
		for (int i = 0; i < used; i++) {
			String name = rangeNames.get(i);
			RangeCondition condition = conditions.get(name);
			typed(condition.low(), keys.typeOf(name));
			if (condition.high() != null) {
				typed(condition.high(), keys.typeOf(name));
			}
			if (i < used - 1) {
				if (condition.op() != RangeCondition.Op.EQ) {
					throw EngineException.validation("Query key condition not supported: only the last sort key attribute used ("
							+ rangeNames.get(used - 1) + ") may have a range condition, " + name + " has " + condition.op());
				}
				prefix.add(condition.low());
			}
			else {
				last = condition;
			}
		}
		if (last != null && last.op() == RangeCondition.Op.BEGINS_WITH && keys.typeOf(last.attributeName()) == ValueType.N) {
			throw EngineException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
		}
		if (last != null && last.op() == RangeCondition.Op.BETWEEN && ValueOrder.compare(last.low(), last.high()) > 0) {
			throw EngineException.validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound");
		}
		return range(KeyTuples.encode(hash), bytes(prefix), prefix, last);
	}

	private static MultiAttributeKeyQuery range(Value hash, byte[] prefix, List<Value> prefixValues, RangeCondition last) {
		if (last == null) {
			return new MultiAttributeKeyQuery(hash, prefix, successor(prefix));
		}
		byte[] at = with(prefixValues, last.low());
		return switch (last.op()) {
			case EQ -> new MultiAttributeKeyQuery(hash, at, successor(at));
			case LT -> new MultiAttributeKeyQuery(hash, prefix, at);
			case LE -> new MultiAttributeKeyQuery(hash, prefix, successor(at));
			case GT -> new MultiAttributeKeyQuery(hash, orEnd(successor(at)), successor(prefix));
			case GE -> new MultiAttributeKeyQuery(hash, at, successor(prefix));
			case BETWEEN -> new MultiAttributeKeyQuery(hash, at, successor(with(prefixValues, last.high())));
			case BEGINS_WITH -> {
				byte[] start = concat(prefix, KeyTuples.prefixBody(last.low()));
				yield new MultiAttributeKeyQuery(hash, start, successor(start));
			}
		};
	}

	private static Value typed(Value value, ValueType type) {
		if (value == null || value.type() != type) {
			throw EngineException.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
		}
		return value;
	}

	private static byte[] bytes(List<Value> values) {
		return ((Value.B) KeyTuples.encode(values)).value();
	}

	private static byte[] with(List<Value> prefix, Value value) {
		List<Value> values = new ArrayList<>(prefix);
		values.add(value);
		return bytes(values);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	/** The smallest byte string above every string starting with {@code prefix}; {@code null} when none (or the prefix is empty). */
	private static byte[] successor(byte[] prefix) {
		if (prefix.length == 0) {
			return null;
		}
		Value next = KeyBounds.successorOfPrefix(new Value.B(prefix));
		return (next != null) ? ((Value.B) next).value() : null;
	}

	/** A lower bound past everything: a range that selects nothing. */
	private static byte[] orEnd(byte[] bound) {
		return (bound != null) ? bound : new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF };
	}

}
