package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.GlobalSecondaryIndexSpec;
import io.github.dynamoconnection.table.IndexKeyAttribute;
import io.github.dynamoconnection.table.LocalSecondaryIndexSpec;
import io.github.dynamoconnection.table.TableDefaults;
import io.github.dynamoconnection.table.UpdateTableSpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Turns {@link CreateTableSpec} and {@link UpdateTableSpec} into SDK requests: derives attribute
 * definitions from the keys, applies the connection's capacity defaults, gives GSIs throughput only
 * under PROVISIONED and LSIs never. Refuses incomplete or contradictory specs before sending.
 */
public final class TableRequests {

	private TableRequests() {
	}

	/** The CreateTable request for {@code spec}. */
	public static CreateTableRequest createTable(TableName table, CreateTableSpec spec, TableDefaults defaults) {
		Operation operation = Operation.CREATE_TABLE;
		if (spec.hashKeyName() == null || spec.hashKeyType() == null) {
			throw KeyValues.invalid(operation, table.logical(), "hashKey(name, type) is required");
		}
		Map<String, ScalarAttributeType> definitions = new LinkedHashMap<>();
		define(table, definitions, spec.hashKeyName(), spec.hashKeyType());
		define(table, definitions, spec.rangeKeyName(), spec.rangeKeyType());
		BillingMode billing = billingMode(spec, defaults);
		boolean provisioned = billing == BillingMode.PROVISIONED;
		ProvisionedThroughput tableThroughput = provisioned ? throughput(
				first(spec.readCapacityUnits(), defaults.readCapacityUnits()),
				first(spec.writeCapacityUnits(), defaults.writeCapacityUnits())) : null;
		List<GlobalSecondaryIndex> globals = new ArrayList<>();
		for (GlobalSecondaryIndexSpec index : spec.globalSecondaryIndexes()) {
			globals.add(globalIndex(table, operation, index, definitions, tableThroughput));
		}
		List<LocalSecondaryIndex> locals = new ArrayList<>();
		for (LocalSecondaryIndexSpec index : spec.localSecondaryIndexes()) {
			if (spec.rangeKeyName() == null) {
				throw KeyValues.invalid(operation, table.logical(), "local secondary index '" + index.indexName()
						+ "' needs a table with a range key");
			}
			if (index.rangeKeyName() == null || index.rangeKeyType() == null) {
				throw KeyValues.invalid(operation, table.logical(), "local secondary index '" + index.indexName()
						+ "' needs rangeKey(name, type)");
			}
			define(table, definitions, index.rangeKeyName(), index.rangeKeyType());
			locals.add(LocalSecondaryIndex.builder()
				.indexName(index.indexName())
				.keySchema(keySchema(spec.hashKeyName(), index.rangeKeyName()))
				.projection(index.projection().toSdk())
				.build());
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(table.physical())
			.attributeDefinitions(attributeDefinitions(definitions))
			.keySchema(keySchema(spec.hashKeyName(), spec.rangeKeyName()))
			.billingMode(billing);
		if (tableThroughput != null) {
			request.provisionedThroughput(tableThroughput);
		}
		if (!globals.isEmpty()) {
			request.globalSecondaryIndexes(globals);
		}
		if (!locals.isEmpty()) {
			request.localSecondaryIndexes(locals);
		}
		if (spec.streamSpecification() != null) {
			request.streamSpecification(spec.streamSpecification());
		}
		if (!spec.tags().isEmpty()) {
			List<Tag> tags = new ArrayList<>();
			spec.tags().forEach((key, value) -> tags.add(Tag.builder().key(key).value(value).build()));
			request.tags(tags);
		}
		return request.build();
	}

	/**
	 * The UpdateTable request for {@code spec}.
	 * @param table the table
	 * @param spec the changes
	 * @param defaults the connection's capacity defaults
	 * @param current the table as it is (needed only to create indexes: billing mode and capacity), or {@code null}
	 * @return the request
	 */
	public static UpdateTableRequest updateTable(TableName table, UpdateTableSpec spec, TableDefaults defaults,
			TableDescription current) {
		Operation operation = Operation.UPDATE_TABLE;
		UpdateTableRequest.Builder request = UpdateTableRequest.builder().tableName(table.physical());
		BillingMode billing = (spec.billingMode() != null) ? spec.billingMode() : currentBillingMode(current);
		boolean payPerRequest = billing == BillingMode.PAY_PER_REQUEST;
		if (spec.billingMode() != null) {
			request.billingMode(spec.billingMode());
		}
		ProvisionedThroughput tableThroughput = null;
		if (spec.readCapacityUnits() != null || spec.writeCapacityUnits() != null) {
			if (spec.readCapacityUnits() == null || spec.writeCapacityUnits() == null) {
				throw KeyValues.invalid(operation, table.logical(),
						"readCapacityUnits and writeCapacityUnits must be given together");
			}
			tableThroughput = throughput(spec.readCapacityUnits(), spec.writeCapacityUnits());
			request.provisionedThroughput(tableThroughput);
		}
		Map<String, ScalarAttributeType> definitions = new LinkedHashMap<>();
		List<GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
		for (UpdateTableSpec.IndexCapacityUpdate update : spec.indexCapacityUpdates()) {
			updates.add(GlobalSecondaryIndexUpdate.builder()
				.update(u -> u.indexName(update.indexName())
					.provisionedThroughput(throughput(update.readCapacityUnits(), update.writeCapacityUnits())))
				.build());
		}
		ProvisionedThroughput indexDefault = payPerRequest ? null
				: (tableThroughput != null) ? tableThroughput
						: (current != null && current.provisionedThroughput() != null
								&& current.provisionedThroughput().readCapacityUnits() != null
								&& current.provisionedThroughput().readCapacityUnits() > 0)
										? throughput(current.provisionedThroughput().readCapacityUnits(),
												current.provisionedThroughput().writeCapacityUnits())
										: throughput(first(defaults.readCapacityUnits(), null),
												first(defaults.writeCapacityUnits(), null));
		for (GlobalSecondaryIndexSpec index : spec.indexesToCreate()) {
			GlobalSecondaryIndex created = globalIndex(table, operation, index, definitions, indexDefault);
			CreateGlobalSecondaryIndexAction.Builder action = CreateGlobalSecondaryIndexAction.builder()
				.indexName(created.indexName())
				.keySchema(created.keySchema())
				.projection(created.projection());
			if (created.provisionedThroughput() != null) {
				action.provisionedThroughput(created.provisionedThroughput());
			}
			updates.add(GlobalSecondaryIndexUpdate.builder().create(action.build()).build());
		}
		for (String indexName : spec.indexesToDelete()) {
			updates.add(GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName(indexName)).build());
		}
		if (!updates.isEmpty()) {
			request.globalSecondaryIndexUpdates(updates);
		}
		if (!definitions.isEmpty()) {
			request.attributeDefinitions(attributeDefinitions(definitions));
		}
		if (spec.streamSpecification() != null) {
			request.streamSpecification(spec.streamSpecification());
		}
		return request.build();
	}

