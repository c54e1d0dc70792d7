package io.github.dynamoconnection.expression;

import java.util.Map;

/**
 * A DynamoDB update expression. Start with one of the static actions and chain more on the
 * {@link UpdateActions} it returns, e.g.
 * {@code Update.set("a", 1).add("count", 1).remove("old")}; the result renders as
 * {@code SET ... REMOVE ... ADD ... DELETE ...}. String paths are parsed with {@link Path#of}.
 * Updates are immutable and thread-safe. Chain on the {@code UpdateActions} the static methods
 * return (or a {@code var}); a variable typed {@code Update} only renders.
 */
public interface Update extends Expression {

	/** {@code SET path = value}. */
	static UpdateActions set(String path, Object value) {
		return UpdateActions.NONE.set(path, value);
	}

	/** {@code SET path = value}. */
	static UpdateActions set(Path path, Object value) {
		return UpdateActions.NONE.set(path, value);
	}

	/** {@code SET path = if_not_exists(path, value)}: sets the value only when the attribute is absent. */
	static UpdateActions setIfNotExists(String path, Object value) {
		return UpdateActions.NONE.setIfNotExists(path, value);
	}

	/** {@code SET path = if_not_exists(path, value)}: sets the value only when the attribute is absent. */
	static UpdateActions setIfNotExists(Path path, Object value) {
		return UpdateActions.NONE.setIfNotExists(path, value);
	}

	/** {@code SET path = path + number}; the attribute must exist (use {@code add} to start from zero). */
	static UpdateActions increment(String path, Number number) {
		return UpdateActions.NONE.increment(path, number);
	}

	/** {@code SET path = path + number}; the attribute must exist (use {@code add} to start from zero). */
	static UpdateActions increment(Path path, Number number) {
		return UpdateActions.NONE.increment(path, number);
	}

	/** {@code SET path = path - number}; the attribute must exist. */
	static UpdateActions decrement(String path, Number number) {
		return UpdateActions.NONE.decrement(path, number);
	}

	/** {@code SET path = path - number}; the attribute must exist. */
	static UpdateActions decrement(Path path, Number number) {
		return UpdateActions.NONE.decrement(path, number);
	}

	/** {@code SET path = list_append(path, list)}: adds the elements at the end of an existing list. */
	static UpdateActions appendToList(String path, Object list) {
		return UpdateActions.NONE.appendToList(path, list);
	}

	/** {@code SET path = list_append(path, list)}: adds the elements at the end of an existing list. */
	static UpdateActions appendToList(Path path, Object list) {
		return UpdateActions.NONE.appendToList(path, list);
	}

	/** {@code SET path = list_append(list, path)}: adds the elements at the start of an existing list. */
	static UpdateActions prependToList(String path, Object list) {
		return UpdateActions.NONE.prependToList(path, list);
	}

	/** {@code SET path = list_append(list, path)}: adds the elements at the start of an existing list. */
	static UpdateActions prependToList(Path path, Object list) {
		return UpdateActions.NONE.prependToList(path, list);
	}

	/** {@code ADD path value}: adds a number (absent counts as 0) or the elements of a set. */
	static UpdateActions add(String path, Object numberOrSet) {
		return UpdateActions.NONE.add(path, numberOrSet);
	}

	/** {@code ADD path value}: adds a number (absent counts as 0) or the elements of a set. */
	static UpdateActions add(Path path, Object numberOrSet) {
		return UpdateActions.NONE.add(path, numberOrSet);
	}

	/** {@code REMOVE path, ...}: removes attributes or list elements. */
	static UpdateActions remove(String... paths) {
		return UpdateActions.NONE.remove(paths);
	}

	/** {@code REMOVE path, ...}: removes attributes or list elements. */
	static UpdateActions remove(Path... paths) {
		return UpdateActions.NONE.remove(paths);
	}

	/** {@code DELETE path set}: removes the set's elements from a set attribute. */
	static UpdateActions delete(String path, Object set) {
		return UpdateActions.NONE.delete(path, set);
	}

	/** {@code DELETE path set}: removes the set's elements from a set attribute. */
	static UpdateActions delete(Path path, Object set) {
		return UpdateActions.NONE.delete(path, set);
	}

	/**
	 * A hand-written update expression with its own placeholders, merged into the request's
	 * {@link Placeholders} when rendered.
	 * @param expression the update expression, e.g. {@code SET #c = #c + :one}
	 * @param names placeholder to attribute name, may be {@code null}
	 * @param values placeholder to Java value or {@code AttributeValue}, may be {@code null}
	 * @return the update
	 */
	static Update raw(String expression, Map<String, String> names, Map<String, ?> values) {
		return new RawUpdate(expression, names, values);
	}

}
