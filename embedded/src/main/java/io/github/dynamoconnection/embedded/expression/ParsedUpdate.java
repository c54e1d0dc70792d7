package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * An update as a list of actions. Every SET value is computed from the item as it was before the update; then
 * SET, REMOVE (higher list indexes first, so that indexes refer to the original list), ADD and DELETE apply.
 */
final class ParsedUpdate implements UpdateExpression {

	private final List<UpdateAction> actions;

	private final Set<String> topLevelAttributes;

	private final ProjectionExpression updatedPaths;

	ParsedUpdate(List<UpdateAction> actions) {
		this.actions = List.copyOf(actions);
		Set<String> names = new LinkedHashSet<>();
		List<DocumentPath> paths = new ArrayList<>();
		for (UpdateAction action : actions) {
			names.add(action.path().topLevelName());
			paths.add(action.path());
		}
		this.topLevelAttributes = Set.copyOf(names);
		this.updatedPaths = new ProjectionExpression(paths);
	}

	@Override
	public Map<String, Value> apply(Map<String, Value> item) {
		List<Value> setValues = new ArrayList<>();
		for (UpdateAction action : actions) {
			if (action instanceof UpdateAction.Set set) {
				setValues.add(UpdateValues.evaluate(set.value(), item));
			}
		}
		Map<String, Value> result = new LinkedHashMap<>(item);
		int next = 0;
		List<Map.Entry<DocumentPath, Value>> assignments = new ArrayList<>();
		List<DocumentPath> removals = new ArrayList<>();
		for (UpdateAction action : actions) {
			if (action instanceof UpdateAction.Set set) {
				assignments.add(Map.entry(set.path(), setValues.get(next++)));
			}
			else if (action instanceof UpdateAction.Remove remove) {
				removals.add(remove.path());
			}
		}
		assignments.sort((a, b) -> INDEX_ORDER.compare(a.getKey(), b.getKey()));
		for (Map.Entry<DocumentPath, Value> assignment : assignments) {
			DocumentEditor.set(result, assignment.getKey(), assignment.getValue());
		}
		removals.sort(INDEX_ORDER.reversed());
		boolean itemExists = !item.isEmpty();
		for (DocumentPath path : removals) {
			DocumentEditor.remove(result, path, itemExists);
		}
		for (UpdateAction action : actions) {
			if (action instanceof UpdateAction.Add add) {
				SetArithmetic.add(result, add.path(), add.value());
			}
			else if (action instanceof UpdateAction.Delete delete) {
				SetArithmetic.delete(result, delete.path(), delete.value());
			}
		}
		return result;
	}

	/**
	 * Orders paths that differ only in a list index by that index (others keep their order): SETs past the end of a
	 * list append in index order, and REMOVEs run from the highest index down so that every index refers to the
	 * list as it was.
	 */
	private static final Comparator<DocumentPath> INDEX_ORDER = (a, b) -> {
		int common = Math.min(a.elements().size(), b.elements().size());
		for (int i = 0; i < common; i++) {
			DocumentPath.Element x = a.elements().get(i);
			DocumentPath.Element y = b.elements().get(i);
			if (x instanceof DocumentPath.Index ix && y instanceof DocumentPath.Index iy && ix.index() != iy.index()) {
				return Integer.compare(ix.index(), iy.index());
			}
			if (!x.equals(y)) {
				return 0;
			}
		}
		return 0;
	};

	@Override
	public Set<String> topLevelAttributes() {
		return topLevelAttributes;
	}

	@Override
	public ProjectionExpression updatedPaths() {
		return updatedPaths;
	}

	/** The ADD and DELETE actions on numbers and sets. */
	static final class SetArithmetic {

		private SetArithmetic() {
		}

		/** ADD: sum a number, union a set; creates the attribute when absent. */
		static void add(Map<String, Value> item, DocumentPath path, Value value) {
			Value current = path.resolve(item);
			if (current == null) {
				DocumentEditor.set(item, path, value);
				return;
			}
			if (current instanceof Value.N a && value instanceof Value.N b) {
				DocumentEditor.set(item, path, UpdateValues.number(a.value().add(b.value())));
				return;
			}
			if (current.type() != value.type() || !current.type().isSet()) {
				throw EngineException.validation(UpdateValues.WRONG_TYPE);
			}
			DocumentEditor.set(item, path, Sets.union(current, value));
		}

		/** DELETE: removes members from a set; an emptied set removes the attribute. */
		static void delete(Map<String, Value> item, DocumentPath path, Value value) {
			Value current = path.resolve(item);
			if (current == null) {
				return;
			}
			if (current.type() != value.type() || !current.type().isSet()) {
				throw EngineException.validation(UpdateValues.WRONG_TYPE);
			}
			Value remaining = Sets.difference(current, value);
			if (remaining == null) {
				DocumentEditor.remove(item, path, true);
			}
			else {
				DocumentEditor.set(item, path, remaining);
			}
		}

	}

}
