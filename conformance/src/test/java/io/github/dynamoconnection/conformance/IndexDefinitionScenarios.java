package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateTable's checks of attribute definitions and secondary index projections. */
class IndexDefinitionScenarios {

	private static AttributeDefinition definition(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	private static GlobalSecondaryIndex include(String name, String hashKey, List<String> nonKeyAttributes) {
		return GlobalSecondaryIndex.builder()
			.indexName(name)
			.keySchema(Tables.key(hashKey, KeyType.HASH))
			.projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(nonKeyAttributes).build())
			.build();
	}

	private static List<String> attributes(String prefix, int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(prefix + i);
		}
		return names;
	}

	private static CreateTableRequest withIndexes(GlobalSecondaryIndex... indexes) {
		List<AttributeDefinition> definitions = new ArrayList<>(List.of(definition("pk", ScalarAttributeType.S)));
		for (GlobalSecondaryIndex index : indexes) {
			definitions.add(definition(index.keySchema().get(0).attributeName(), ScalarAttributeType.S));
		}
		return hashTable("Indexed").request().toBuilder()
			.attributeDefinitions(definitions)
			.globalSecondaryIndexes(indexes)
			.build();
	}

	/** CreateTable: DynamoDB names the duplicated attribute ("Attribute Name is duplicated: pk"). */
	@Scenario
	void duplicateAttributeDefinitionIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(hashTable("Indexed").request().toBuilder()
			.attributeDefinitions(definition("pk", ScalarAttributeType.S), definition("pk", ScalarAttributeType.N))
			.build()), "Attribute Name is duplicated: pk");
	}

	/**
	 * The API reference caps each index's NonKeyAttributes at 20 items; the quotas cap the
	 * NonKeyAttributes of all indexes of a table together at 100 attributes.
	 */
	@Scenario
	void hundredProjectedAttributesAcrossIndexesAreTheLimit(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(withIndexes(include("one", "g1", attributes("a", 21)))),
				"at 'globalSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: "
						+ "Member must have length less than or equal to 20");
		assertValidation(() -> db.createTable(withIndexes(include("one", "g1", attributes("a", 20)),
				include("two", "g2", attributes("b", 20)), include("three", "g3", attributes("c", 20)),
				include("four", "g4", attributes("d", 20)), include("five", "g5", attributes("e", 20)),
				include("six", "g6", attributes("f", 1)))), "100");
		db.createTable(withIndexes(include("one", "g1", attributes("a", 20)), include("two", "g2", attributes("b", 20)),
				include("three", "g3", attributes("c", 20)), include("four", "g4", attributes("d", 20)),
				include("five", "g5", attributes("e", 20))));
		assertThat(db.describeTable(request -> request.tableName("Indexed")).table().globalSecondaryIndexes()).hasSize(5);
	}

	@Scenario
	void duplicateNonKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(withIndexes(include("one", "g1", List.of("x", "y", "x")))), "x");
	}

	@Scenario
	void nonKeyAttributesOutsideIncludeAreRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		GlobalSecondaryIndex all = GlobalSecondaryIndex.builder()
			.indexName("one")
			.keySchema(Tables.key("g1", KeyType.HASH))
			.projection(Projection.builder().projectionType(ProjectionType.ALL).nonKeyAttributes("x").build())
			.build();

		assertValidation(() -> db.createTable(withIndexes(all)), "ProjectionType is ALL, but NonKeyAttributes is specified");
		GlobalSecondaryIndex includeNothing = GlobalSecondaryIndex.builder()
			.indexName("one")
			.keySchema(Tables.key("g1", KeyType.HASH))
			.projection(Projection.builder().projectionType(ProjectionType.INCLUDE).build())
			.build();
		assertValidation(() -> db.createTable(withIndexes(includeNothing)),
				"ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
		// an empty list breaks the request model's constraint (at least one item) before that rule
		assertValidation(() -> db.createTable(withIndexes(include("one", "g1", List.of()))),
				"at 'globalSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: "
						+ "Member must have length greater than or equal to 1");
	}

	@Scenario
	void updateTableCreatesAtMostOneIndexPerCall(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Indexed").create(db);

		DynamoErrors.assertError(() -> db.updateTable(request -> request.tableName("Indexed")
			.attributeDefinitions(definition("g1", ScalarAttributeType.S), definition("g2", ScalarAttributeType.S))
			.globalSecondaryIndexUpdates(
					update -> update.create(create -> create.indexName("one").keySchema(Tables.key("g1", KeyType.HASH))
						.projection(Tables.projection(ProjectionType.KEYS_ONLY))),
					update -> update.create(create -> create.indexName("two").keySchema(Tables.key("g2", KeyType.HASH))
						.projection(Tables.projection(ProjectionType.KEYS_ONLY))))),
				"LimitExceededException", "Only 1 online index can be created or deleted simultaneously per table");
		assertThat(db.describeTable(request -> request.tableName("Indexed")).table().globalSecondaryIndexes()).isEmpty();
	}

	@Scenario
	void updateTableRedefiningAnAttributeTypeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Indexed").create(db);

		assertValidation(() -> db.updateTable(request -> request.tableName("Indexed")
			.attributeDefinitions(definition("pk", ScalarAttributeType.N))
			.globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName("one")
				.keySchema(Tables.key("pk", KeyType.HASH))
				.projection(Tables.projection(ProjectionType.KEYS_ONLY))))), "pk");
	}

}
