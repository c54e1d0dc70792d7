package io.github.dynamoconnection.embedded.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Value;

/** A secondary index's projection: ALL, KEYS_ONLY, or INCLUDE with non-key attributes. */
record Projection(String type, List<String> nonKeyAttributes) {

	Projection {
		nonKeyAttributes = (nonKeyAttributes != null) ? List.copyOf(nonKeyAttributes) : List.of();
	}

	/** The attributes of the item that the index holds. */
	Map<String, Value> apply(Map<String, Value> item, KeySchema table, KeySchema index) {
		if ("ALL".equals(type)) {
			return item;
		}
		Map<String, Value> projected = new LinkedHashMap<>();
		for (Map.Entry<String, Value> entry : item.entrySet()) {
			String name = entry.getKey();
			if (table.isKeyAttribute(name) || index.isKeyAttribute(name)
					|| ("INCLUDE".equals(type) && nonKeyAttributes.contains(name))) {
				projected.put(name, entry.getValue());
			}
		}
		return projected;
	}

}