	private static BillingMode currentBillingMode(TableDescription current) {
		if (current == null) {
			return null;
		}
		if (current.billingModeSummary() != null && current.billingModeSummary().billingMode() != null) {
			return current.billingModeSummary().billingMode();
		}
		return BillingMode.PROVISIONED;
	}

	private static GlobalSecondaryIndex globalIndex(TableName table, Operation operation, GlobalSecondaryIndexSpec index,
			Map<String, ScalarAttributeType> definitions, ProvisionedThroughput tableThroughput) {
		if (index.hashKeys().isEmpty()) {
			throw KeyValues.invalid(operation, table.logical(), "global secondary index '" + index.indexName()
					+ "' needs hashKey(name, type)");
		}
		List<KeySchemaElement> keySchema = new ArrayList<>();
		Set<String> keyNames = new HashSet<>();
		addIndexKeys(table, operation, index, index.hashKeys(), KeyType.HASH, definitions, keySchema, keyNames);
		addIndexKeys(table, operation, index, index.rangeKeys(), KeyType.RANGE, definitions, keySchema, keyNames);
		GlobalSecondaryIndex.Builder built = GlobalSecondaryIndex.builder()
			.indexName(index.indexName())
			.keySchema(keySchema)
			.projection(index.projection().toSdk());
		if (tableThroughput != null) {
			built.provisionedThroughput(throughput(
					first(index.readCapacityUnits(), tableThroughput.readCapacityUnits()),
					first(index.writeCapacityUnits(), tableThroughput.writeCapacityUnits())));
		}
		return built.build();
	}

