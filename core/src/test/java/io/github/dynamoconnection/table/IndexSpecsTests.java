package io.github.dynamoconnection.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

/** The index specs are immutable values: builders copy, {@code toBuilder()} changes a copy. */
class IndexSpecsTests {

	@Test
	void globalIndexBuiltInACreateTableLambdaKeepsItsKeysInOrder() {
		CreateTableSpec table = CreateTableSpec.of(t -> t.hashKey("id", S)
			.globalSecondaryIndex("by_month", i -> i.hashKey("tenant", S).hashKey("region", S).rangeKey("year", N)
				.readCapacityUnits(3).projectKeysOnly()));
		GlobalSecondaryIndexSpec index = table.globalSecondaryIndexes().get(0);
		assertThat(index.indexName()).isEqualTo("by_month");
		assertThat(index.hashKeys()).extracting(IndexKeyAttribute::name).containsExactly("tenant", "region");
		assertThat(index.rangeKeyName()).isEqualTo("year");
		assertThat(index.readCapacityUnits()).isEqualTo(3L);
		assertThat(index.writeCapacityUnits()).isNull();
	}

	@Test
	void globalIndexToBuilderChangesACopyOnly() {
		GlobalSecondaryIndexSpec index = GlobalSecondaryIndexSpec.of("by_author", i -> i.hashKey("author", S));
		GlobalSecondaryIndexSpec wider = index.toBuilder().rangeKey("posted", N).writeCapacityUnits(5).build();
		assertThat(index.rangeKeys()).isEmpty();
		assertThat(index.writeCapacityUnits()).isNull();
		assertThat(wider.indexName()).isEqualTo("by_author");
		assertThat(wider.hashKeyName()).isEqualTo("author");
		assertThat(wider.rangeKeyType()).isEqualTo(N);
		assertThat(wider.writeCapacityUnits()).isEqualTo(5L);
	}

	@Test
	void builtGlobalIndexServesAsTheLambdaOfAnotherIndex() {
		GlobalSecondaryIndexSpec template = GlobalSecondaryIndexSpec.of("template", i -> i.hashKey("author", S).projectKeysOnly());
		UpdateTableSpec update = UpdateTableSpec.of(u -> u.createGlobalSecondaryIndex("by_author", template));
		GlobalSecondaryIndexSpec created = update.indexesToCreate().get(0);
		assertThat(created.indexName()).isEqualTo("by_author");
		assertThat(created.hashKeyName()).isEqualTo("author");
		assertThat(created.projection()).isSameAs(IndexProjection.keysOnly());
	}

	@Test
	void localIndexToBuilderChangesACopyOnly() {
		LocalSecondaryIndexSpec index = LocalSecondaryIndexSpec.of("by_date", i -> i.rangeKey("date", S));
		LocalSecondaryIndexSpec changed = index.toBuilder().rangeKey("score", N).projectInclude("title").build();
		assertThat(index.rangeKeyName()).isEqualTo("date");
		assertThat(index.projection()).isSameAs(IndexProjection.all());
		assertThat(changed.indexName()).isEqualTo("by_date");
		assertThat(changed.rangeKeyName()).isEqualTo("score");
		assertThat(changed.rangeKeyType()).isEqualTo(N);
	}

	@Test
	void localIndexWithoutSortKeyReportsNone() {
		LocalSecondaryIndexSpec index = LocalSecondaryIndexSpec.builder("bare").build();
		assertThat(index.rangeKeyName()).isNull();
		assertThat(index.rangeKeyType()).isNull();
	}

}
