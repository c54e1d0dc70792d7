package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.embedded.value.Value;

/** Union and difference of two sets of the same type (SS, NS or BS), keeping member order. */
final class Sets {

	private Sets() {
	}

	/** {@code a} plus the members of {@code b} it lacks. */
	static Value union(Value a, Value b) {
		if (a instanceof Value.SS x && b instanceof Value.SS y) {
			List<String> members = new ArrayList<>(x.values());
			y.values().stream().filter(m -> !members.contains(m)).forEach(members::add);
			return new Value.SS(members);
		}
		if (a instanceof Value.NS x && b instanceof Value.NS y) {
			List<BigDecimal> members = new ArrayList<>(x.values());
			y.values().stream().filter(m -> !members.contains(m)).forEach(members::add);
			return new Value.NS(members);
		}
		Value.BS x = (Value.BS) a;
		Value.BS y = (Value.BS) b;
		List<byte[]> members = new ArrayList<>(x.values());
		y.values().stream().filter(m -> !x.contains(m)).forEach(members::add);
		return new Value.BS(members);
	}

	/** {@code a} without the members of {@code b}, or {@code null} when nothing remains. */
	static Value difference(Value a, Value b) {
		if (a instanceof Value.SS x && b instanceof Value.SS y) {
			List<String> members = x.values().stream().filter(m -> !y.values().contains(m)).toList();
			return members.isEmpty() ? null : new Value.SS(members);
		}
		if (a instanceof Value.NS x && b instanceof Value.NS y) {
			List<BigDecimal> members = x.values().stream().filter(m -> !y.values().contains(m)).toList();
			return members.isEmpty() ? null : new Value.NS(members);
		}
		Value.BS x = (Value.BS) a;
		Value.BS y = (Value.BS) b;
		List<byte[]> members = x.values().stream().filter(m -> !y.contains(m)).toList();
		return members.isEmpty() ? null : new Value.BS(members);
	}

}
