package io.github.dynamoconnection.embedded.engine;

import java.util.Arrays;
import java.util.NavigableMap;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.RangeCondition;
import io.github.dynamoconnection.embedded.storage.IndexEntryKey;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

/**
 * Turns a sort key condition into a sub-range of a sorted partition, so that a query reads only
 * the matching items. {@code below(v)} / {@code above(v)} are the map keys just before / after all
 * entries whose sort key is {@code v}; for a table partition that is {@code v} itself.
 */
interface KeyBounds<K> {

	K below(Value value);

	K above(Value value);

	/** Bounds for a table partition keyed by the sort key value. */
	KeyBounds<Value> TABLE = new KeyBounds<>() {

		@Override
		public Value below(Value value) {
			return value;
		}

		@Override
		public Value above(Value value) {
			return value;
		}

	};

	/** Bounds for a secondary index partition. */
	KeyBounds<IndexEntryKey> INDEX = new KeyBounds<>() {

		@Override
		public IndexEntryKey below(Value value) {
			return IndexEntryKey.bound(value, -1);
		}

		@Override
		public IndexEntryKey above(Value value) {
			return IndexEntryKey.bound(value, 1);
		}

	};

	/** The part of the partition that satisfies the sort key condition (all of it when there is none). */
	static <K> NavigableMap<K, byte[]> restrict(NavigableMap<K, byte[]> partition, RangeCondition range, KeyBounds<K> bounds) {
		if (range == null) {
			return partition;
		}
		Value low = range.low();
		if (range.op() == RangeCondition.Op.BETWEEN && ValueOrder.compare(low, range.high()) > 0) {
			throw EngineException.validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {"
					+ low.type() + ":" + text(low) + "}, upper bound operand: AttributeValue: {" + range.high().type() + ":" + text(range.high()) + "}");
		}
		return switch (range.op()) {
			case EQ -> partition.subMap(bounds.below(low), true, bounds.above(low), true);
			case LT -> partition.headMap(bounds.below(low), false);
			case LE -> partition.headMap(bounds.above(low), true);
			case GT -> partition.tailMap(bounds.above(low), false);
			case GE -> partition.tailMap(bounds.below(low), true);
			case BETWEEN -> partition.subMap(bounds.below(low), true, bounds.above(range.high()), true);
			case BEGINS_WITH -> {
				Value after = successorOfPrefix(low);
				yield (after == null) ? partition.tailMap(bounds.below(low), true)
						: partition.subMap(bounds.below(low), true, bounds.below(after), false);
			}
		};
	}

	private static String text(Value value) {
		if (value instanceof Value.S s) {
			return s.value();
		}
		if (value instanceof Value.N n) {
			return n.text();
		}
		return value.toString();
	}

	/** The smallest value greater than every value starting with the prefix, or {@code null} if none exists. */
	static Value successorOfPrefix(Value prefix) {
		if (prefix instanceof Value.S s) {
			int[] codePoints = s.value().codePoints().toArray();
			for (int i = codePoints.length - 1; i >= 0; i--) {
				int next = codePoints[i] + 1;
				if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
					next = Character.MAX_SURROGATE + 1;
				}
				if (next <= Character.MAX_CODE_POINT) {
					int[] head = Arrays.copyOf(codePoints, i + 1);
					head[i] = next;
					return new Value.S(new String(head, 0, head.length));
				}
			}
			return null;
		}
		if (prefix instanceof Value.B b) {
			byte[] bytes = b.value();
			for (int i = bytes.length - 1; i >= 0; i--) {
				if ((bytes[i] & 0xFF) != 0xFF) {
					byte[] head = Arrays.copyOf(bytes, i + 1);
					head[i]++;
					return new Value.B(head);
				}
			}
			return null;
		}
		return null;
	}

}
