package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.ConditionExpression;
import io.github.dynamoconnection.embedded.expression.ProjectionExpression;
import io.github.dynamoconnection.embedded.expression.UpdateExpression;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TransactGetItems and TransactWriteItems: all-or-nothing and isolated, by holding the locks of every
 * table involved (taken in name order, so transactions never deadlock) while checking and applying.
 */
final class TransactionOperations {

	static final int MAX_ITEMS = 100;

	/** "The aggregate size of the items in the transaction cannot exceed 4 MB" (TransactWriteItems API reference). */
	static final long MAX_AGGREGATE_BYTES = 4L * 1024 * 1024;

	private static final List<String> WRITE_KINDS = List.of("ConditionCheck", "Put", "Delete", "Update");

	private final Catalog catalog;

	private final IdempotencyTokens tokens;

	TransactionOperations(Catalog catalog) {
		this.catalog = catalog;
		this.tokens = new IdempotencyTokens(catalog.settings.clock());
	}

	ObjectNode transactGetItems(ObjectNode request) {
		ArrayNode transactItems = transactItems(request);
		String capacityMode = Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY);
		List<Get> gets = new ArrayList<>();
		for (JsonNode node : transactItems) {
			ObjectNode get = Requests.object(node, "Get");
			if (get == null) {
				throw Requests.constraint(null, "transactItems.member.get", "Member must not be null");
			}
			Table table = catalog.table(Requests.tableName(get, "TableName"));
			RequestExpressions expressions = new RequestExpressions(get);
			ProjectionExpression projection = expressions.projection();
			expressions.finish();
			ItemKey key = ItemValidation.key(table, AttributeValueJson.readItem(Requests.requiredObject(get, "Key")));
			gets.add(new Get(table, key, projection));
		}
		checkDistinct(gets.stream().map(get -> new Target(get.table, get.key)).toList());
		List<Table> tables = lockOrder(gets.stream().map(Get::table).toList());
		Map<String, Capacity> capacities = new LinkedHashMap<>();
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode responses = response.putArray("Responses");
		tables.forEach(table -> table.lock.readLock().lock());
		try {
			for (Get get : gets) {
				ItemOperations.checkLive(get.table);
				Map<String, Value> item = get.table.get(get.key);
				Capacity capacity = capacities.computeIfAbsent(get.table.name, name -> new Capacity(name, false));
				capacity.addTable(2 * Capacity.readUnits((item != null) ? Sizes.itemSize(item) : 0, true));
				ObjectNode entry = responses.addObject();
				if (item != null) {
					entry.set("Item", AttributeValueJson.writeItem((get.projection != null) ? get.projection.project(item) : item));
				}
			}
		}
		finally {
			tables.forEach(table -> table.lock.readLock().unlock());
		}
		putCapacities(response, capacities, capacityMode);
		return response;
	}

	ObjectNode transactWriteItems(ObjectNode request) {
		ArrayNode transactItems = transactItems(request);
		String capacityMode = Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY);
		String metricsMode = Requests.enumValue(request, "ReturnItemCollectionMetrics", List.of("SIZE", "NONE"));
		String token = Requests.optionalString(request, "ClientRequestToken");
		if (token != null && (token.isEmpty() || token.length() > 36)) {
			throw Requests.constraint(token, "clientRequestToken", "Member must have length less than or equal to 36");
		}
		String fingerprint = transactItems.toString();
		if (token != null) {
			ObjectNode earlier = tokens.replay(token, fingerprint);
			if (earlier != null) {
				return earlier;
			}
		}
		List<Write> writes = new ArrayList<>();
		for (JsonNode node : transactItems) {
			writes.add(parseWrite(node));
		}
		checkDistinct(writes.stream().map(write -> new Target(write.table, write.key)).toList());
		checkAggregateSize(writes);
		List<Table> tables = lockOrder(writes.stream().map(Write::table).toList());
		Map<String, Capacity> capacities = new LinkedHashMap<>();
		tables.forEach(table -> table.lock.writeLock().lock());
		try {
			List<Map<String, Value>> results = prepare(writes);
			for (int i = 0; i < writes.size(); i++) {
				Write write = writes.get(i);
				Capacity capacity = capacities.computeIfAbsent(write.table.name, name -> new Capacity(name, true));
				if (write.kind.equals("ConditionCheck")) {
					capacity.addTable(Capacity.writeUnits(write.old != null ? Sizes.itemSize(write.old) : 0));
					continue;
				}
				Capacity itemCapacity = new Capacity(write.table.name, true);
				if (results.get(i) != null || write.old != null) {
					write.table.write(write.key, write.old, results.get(i), itemCapacity);
				}
				else {
					itemCapacity.addTable(1);
				}
				capacity.add(itemCapacity);
			}
		}
		finally {
			tables.forEach(table -> table.lock.writeLock().unlock());
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		Map<String, Capacity> doubled = new LinkedHashMap<>();
		capacities.forEach((name, capacity) -> doubled.put(name, capacity.doubled()));
		putCapacities(response, doubled, capacityMode);
		if ("SIZE".equals(metricsMode)) {
			ObjectNode metrics = response.putObject("ItemCollectionMetrics");
			for (Write write : writes) {
				if (!write.kind.equals("ConditionCheck") && !write.table.localIndexes().isEmpty()) {
					ArrayNode list = metrics.has(write.table.name) ? (ArrayNode) metrics.get(write.table.name)
							: metrics.putArray(write.table.name);
					list.add(ItemCollections.metrics(write.table, write.key));
				}
			}
		}
		if (token != null) {
			tokens.remember(token, fingerprint, response);
		}
		return response;
	}

	/** Checks every condition and computes every new item; cancels the whole transaction on any failure. */
	private static List<Map<String, Value>> prepare(List<Write> writes) {
		List<Map<String, Value>> results = new ArrayList<>();
		List<ObjectNode> reasons = new ArrayList<>();
		boolean failed = false;
		for (Write write : writes) {
			ItemOperations.checkLive(write.table);
			write.old = write.table.get(write.key);
			ObjectNode reason = JsonNodeFactory.instance.objectNode();
			Map<String, Value> result = null;
			try {
				if (write.condition != null && !write.condition.test((write.old != null) ? write.old : Map.of())) {
					reason.put("Code", "ConditionalCheckFailed");
					reason.put("Message", "The conditional request failed");
					if ("ALL_OLD".equals(write.onConditionFailure) && write.old != null) {
						reason.set("Item", AttributeValueJson.writeItem(write.old));
					}
					failed = true;
				}
				else {
					result = switch (write.kind) {
						case "Put" -> {
							ItemValidation.updated(write.table, write.item);
							yield write.item;
						}
						case "Update" -> ItemOperations.applyUpdate(write.table, write.keyMap, write.old, write.update);
						default -> null;
					};
					reason.put("Code", "None");
				}
			}
			catch (EngineException ex) {
				reason.put("Code", ex.errorType().replace("Exception", "Error"));
				reason.put("Message", ex.getMessage());
				failed = true;
			}
			results.add(result);
			reasons.add(reason);
		}
		if (failed) {
			ObjectNode extra = JsonNodeFactory.instance.objectNode();
			ArrayNode array = extra.putArray("CancellationReasons");
			List<String> codes = new ArrayList<>();
			for (ObjectNode reason : reasons) {
				array.add(reason);
				codes.add(reason.get("Code").asString());
			}
			throw new EngineException("TransactionCanceledException",
					"Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, 400, extra);
		}
		return results;
	}

	private Write parseWrite(JsonNode node) {
		String kind = null;
		ObjectNode body = null;
		for (String candidate : WRITE_KINDS) {
			ObjectNode member = Requests.object(node, candidate);
			if (member != null) {
				if (body != null) {
					throw EngineException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
				}
				kind = candidate;
				body = member;
			}
		}
		if (body == null) {
			throw EngineException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
		}
		Table table = catalog.table(Requests.tableName(body, "TableName"));
		RequestExpressions expressions = new RequestExpressions(body);
		String onFailure = Requests.enumValue(body, "ReturnValuesOnConditionCheckFailure", ItemOperations.ON_CONDITION_FAILURE);
		Write write = new Write(kind, table, onFailure);
		if (kind.equals("Put")) {
			write.item = AttributeValueJson.readItem(Requests.requiredObject(body, "Item"));
			write.key = ItemValidation.item(table, write.item);
		}
		else {
			write.keyMap = AttributeValueJson.readItem(Requests.requiredObject(body, "Key"));
			write.key = ItemValidation.key(table, write.keyMap);
		}
		if (kind.equals("Update")) {
			write.update = expressions.update();
			if (write.update == null) {
				throw Requests.constraint(null, "transactItems.member.update.updateExpression", "Member must not be null");
			}
			ItemOperations.checkKeyNotUpdated(table, write.update);
		}
		write.condition = expressions.condition();
		if (kind.equals("ConditionCheck") && write.condition == null) {
			throw Requests.constraint(null, "transactItems.member.conditionCheck.conditionExpression", "Member must not be null");
		}
		expressions.finish();
		return write;
	}

	private static ArrayNode transactItems(ObjectNode request) {
		ArrayNode items = Requests.array(request, "TransactItems");
		if (items == null) {
			throw Requests.constraint(null, "transactItems", "Member must not be null");
		}
		if (items.isEmpty()) {
			throw Requests.constraint("[]", "transactItems", "Member must have length greater than or equal to 1");
		}
		if (items.size() > MAX_ITEMS) {
			throw Requests.constraint(items.size() + " items", "transactItems", "Member must have length less than or equal to " + MAX_ITEMS);
		}
		return items;
	}

	private static void checkDistinct(List<Target> targets) {
		Set<Target> seen = new HashSet<>();
		for (Target target : targets) {
			if (!seen.add(target)) {
				throw EngineException.validation("Transaction request cannot include multiple operations on one item");
			}
		}
	}

	/** Refuses a transaction whose items (whole items for a Put, keys for the other actions) exceed 4 MB together. */
	private static void checkAggregateSize(List<Write> writes) {
		long total = 0;
		for (Write write : writes) {
			total += Sizes.itemSize((write.item != null) ? write.item : write.keyMap);
		}
		if (total > MAX_AGGREGATE_BYTES) {
			throw EngineException.validation("Transaction request cannot be larger than 4 MB");
		}
	}

	/** The distinct tables in the global lock order (by name). */
	private static List<Table> lockOrder(List<Table> tables) {
		Map<String, Table> byName = new TreeMap<>();
		for (Table table : tables) {
			byName.put(table.name, table);
		}
		return new ArrayList<>(byName.values());
	}

	private static void putCapacities(ObjectNode response, Map<String, Capacity> capacities, String mode) {
		if (mode == null || "NONE".equals(mode)) {
			return;
		}
		ArrayNode array = response.putArray("ConsumedCapacity");
		capacities.values().forEach(capacity -> array.add(capacity.toJson(mode)));
	}

	/** One item of a TransactGetItems. */
	private record Get(Table table, ItemKey key, ProjectionExpression projection) {
	}

	/** One item of a transaction, for the one-operation-per-item rule. */
	private record Target(Table table, ItemKey key) {
	}

	/** One item of a TransactWriteItems, with what preparing it found. */
	private static final class Write {

		final String kind;

		final Table table;

		final String onConditionFailure;

		ItemKey key;

		Map<String, Value> keyMap;

		Map<String, Value> item;

		UpdateExpression update;

		ConditionExpression condition;

		Map<String, Value> old;

		Write(String kind, Table table, String onConditionFailure) {
			this.kind = kind;
			this.table = table;
			this.onConditionFailure = onConditionFailure;
		}

		Table table() {
			return table;
		}

	}

}