	/** Adds one part (partition or sort) of a global index key: at most four attributes, none twice, each defined once. */
	private static void addIndexKeys(TableName table, Operation operation, GlobalSecondaryIndexSpec index,
			List<IndexKeyAttribute> attributes, KeyType keyType, Map<String, ScalarAttributeType> definitions,
			List<KeySchemaElement> keySchema, Set<String> keyNames) {
		String part = (keyType == KeyType.HASH) ? "partition" : "sort";
		if (attributes.size() > GlobalSecondaryIndexSpec.MAX_KEY_ATTRIBUTES) {
			throw KeyValues.invalid(operation, table.logical(), "global secondary index '" + index.indexName()
					+ "' has " + attributes.size() + " " + part + " key attributes; at most "
					+ GlobalSecondaryIndexSpec.MAX_KEY_ATTRIBUTES + " are allowed");
		}
		for (IndexKeyAttribute attribute : attributes) {
			if (attribute.name() == null || attribute.name().isEmpty()) {
				throw KeyValues.invalid(operation, table.logical(), "global secondary index '" + index.indexName()
						+ "' has a " + part + " key attribute without a name");
			}
			if (!keyNames.add(attribute.name())) {
				throw KeyValues.invalid(operation, table.logical(), "global secondary index '" + index.indexName()
						+ "' uses key attribute '" + attribute.name() + "' twice");
			}
			define(table, definitions, attribute.name(), attribute.type());
			keySchema.add(KeySchemaElement.builder().attributeName(attribute.name()).keyType(keyType).build());
		}
	}

	private static BillingMode billingMode(CreateTableSpec spec, TableDefaults defaults) {
		if (spec.billingMode() != null) {
			return spec.billingMode();
		}
		if (spec.readCapacityUnits() != null || spec.writeCapacityUnits() != null) {
			return BillingMode.PROVISIONED;
		}
		if (defaults.billingMode() != null) {
			return defaults.billingMode();
		}
		if (defaults.readCapacityUnits() != null || defaults.writeCapacityUnits() != null) {
			return BillingMode.PROVISIONED;
		}
		return BillingMode.PAY_PER_REQUEST;
	}

	private static void define(TableName table, Map<String, ScalarAttributeType> definitions, String name,
			ScalarAttributeType type) {
		if (name == null) {
			return;
		}
		if (type == null) {
			throw KeyValues.invalid(Operation.CREATE_TABLE, table.logical(), "key attribute '" + name + "' needs a type");
		}
		ScalarAttributeType previous = definitions.putIfAbsent(name, type);
		if (previous != null && previous != type) {
			throw KeyValues.invalid(Operation.CREATE_TABLE, table.logical(), "key attribute '" + name
					+ "' is declared both as " + previous + " and as " + type);
		}
	}

	private static List<AttributeDefinition> attributeDefinitions(Map<String, ScalarAttributeType> definitions) {
		List<AttributeDefinition> list = new ArrayList<>(definitions.size());
		definitions.forEach((name, type) -> list.add(AttributeDefinition.builder().attributeName(name).attributeType(type).build()));
		return list;
	}

	private static List<KeySchemaElement> keySchema(String hash, String range) {
		KeySchemaElement hashKey = KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build();
		if (range == null) {
			return List.of(hashKey);
		}
		return List.of(hashKey, KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
	}

	private static ProvisionedThroughput throughput(Long read, Long write) {
		return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
	}

	private static Long first(Long value, Long fallback) {
		return (value != null) ? value : (fallback != null) ? fallback : TableDefaults.FALLBACK_CAPACITY_UNITS;
	}

}
