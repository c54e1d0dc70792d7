package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

/** Writes and removes values at document paths of a mutable top-level item, rebuilding the immutable containers. */
final class DocumentEditor {

	static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	private DocumentEditor() {
	}

	/** Sets {@code path} to {@code value}; a list index past the end appends. */
	static void set(Map<String, Value> item, DocumentPath path, Value value) {
		if (path.isTopLevel()) {
			item.put(path.topLevelName(), value);
			return;
		}
		DocumentPath parentPath = path.parent();
		Value parent = parentPath.resolve(item);
		DocumentPath.Element last = path.last();
		if (parent instanceof Value.M map && last instanceof DocumentPath.Key key) {
			Map<String, Value> values = new LinkedHashMap<>(map.values());
			values.put(key.name(), value);
			set(item, parentPath, new Value.M(values));
		}
		else if (parent instanceof Value.L list && last instanceof DocumentPath.Index index) {
			List<Value> values = new ArrayList<>(list.values());
			if (index.index() < values.size()) {
				values.set(index.index(), value);
			}
			else {
				values.add(value);
			}
			set(item, parentPath, new Value.L(values));
		}
		else {
			throw EngineException.validation(INVALID_PATH);
		}
	}

	/**
	 * Removes {@code path}. A missing last step (attribute, map key, list index) is no error; a missing or wrongly
	 * typed parent is, except in an item that did not exist, where DynamoDB ignores it.
	 */
	static void remove(Map<String, Value> item, DocumentPath path, boolean itemExists) {
		if (path.isTopLevel()) {
			item.remove(path.topLevelName());
			return;
		}
		DocumentPath parentPath = path.parent();
		Value parent = parentPath.resolve(item);
		DocumentPath.Element last = path.last();
		if (parent == null && !itemExists) {
			return;
		}
		if (parent instanceof Value.M map && last instanceof DocumentPath.Key key) {
			if (map.values().containsKey(key.name())) {
				Map<String, Value> values = new LinkedHashMap<>(map.values());
				values.remove(key.name());
				set(item, parentPath, new Value.M(values));
			}
		}
		else if (parent instanceof Value.L list && last instanceof DocumentPath.Index index) {
			if (index.index() < list.values().size()) {
				List<Value> values = new ArrayList<>(list.values());
				values.remove(index.index());
				set(item, parentPath, new Value.L(values));
			}
		}
		else {
			throw EngineException.validation(INVALID_PATH);
		}
	}

}
