package io.github.dynamoconnection.embedded.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * One table layout of the reference-model test: its key and, optionally, one (sparse) secondary
 * index projecting all attributes.
 */
record TableShape(String name, Keys keys, String indexName, Keys indexKeys, boolean globalIndex) {

	/** A partition key and an optional sort key with their types. */
	record Keys(String hash, ScalarAttributeType hashType, String range, ScalarAttributeType rangeType) {

		boolean hasRange() {
			return range != null;
		}

	}

	/** Every shape the test covers: hash only, hash and range of each key type, a GSI, a hash-only GSI, an LSI. */
	static List<TableShape> all() {
		ScalarAttributeType s = ScalarAttributeType.S;
		ScalarAttributeType n = ScalarAttributeType.N;
		ScalarAttributeType b = ScalarAttributeType.B;
		return List.of(new TableShape("HashOnly", new Keys("pk", s, null, null), null, null, false),
				new TableShape("HashOnlyNumber", new Keys("pk", n, null, null), null, null, false),
				new TableShape("RangeString", new Keys("pk", s, "sk", s), null, null, false),
				new TableShape("RangeNumber", new Keys("pk", n, "sk", n), null, null, false),
				new TableShape("RangeBinary", new Keys("pk", b, "sk", b), null, null, false),
				new TableShape("Global", new Keys("pk", s, "sk", n), "byGroup", new Keys("g", s, "gs", s), true),
				new TableShape("GlobalHashOnly", new Keys("pk", s, null, null), "byGroup", new Keys("g", n, null, null), true),
				new TableShape("Local", new Keys("pk", s, "sk", s), "byLocal", new Keys("pk", s, "l", n), false));
	}

	boolean hasIndex() {
		return indexName != null;
	}

	/** The CreateTable request for this shape, under a run-specific table name. */
	CreateTableRequest createRequest(String tableName) {
		Map<String, ScalarAttributeType> definitions = new LinkedHashMap<>();
		definitions.put(keys.hash(), keys.hashType());
		if (keys.hasRange()) {
			definitions.put(keys.range(), keys.rangeType());
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(tableName)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(schema(keys));
		if (hasIndex()) {
			definitions.put(indexKeys.hash(), indexKeys.hashType());
			if (indexKeys.hasRange()) {
				definitions.put(indexKeys.range(), indexKeys.rangeType());
			}
			Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
			if (globalIndex) {
				request.globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(indexName).keySchema(schema(indexKeys)).projection(all).build());
			}
			else {
				request.localSecondaryIndexes(LocalSecondaryIndex.builder().indexName(indexName).keySchema(schema(indexKeys)).projection(all).build());
			}
		}
		request.attributeDefinitions(definitions.entrySet()
			.stream()
			.map(entry -> AttributeDefinition.builder().attributeName(entry.getKey()).attributeType(entry.getValue()).build())
			.toList());
		return request.build();
	}

	private static List<KeySchemaElement> schema(Keys keys) {
		List<KeySchemaElement> schema = new ArrayList<>();
		schema.add(KeySchemaElement.builder().attributeName(keys.hash()).keyType(KeyType.HASH).build());
		if (keys.hasRange()) {
			schema.add(KeySchemaElement.builder().attributeName(keys.range()).keyType(KeyType.RANGE).build());
		}
		return schema;
	}

}
