package io.github.dynamoconnection.autoconfigure.tables;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code dynamodb.tables.<name>.global-indexes.<index>.hash-keys} and {@code range-keys}
 * (a multi-attribute index key) on the embedded engine, beside the single-attribute form.
 */
class DeclaredMultiAttributeIndexKeyTests {

	private static final String INDEX = "dynamodb.tables.Orders.global-indexes.by-place.";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withPropertyValues("dynamodb.tables.Orders.hash-key.name=id");

	@Test
	void severalPartitionAndSortKeyAttributesAreCreatedInOrderWithTheirTypes() {
		this.contextRunner
			.withPropertyValues(INDEX + "hash-keys[0].name=tenant", INDEX + "hash-keys[1].name=region",
					INDEX + "range-keys[0].name=year", INDEX + "range-keys[0].type=N",
					INDEX + "range-keys[1].name=month", INDEX + "range-keys[1].type=N")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				var table = context.getBean(Connection.class).describeTable("Orders");
				GlobalSecondaryIndexDescription index = table.globalSecondaryIndexes().get(0);
				assertThat(index.keySchema()).extracting(DeclaredMultiAttributeIndexKeyTests::describe)
					.containsExactly("tenant:HASH", "region:HASH", "year:RANGE", "month:RANGE");
				assertThat(table.attributeDefinitions()).extracting((d) -> d.attributeName() + ":" + d.attributeTypeAsString())
					.contains("tenant:S", "region:S", "year:N", "month:N");
			});
	}

	@Test
	void theSingleAttributeFormStillWorksAndMixesWithSeveralSortKeys() {
		this.contextRunner
			.withPropertyValues(INDEX + "hash-key.name=tenant", INDEX + "range-keys[0].name=year",
					INDEX + "range-keys[1].name=month", INDEX + "projection=keys-only")
			.run((context) -> {
				GlobalSecondaryIndexDescription index = context.getBean(Connection.class)
					.describeTable("Orders")
					.globalSecondaryIndexes()
					.get(0);
				assertThat(index.keySchema()).extracting(DeclaredMultiAttributeIndexKeyTests::describe)
					.containsExactly("tenant:HASH", "year:RANGE", "month:RANGE");
				assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
			});
	}

	@Test
	void anExistingIndexWithTheSortAttributesInAnotherOrderFailsStartUp() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();
		engine.client()
			.createTable((table) -> table.tableName("Orders")
				.keySchema((key) -> key.attributeName("id").keyType("HASH"))
				.attributeDefinitions((a) -> a.attributeName("id").attributeType("S"),
						(a) -> a.attributeName("tenant").attributeType("S"),
						(a) -> a.attributeName("year").attributeType("S"),
						(a) -> a.attributeName("month").attributeType("S"))
				.globalSecondaryIndexes((index) -> index.indexName("by-place")
					.keySchema((key) -> key.attributeName("tenant").keyType("HASH"),
							(key) -> key.attributeName("month").keyType("RANGE"),
							(key) -> key.attributeName("year").keyType("RANGE"))
					.projection((p) -> p.projectionType("ALL")))
				.billingMode("PAY_PER_REQUEST"));
		this.contextRunner.withBean(EmbeddedDynamoDb.class, () -> engine)
			.withPropertyValues(INDEX + "hash-keys[0].name=tenant", INDEX + "range-keys[0].name=year",
					INDEX + "range-keys[1].name=month")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(TableDeclarationMismatchException.class)
				.hasMessageContaining("global index 'by-place' range key is 'month', 'year' but declared 'year', 'month'"));
	}

	@Test
	void hashKeyAndHashKeysTogetherAreRefused() {
		this.contextRunner.withPropertyValues(INDEX + "hash-key.name=tenant", INDEX + "hash-keys[0].name=region")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("hashKey.name")
				.hasMessageContaining("must not be set together with hash-keys"));
	}

	@Test
	void aFifthSortKeyAttributeOrANamelessOneIsRefused() {
		this.contextRunner
			.withPropertyValues(INDEX + "hash-keys[0].name=tenant", INDEX + "range-keys[0].name=a",
					INDEX + "range-keys[1].name=b", INDEX + "range-keys[2].name=c", INDEX + "range-keys[3].name=d",
					INDEX + "range-keys[4].type=N")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("has 5 attributes; a global index key part has at most 4")
				.hasMessageContaining("rangeKeys[4].name"));
	}

	private static String describe(KeySchemaElement element) {
		return element.attributeName() + ":" + ((element.keyType() == KeyType.HASH) ? "HASH" : "RANGE");
	}

}
