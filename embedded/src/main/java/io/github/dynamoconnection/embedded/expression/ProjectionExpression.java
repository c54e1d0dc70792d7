package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A parsed ProjectionExpression (or legacy AttributesToGet): the document paths to keep. Projecting keeps the
 * item's structure: selected map keys stay in their maps, selected list elements keep their order in a shorter
 * list. Immutable and thread-safe.
 */
public final class ProjectionExpression {

	private final List<DocumentPath> paths;

	private final Selection root = new Selection();

	/** A projection of these paths (which must not overlap). */
	public ProjectionExpression(List<DocumentPath> paths) {
		this.paths = List.copyOf(paths);
		for (DocumentPath path : this.paths) {
			root.add(path.elements(), 0);
		}
	}

	/** The projected paths, in expression order. */
	public List<DocumentPath> paths() {
		return paths;
	}

	/** The top-level attribute names the projection reads. */
	public Set<String> topLevelAttributes() {
		Set<String> names = new LinkedHashSet<>();
		for (DocumentPath path : paths) {
			names.add(path.topLevelName());
		}
		return names;
	}

	/** The parts of {@code item} this projection selects (a new map; attributes absent from the item are omitted). */
	public Map<String, Value> project(Map<String, Value> item) {
		Map<String, Value> result = new LinkedHashMap<>();
		for (Map.Entry<String, Selection> entry : root.keys.entrySet()) {
			Value value = item.get(entry.getKey());
			Value projected = (value != null) ? entry.getValue().apply(value) : null;
			if (projected != null) {
				result.put(entry.getKey(), projected);
			}
		}
		return result;
	}

	/** A tree of selected map keys and list indexes; a node without children selects the whole value. */
	private static final class Selection {

		private final Map<String, Selection> keys = new LinkedHashMap<>();

		private final TreeMap<Integer, Selection> indexes = new TreeMap<>();

		private boolean whole;

		void add(List<DocumentPath.Element> elements, int from) {
			if (from == elements.size()) {
				whole = true;
				return;
			}
			DocumentPath.Element element = elements.get(from);
			Selection child = (element instanceof DocumentPath.Key key)
					? keys.computeIfAbsent(key.name(), k -> new Selection())
					: indexes.computeIfAbsent(((DocumentPath.Index) element).index(), i -> new Selection());
			child.add(elements, from + 1);
		}

		Value apply(Value value) {
			if (whole) {
				return value;
			}
			if (!keys.isEmpty() && value instanceof Value.M map) {
				Map<String, Value> selected = new LinkedHashMap<>();
				for (Map.Entry<String, Selection> entry : keys.entrySet()) {
					Value member = map.values().get(entry.getKey());
					Value projected = (member != null) ? entry.getValue().apply(member) : null;
					if (projected != null) {
						selected.put(entry.getKey(), projected);
					}
				}
				return selected.isEmpty() ? null : new Value.M(selected);
			}
			if (!indexes.isEmpty() && value instanceof Value.L list) {
				List<Value> selected = new ArrayList<>();
				for (Map.Entry<Integer, Selection> entry : indexes.entrySet()) {
					if (entry.getKey() < list.values().size()) {
						Value projected = entry.getValue().apply(list.values().get(entry.getKey()));
						if (projected != null) {
							selected.add(projected);
						}
					}
				}
				return selected.isEmpty() ? null : new Value.L(selected);
			}
			return null;
		}

	}

}
