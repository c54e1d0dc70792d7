package io.github.dynamoconnection.expression;

import java.util.EnumSet;
import java.util.Set;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One action of an update expression, e.g. {@code #n0 = #n0 + :v0} in the SET clause. */
final class UpdateAction {

	/** The four clauses of an update expression, in the order they are rendered. */
	enum Clause {
		SET, REMOVE, ADD, DELETE
	}

	/** What the action does; {@code accepted} lists the value types it takes (empty: no value). */
	enum Kind {

		SET_VALUE(Clause.SET, "set", null),
		SET_IF_NOT_EXISTS(Clause.SET, "setIfNotExists", null),
		INCREMENT(Clause.SET, "increment", EnumSet.of(AttributeValue.Type.N)),
		DECREMENT(Clause.SET, "decrement", EnumSet.of(AttributeValue.Type.N)),
		APPEND_TO_LIST(Clause.SET, "appendToList", EnumSet.of(AttributeValue.Type.L)),
		PREPEND_TO_LIST(Clause.SET, "prependToList", EnumSet.of(AttributeValue.Type.L)),
		REMOVE(Clause.REMOVE, "remove", null),
		ADD(Clause.ADD, "add", EnumSet.of(AttributeValue.Type.N, AttributeValue.Type.SS, AttributeValue.Type.NS, AttributeValue.Type.BS)),
		DELETE(Clause.DELETE, "delete", EnumSet.of(AttributeValue.Type.SS, AttributeValue.Type.NS, AttributeValue.Type.BS));

		final Clause clause;

		final String method;

		/** Value types accepted, or {@code null} for any. */
		final Set<AttributeValue.Type> accepted;

		Kind(Clause clause, String method, Set<AttributeValue.Type> accepted) {
			this.clause = clause;
			this.method = method;
			this.accepted = accepted;
		}

	}

	final Kind kind;

	final Path path;

	private final AttributeValue value;

	private UpdateAction(Kind kind, Path path, AttributeValue value) {
		this.kind = kind;
		this.path = path;
		this.value = value;
	}

	static UpdateAction remove(Path path) {
		return new UpdateAction(Kind.REMOVE, checkPath(path, Kind.REMOVE), null);
	}

	static UpdateAction of(Kind kind, Path path, Object value) {
		checkPath(path, kind);
		AttributeValue converted = AttributeValues.toAttributeValue(value);
		if (kind.accepted != null && !kind.accepted.contains(converted.type())) {
			throw new IllegalArgumentException(kind.method + " on " + path + " needs " + expected(kind) + ", got "
					+ ((value == null) ? "null" : value.getClass().getName()));
		}
		return new UpdateAction(kind, path, converted);
	}

	private static Path checkPath(Path path, Kind kind) {
		if (path == null) {
			throw new IllegalArgumentException(kind.method + " needs a path, got null");
		}
		return path;
	}

	private static String expected(Kind kind) {
		return switch (kind) {
			case INCREMENT, DECREMENT -> "a number";
			case APPEND_TO_LIST, PREPEND_TO_LIST -> "a List or array";
			case ADD -> "a number or a non-empty Set";
			default -> "a non-empty Set";
		};
	}

	String render(Placeholders placeholders) {
		String target = path.render(placeholders);
		return switch (kind) {
			case SET_VALUE -> target + " = " + placeholders.value(value);
			case SET_IF_NOT_EXISTS -> target + " = if_not_exists(" + target + ", " + placeholders.value(value) + ")";
			case INCREMENT -> target + " = " + target + " + " + placeholders.value(value);
			case DECREMENT -> target + " = " + target + " - " + placeholders.value(value);
			case APPEND_TO_LIST -> target + " = list_append(" + target + ", " + placeholders.value(value) + ")";
			case PREPEND_TO_LIST -> target + " = list_append(" + placeholders.value(value) + ", " + target + ")";
			case REMOVE -> target;
			case ADD, DELETE -> target + " " + placeholders.value(value);
		};
	}

}
