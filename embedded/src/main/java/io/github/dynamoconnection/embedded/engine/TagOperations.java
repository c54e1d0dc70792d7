package io.github.dynamoconnection.embedded.engine;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** TagResource, UntagResource and ListTagsOfResource on table ARNs. */
final class TagOperations {

	private static final int MAX_TAGS = 50;

	private final Catalog catalog;

	TagOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode tagResource(ObjectNode request) {
		Table table = catalog.byArn(Requests.string(request, "ResourceArn"));
		ArrayNode tags = Requests.array(request, "Tags");
		if (tags == null) {
			throw Requests.constraint(null, "tags", "Member must not be null");
		}
		table.lock.writeLock().lock();
		try {
			putTags(table, tags);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return JsonNodeFactory.instance.objectNode();
	}

	ObjectNode untagResource(ObjectNode request) {
		Table table = catalog.byArn(Requests.string(request, "ResourceArn"));
		ArrayNode keys = Requests.array(request, "TagKeys");
		if (keys == null) {
			throw Requests.constraint(null, "tagKeys", "Member must not be null");
		}
		table.lock.writeLock().lock();
		try {
			for (JsonNode key : keys) {
				table.tags.remove(key.asString());
			}
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return JsonNodeFactory.instance.objectNode();
	}

	ObjectNode listTagsOfResource(ObjectNode request) {
		Table table = catalog.byArn(Requests.string(request, "ResourceArn"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode tags = response.putArray("Tags");
		table.lock.readLock().lock();
		try {
			for (Map.Entry<String, String> tag : table.tags.entrySet()) {
				tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
			}
		}
		finally {
			table.lock.readLock().unlock();
		}
		return response;
	}

	/** Adds or replaces tags on a table, checking keys and the tag limit. */
	static void putTags(Table table, ArrayNode tags) {
		for (JsonNode tag : tags) {
			String key = Requests.string(tag, "Key");
			String value = Requests.string(tag, "Value");
			if (key.isEmpty() || key.length() > 128) {
				throw Requests.constraint(key, "tags.member.key", "Member must have length less than or equal to 128");
			}
			if (value.length() > 256) {
				throw Requests.constraint(value, "tags.member.value", "Member must have length less than or equal to 256");
			}
			if (key.startsWith("aws:")) {
				throw EngineException.validation("One or more parameter values were invalid: Tag key cannot start with aws:");
			}
			table.tags.put(key, value);
		}
		if (table.tags.size() > MAX_TAGS) {
			throw new EngineException("LimitExceededException", "Too many tags: a resource may have at most " + MAX_TAGS + " tags");
		}
	}

}
