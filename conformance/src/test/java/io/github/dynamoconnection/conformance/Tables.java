package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Creates scenario tables: a fluent description of keys and indexes turned into one CreateTable
 * request, then waits (with the SDK's waiter) until the table exists.
 */
final class Tables {

	private final String name;

	private final Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();

	private final List<KeySchemaElement> keySchema = new ArrayList<>();

	private final List<GlobalSecondaryIndex> globalIndexes = new ArrayList<>();

	private final List<LocalSecondaryIndex> localIndexes = new ArrayList<>();

	private Consumer<CreateTableRequest.Builder> customizer = request -> request.billingMode(BillingMode.PAY_PER_REQUEST);

	private Tables(String name) {
		this.name = name;
	}

	/** A table with a partition key only. */
	static Tables table(String name, String partitionKey, ScalarAttributeType type) {
		Tables tables = new Tables(name);
		tables.attributes.put(partitionKey, type);
		tables.keySchema.add(key(partitionKey, KeyType.HASH));
		return tables;
	}

	/** A table with a string partition key {@code pk}. */
	static Tables hashTable(String name) {
		return table(name, "pk", ScalarAttributeType.S);
	}

	/** A table with a string partition key {@code pk} and a sort key {@code sk} of the given type. */
	static Tables rangeTable(String name, ScalarAttributeType sortKeyType) {
		return hashTable(name).sortKey("sk", sortKeyType);
	}

	/** Adds a sort key. */
	Tables sortKey(String attribute, ScalarAttributeType type) {
		attributes.put(attribute, type);
		keySchema.add(key(attribute, KeyType.RANGE));
		return this;
	}

	/** Adds a global secondary index with the given projection (keys may be null for no sort key). */
	Tables globalIndex(String index, String partitionKey, ScalarAttributeType partitionType, String sortKey,
			ScalarAttributeType sortType, Projection projection) {
		attributes.put(partitionKey, partitionType);
		List<KeySchemaElement> keys = new ArrayList<>(List.of(key(partitionKey, KeyType.HASH)));
		if (sortKey != null) {
			attributes.put(sortKey, sortType);
			keys.add(key(sortKey, KeyType.RANGE));
		}
		globalIndexes.add(GlobalSecondaryIndex.builder().indexName(index).keySchema(keys).projection(projection).build());
		return this;
	}

	/** Adds a local secondary index on the table's partition key and the given sort key. */
	Tables localIndex(String index, String sortKey, ScalarAttributeType sortType, Projection projection) {
		attributes.put(sortKey, sortType);
		localIndexes.add(LocalSecondaryIndex.builder()
			.indexName(index)
			.keySchema(keySchema.get(0), key(sortKey, KeyType.RANGE))
			.projection(projection)
			.build());
		return this;
	}

	/** Provisioned capacity for the table and all its global indexes (default: PAY_PER_REQUEST). */
	Tables provisioned(long read, long write) {
		customizer = request -> request.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput(throughput -> throughput.readCapacityUnits(read).writeCapacityUnits(write));
		return this;
	}

	/** Further settings of the CreateTable request (e.g. a stream specification), applied after the billing mode. */
	Tables customize(Consumer<CreateTableRequest.Builder> extra) {
		customizer = customizer.andThen(extra);
		return this;
	}

	/** The CreateTable request this describes. */
	CreateTableRequest request() {
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(name)
			.keySchema(keySchema)
			.attributeDefinitions(attributes.entrySet()
				.stream()
				.map(attribute -> AttributeDefinition.builder().attributeName(attribute.getKey()).attributeType(attribute.getValue()).build())
				.toList());
		customizer.accept(request);
		CreateTableRequest built = request.build();
		if (!globalIndexes.isEmpty()) {
			List<GlobalSecondaryIndex> indexes = globalIndexes;
			if (built.billingMode() == BillingMode.PROVISIONED) {
				indexes = indexes.stream().map(index -> index.toBuilder().provisionedThroughput(built.provisionedThroughput()).build()).toList();
			}
			request.globalSecondaryIndexes(indexes);
		}
		if (!localIndexes.isEmpty()) {
			request.localSecondaryIndexes(localIndexes);
		}
		return request.build();
	}

	/** Creates the table and waits until it exists. */
	TableDescription create(DynamoDbClient client) {
		client.createTable(request());
		client.waiter().waitUntilTableExists(request -> request.tableName(name));
		return client.describeTable(request -> request.tableName(name)).table();
	}

	static Projection projection(ProjectionType type, String... nonKeyAttributes) {
		Projection.Builder projection = Projection.builder().projectionType(type);
		if (nonKeyAttributes.length > 0) {
			projection.nonKeyAttributes(nonKeyAttributes);
		}
		return projection.build();
	}

	static KeySchemaElement key(String attribute, KeyType type) {
		return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
	}

}
