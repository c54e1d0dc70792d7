package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.dynamoconnection.expression.UpdateAction.Clause;
import io.github.dynamoconnection.expression.UpdateAction.Kind;

/**
 * An immutable list of update actions; every method returns a new instance with one more action.
 * Two actions on overlapping paths (the same path, or one inside the other) are refused, as
 * DynamoDB refuses them.
 */
// Hand-written: the enhanced client's UpdateExpression needs caller-made placeholders and renders through an internal class.
public final class UpdateActions implements Update {

	static final UpdateActions NONE = new UpdateActions(List.of());

	private final List<UpdateAction> actions;

	private UpdateActions(List<UpdateAction> actions) {
		this.actions = actions;
	}

	/** {@code SET path = value}. */
	public UpdateActions set(String path, Object value) {
		return set(Path.of(path), value);
	}

	/** {@code SET path = value}. */
	public UpdateActions set(Path path, Object value) {
		return with(UpdateAction.of(Kind.SET_VALUE, path, value));
	}

	/** {@code SET path = if_not_exists(path, value)}. */
	public UpdateActions setIfNotExists(String path, Object value) {
		return setIfNotExists(Path.of(path), value);
	}

	/** {@code SET path = if_not_exists(path, value)}. */
	public UpdateActions setIfNotExists(Path path, Object value) {
		return with(UpdateAction.of(Kind.SET_IF_NOT_EXISTS, path, value));
	}

	/** {@code SET path = path + number}. */
	public UpdateActions increment(String path, Number number) {
		return increment(Path.of(path), number);
	}

	/** {@code SET path = path + number}. */
	public UpdateActions increment(Path path, Number number) {
		return with(UpdateAction.of(Kind.INCREMENT, path, number));
	}

	/** {@code SET path = path - number}. */
	public UpdateActions decrement(String path, Number number) {
		return decrement(Path.of(path), number);
	}

	/** {@code SET path = path - number}. */
	public UpdateActions decrement(Path path, Number number) {
		return with(UpdateAction.of(Kind.DECREMENT, path, number));
	}

	/** {@code SET path = list_append(path, list)}. */
	public UpdateActions appendToList(String path, Object list) {
		return appendToList(Path.of(path), list);
	}

	/** {@code SET path = list_append(path, list)}. */
	public UpdateActions appendToList(Path path, Object list) {
		return with(UpdateAction.of(Kind.APPEND_TO_LIST, path, list));
	}

	/** {@code SET path = list_append(list, path)}. */
	public UpdateActions prependToList(String path, Object list) {
		return prependToList(Path.of(path), list);
	}

	/** {@code SET path = list_append(list, path)}. */
	public UpdateActions prependToList(Path path, Object list) {
		return with(UpdateAction.of(Kind.PREPEND_TO_LIST, path, list));
	}

	/** {@code ADD path value} with a number or a non-empty set. */
	public UpdateActions add(String path, Object numberOrSet) {
		return add(Path.of(path), numberOrSet);
	}

	/** {@code ADD path value} with a number or a non-empty set. */
	public UpdateActions add(Path path, Object numberOrSet) {
		return with(UpdateAction.of(Kind.ADD, path, numberOrSet));
	}

	/** {@code REMOVE path, ...}; at least one path. */
	public UpdateActions remove(String... paths) {
		return remove((paths != null) ? Arrays.stream(paths).map(Path::of).toArray(Path[]::new) : null);
	}

	/** {@code REMOVE path, ...}; at least one path. */
	public UpdateActions remove(Path... paths) {
		if (paths == null || paths.length == 0) {
			throw new IllegalArgumentException("remove needs at least one path");
		}
		UpdateActions result = this;
		for (Path path : paths) {
			result = result.with(UpdateAction.remove(path));
		}
		return result;
	}

	/** {@code DELETE path set} with a non-empty set. */
	public UpdateActions delete(String path, Object set) {
		return delete(Path.of(path), set);
	}

	/** {@code DELETE path set} with a non-empty set. */
	public UpdateActions delete(Path path, Object set) {
		return with(UpdateAction.of(Kind.DELETE, path, set));
	}

	/** These actions followed by the other's. */
	public UpdateActions and(UpdateActions other) {
		if (other == null) {
			throw new IllegalArgumentException("cannot combine an update with null");
		}
		UpdateActions result = this;
		for (UpdateAction action : other.actions) {
			result = result.with(action);
		}
		return result;
	}

	@Override
	public String render(Placeholders placeholders) {
		if (actions.isEmpty()) {
			throw new IllegalArgumentException("update has no actions");
		}
		StringBuilder text = new StringBuilder();
		for (Clause clause : Clause.values()) {
			boolean first = true;
			for (UpdateAction action : actions) {
				if (action.kind.clause == clause) {
					text.append(first ? ((text.length() > 0) ? " " : "") + clause + " " : ", ")
						.append(action.render(placeholders));
					first = false;
				}
			}
		}
		return text.toString();
	}

	private UpdateActions with(UpdateAction action) {
		for (UpdateAction existing : actions) {
			if (existing.path.overlaps(action.path)) {
				throw new IllegalArgumentException("update paths '" + existing.path + "' (" + existing.kind.method + ") and '"
						+ action.path + "' (" + action.kind.method + ") overlap; DynamoDB refuses two actions on overlapping paths");
			}
		}
		List<UpdateAction> longer = new ArrayList<>(actions.size() + 1);
		longer.addAll(actions);
		longer.add(action);
		return new UpdateActions(List.copyOf(longer));
	}

	/** The update with attribute names as they are and values as {@code ?}, e.g. {@code SET a = ? REMOVE b}. */
	@Override
	public String toString() {
		return actions.isEmpty() ? "(no actions)" : Placeholders.display(this);
	}

}
