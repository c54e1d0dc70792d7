package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A document path such as {@code a.b[2].c}, with placeholders already resolved: a top-level attribute
 * name followed by map keys and list indexes. Immutable.
 */
public record DocumentPath(List<Element> elements) {

	/** One step of a path: a map key (or the top-level name) or a list index. */
	public sealed interface Element permits Key, Index {
	}

	/** A map key or attribute name. */
	public record Key(String name) implements Element {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A list index. */
	public record Index(int index) implements Element {
		@Override
		public String toString() {
			return "[" + index + "]";
		}
	}

	public DocumentPath {
		elements = List.copyOf(elements);
		if (elements.isEmpty() || !(elements.get(0) instanceof Key)) {
			throw new IllegalArgumentException("A document path starts with an attribute name");
		}
	}

	/** A path of one top-level attribute. */
	public static DocumentPath of(String attributeName) {
		return new DocumentPath(List.of(new Key(attributeName)));
	}

	/** The top-level attribute name. */
	public String topLevelName() {
		return ((Key) elements.get(0)).name();
	}

	/** Whether this path is a single top-level attribute. */
	public boolean isTopLevel() {
		return elements.size() == 1;
	}

	/** The path without its last element; {@code null} for a top-level path. */
	DocumentPath parent() {
		return isTopLevel() ? null : new DocumentPath(elements.subList(0, elements.size() - 1));
	}

	/** The last element. */
	Element last() {
		return elements.get(elements.size() - 1);
	}

	/** This path followed by one more element. */
	DocumentPath child(Element element) {
		List<Element> longer = new ArrayList<>(elements);
		longer.add(element);
		return new DocumentPath(longer);
	}

	/** The value at this path in {@code item}, or {@code null} when any step is missing or of the wrong type. */
	public Value resolve(Map<String, Value> item) {
		Value current = item.get(topLevelName());
		for (int i = 1; i < elements.size() && current != null; i++) {
			current = step(current, elements.get(i));
		}
		return current;
	}

	/** One step down from {@code container}, or {@code null}. */
	static Value step(Value container, Element element) {
		if (element instanceof Key key && container instanceof Value.M map) {
			return map.values().get(key.name());
		}
		if (element instanceof Index index && container instanceof Value.L list) {
			return (index.index() < list.values().size()) ? list.values().get(index.index()) : null;
		}
		return null;
	}

	/** DynamoDB's rendering in messages, e.g. {@code [a, b, [2]]}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < elements.size(); i++) {
			text.append((i == 0) ? "" : ", ").append(elements.get(i));
		}
		return text.append(']').toString();
	}

}
