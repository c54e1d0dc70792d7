package io.github.dynamoconnection.embedded.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** TagResource, UntagResource and ListTagsOfResource on table ARNs. */
final class TagOperations {

	private static final int MAX_TAGS = 50;

	/** DynamoDB's tag characters: unicode letters, digits, whitespace and {@code _ . : / = + - @}. */
	private static final Pattern TAG_CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}\\s_.:/=+\\-@]*");

	/** Any ARN: six colon-separated parts, the last with a resource type and a name. */
	private static final Pattern ANY_ARN = Pattern.compile(".+:.+:.+:.+:.+:.+/.+");

	private final Catalog catalog;

	TagOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode tagResource(ObjectNode request) {
		Table table = table(request, "TagResource");
		ArrayNode tags = Requests.array(request, "Tags");
		if (tags == null) {
			throw Requests.constraint(null, "tags", "Member must not be null");
		}
		if (tags.isEmpty()) {
			throw EngineException.validation("Atleast one Tag needs to be provided as Input.");
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
		Table table = table(request, "UntagResource");
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
		Table table = table(request, "ListTagsOfResource");
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

	/**
	 * The table a tagging request names: a string that is no ARN at all, or a table ARN of another
	 * account or region, is not authorized (AccessDeniedException); an ARN of this account that names
	 * no table (an index ARN, another resource type) is an invalid TableArn.
	 */
	private Table table(ObjectNode request, String action) {
		String arn = Requests.optionalString(request, "ResourceArn");
		if (arn == null) {
			throw EngineException.validation("Invalid TableArn");
		}
		String ownPrefix = "arn:aws:dynamodb:" + catalog.settings.region() + ":" + catalog.settings.accountId() + ":";
		if (!ANY_ARN.matcher(arn).matches() || !arn.startsWith(ownPrefix)) {
			throw new EngineException("AccessDeniedException", "User: arn:aws:iam::" + catalog.settings.accountId()
					+ ":root is not authorized to perform: dynamodb:" + action + " on resource: " + arn);
		}
		if (!arn.substring(ownPrefix.length()).matches("table/[^/]{3,255}")) {
			throw EngineException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
		}
		return catalog.byArn(arn);
	}

	/**
	 * Adds or replaces tags on a table. Every tag is checked and the 50-tag limit computed on the
	 * merged set before any tag is applied, so a refused request changes nothing.
	 */
	static void putTags(Table table, ArrayNode tags) {
		Map<String, String> merged = new LinkedHashMap<>(table.tags);
		for (int i = 0; i < tags.size(); i++) {
			JsonNode tag = tags.get(i);
			String path = "tags." + (i + 1) + ".member.";
			String key = Requests.string(tag, "Key");
			String value = Requests.string(tag, "Value");
			if (key.isEmpty()) {
				throw Requests.constraint(key, path + "key", "Member must have length greater than or equal to 1");
			}
			if (key.length() > 128) {
				throw Requests.constraint(key, path + "key", "Member must have length less than or equal to 128");
			}
			if (value.length() > 256) {
				throw Requests.constraint(value, path + "value", "Member must have length less than or equal to 256");
			}
			if (key.startsWith("aws:")) {
				throw EngineException.validation("One or more parameter values were invalid: Tag key cannot start with aws:");
			}
			if (!TAG_CHARACTERS.matcher(key).matches() || !TAG_CHARACTERS.matcher(value).matches()) {
				throw EngineException.validation("One or more parameter values were invalid: Tag '" + key
						+ "' may contain only unicode letters, digits, whitespace and _ . : / = + - @");
			}
			merged.put(key, value);
		}
		if (merged.size() > MAX_TAGS) {
			throw new EngineException("LimitExceededException", "Too many tags: a resource may have at most " + MAX_TAGS + " tags");
		}
		table.tags.putAll(merged);
	}

}
