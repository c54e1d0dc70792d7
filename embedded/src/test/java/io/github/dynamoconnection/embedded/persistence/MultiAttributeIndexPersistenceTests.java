package io.github.dynamoconnection.embedded.persistence;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/** An index with a multi-attribute key keeps its key schema and entries across restarts (log replay, then snapshot). */
class MultiAttributeIndexPersistenceTests {

	@TempDir
	Path directory;

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	private static AttributeDefinition definition(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	@Test
	void indexSurvivesRestarts() {
		for (int run = 0; run < 3; run++) {
			try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
				DynamoDbClient db = dynamoDb.client();
				if (run == 0) {
					db.createTable(request -> request.tableName("Orders")
						.billingMode(BillingMode.PAY_PER_REQUEST)
						.keySchema(key("id", KeyType.HASH))
						.attributeDefinitions(definition("id", ScalarAttributeType.S), definition("a", ScalarAttributeType.S),
								definition("b", ScalarAttributeType.S), definition("n", ScalarAttributeType.N))
						.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
							.indexName("byAB")
							.keySchema(key("a", KeyType.HASH), key("b", KeyType.HASH), key("n", KeyType.RANGE))
							.projection(projection -> projection.projectionType(ProjectionType.KEYS_ONLY))
							.build()));
					for (String n : new String[] { "5", "-1", "12" }) {
						db.putItem(request -> request.tableName("Orders").item(Map.of("id", AttributeValue.fromS("o" + n), "a",
								AttributeValue.fromS("x"), "b", AttributeValue.fromS("y"), "n", AttributeValue.fromN(n))));
					}
				}
				assertThat(db.describeTable(request -> request.tableName("Orders")).table().globalSecondaryIndexes().get(0).keySchema())
					.extracting(KeySchemaElement::attributeName)
					.containsExactly("a", "b", "n");
				assertThat(db.query(request -> request.tableName("Orders")
					.indexName("byAB")
					.keyConditionExpression("a = :a AND b = :b AND n >= :n")
					.expressionAttributeValues(Map.of(":a", AttributeValue.fromS("x"), ":b", AttributeValue.fromS("y"), ":n",
							AttributeValue.fromN("0"))))
					.items()).as("run %d", run).extracting(found -> found.get("id").s()).containsExactly("o5", "o12");
			}
		}
	}

}
