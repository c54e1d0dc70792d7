package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Restores a table definition and its items into a new table, as RestoreTableFromBackup and
 * RestoreTableToPointInTime do: the key schema, billing mode, throughput and secondary indexes of
 * the source unless the request overrides them ({@code BillingModeOverride},
 * {@code ProvisionedThroughputOverride}, {@code OnDemandThroughputOverride},
 * {@code GlobalSecondaryIndexOverride}, {@code LocalSecondaryIndexOverride}); as DynamoDB documents,
 * tags, stream, TTL and point-in-time recovery settings are not restored. The new table is published
 * only once it holds every item.
 */
final class TableRestorer {

	private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");

	private final Catalog catalog;

	private final TableOperations tables;

	TableRestorer(Catalog catalog, TableOperations tables) {
		this.catalog = catalog;
		this.tables = tables;
	}

	/**
	 * Restores into the table named by the request's {@code TargetTableName}.
	 * @param sourceDescription the source's {@code TableDescription}
	 * @param request the restore request with its overrides
	 * @param items the encoded items to restore
	 * @param restoreSummary the new table's {@code RestoreSummary}
	 * @return the response: the new table's {@code TableDescription}
	 */
	ObjectNode restore(JsonNode sourceDescription, ObjectNode request, List<byte[]> items, ObjectNode restoreSummary) {
		String target = Requests.tableName(request, "TargetTableName");
		checkTargetFree(target);
		ObjectNode create = definition(sourceDescription, request, target);
		Table table = tables.newTable(create);
		table.restoreSummary = restoreSummary;
		table.lock.writeLock().lock();
		try {
			for (byte[] encoded : items) {
				Map<String, Value> item = ItemCodec.decode(encoded);
				table.write(table.keyOf(item), null, item, null);
			}
		}
		finally {
			table.lock.writeLock().unlock();
		}
		try {
			catalog.add(table);
		}
		catch (EngineException ex) {
			throw alreadyExists(target);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("TableDescription", TableOperations.describe(table, catalog.settings.clock().instant()));
		return response;
	}

	/** Fails with TableAlreadyExistsException when a table of this name exists. */
	void checkTargetFree(String target) {
		if (catalog.contains(target)) {
			throw alreadyExists(target);
		}
	}

	/** A {@code RestoreSummary} for a restore happening now. */
	ObjectNode summary(String sourceMember, String sourceArn, Instant restoreTime) {
		ObjectNode summary = JsonNodeFactory.instance.objectNode();
		summary.put(sourceMember, sourceArn);
		summary.put("RestoreDateTime", TableDescriptions.epochSeconds(restoreTime));
		summary.put("RestoreInProgress", false);
		return summary;
	}

	private static EngineException alreadyExists(String target) {
		return new EngineException("TableAlreadyExistsException", "Table already exists: " + target);
	}

	/** The CreateTable request of the restored table: the source's definition with the overrides applied. */
	private static ObjectNode definition(JsonNode sourceDescription, ObjectNode request, String target) {
		ObjectNode create = CreateTableRequests.fromDescription(sourceDescription);
		create.put("TableName", target);
		create.remove("StreamSpecification");
		create.remove("DeletionProtectionEnabled");
		String billingMode = Requests.enumValue(request, "BillingModeOverride", BILLING_MODES);
		if (billingMode != null) {
			create.put("BillingMode", billingMode);
		}
		overrideIndexes(create, request, "GlobalSecondaryIndexOverride", "GlobalSecondaryIndexes");
		overrideIndexes(create, request, "LocalSecondaryIndexOverride", "LocalSecondaryIndexes");
		boolean provisioned = "PROVISIONED".equals(create.path("BillingMode").asString());
		if (!provisioned) {
			create.remove("ProvisionedThroughput");
			create.path("GlobalSecondaryIndexes").forEach((index) -> ((ObjectNode) index).remove("ProvisionedThroughput"));
		}
		ObjectNode throughput = Requests.object(request, "ProvisionedThroughputOverride");
		if (throughput != null) {
			create.set("ProvisionedThroughput", throughput.deepCopy());
		}
		ObjectNode onDemand = Requests.object(request, "OnDemandThroughputOverride");
		if (onDemand != null) {
			create.set("OnDemandThroughput", onDemand.deepCopy());
		}
		if (provisioned && create.has("ProvisionedThroughput")) {
			for (JsonNode index : create.path("GlobalSecondaryIndexes")) {
				if (!index.has("ProvisionedThroughput")) {
					((ObjectNode) index).set("ProvisionedThroughput", create.get("ProvisionedThroughput").deepCopy());
				}
			}
		}
		keepUsedAttributeDefinitions(create);
		return create;
	}

	/** Replaces the indexes by the override's list; an empty list restores none. */
	private static void overrideIndexes(ObjectNode create, ObjectNode request, String overrideMember, String member) {
		ArrayNode indexes = Requests.array(request, overrideMember);
		if (indexes == null) {
			return;
		}
		if (indexes.isEmpty()) {
			create.remove(member);
		}
		else {
			create.set(member, indexes.deepCopy());
		}
	}

	/** Drops the attribute definitions that no remaining key schema uses. */
	private static void keepUsedAttributeDefinitions(ObjectNode create) {
		Set<String> used = new HashSet<>();
		collectKeyAttributes(create, used);
		for (String member : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
			create.path(member).forEach((index) -> collectKeyAttributes(index, used));
		}
		ArrayNode kept = JsonNodeFactory.instance.arrayNode();
		for (JsonNode definition : create.path("AttributeDefinitions")) {
			if (used.contains(definition.path("AttributeName").asString())) {
				kept.add(definition);
			}
		}
		create.set("AttributeDefinitions", kept);
	}

	private static void collectKeyAttributes(JsonNode node, Set<String> names) {
		for (JsonNode key : node.path("KeySchema")) {
			names.add(key.path("AttributeName").asString());
		}
	}

}
