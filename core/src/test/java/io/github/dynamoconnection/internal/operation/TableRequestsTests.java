package io.github.dynamoconnection.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.util.Map;
import java.util.function.Consumer;

import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.TableDefaults;
import io.github.dynamoconnection.table.UpdateTableSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

class TableRequestsTests {

	private static final TableName THREAD = TableName.of("dev_", "Thread");

	private static CreateTableRequest create(Consumer<CreateTableSpec.Builder> spec, TableDefaults defaults) {
		return TableRequests.createTable(THREAD, CreateTableSpec.of(spec), defaults);
	}

	private static UpdateTableRequest update(Consumer<UpdateTableSpec.Builder> spec) {
		return TableRequests.updateTable(THREAD, UpdateTableSpec.of(spec), TableDefaults.none(), null);
	}

	@Test
	void globalIndexKeepsThroughputAndLocalIndexHasNone() {
		CreateTableRequest request = create(t -> t.hashKey("forum_name", S).rangeKey("subject", S)
			.readCapacityUnits(2).writeCapacityUnits(3)
			.globalSecondaryIndex("by_author", i -> i.hashKey("author", S).rangeKey("posted", N).projectKeysOnly())
			.localSecondaryIndex("by_views", i -> i.rangeKey("views", N).projectInclude("title")), TableDefaults.none());
		assertThat(request.tableName()).isEqualTo("dev_Thread");
		assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
		assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(2);
		assertThat(request.globalSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
		assertThat(request.localSecondaryIndexes().get(0).keySchema()).extracting(k -> k.attributeName())
			.containsExactly("forum_name", "views");
		assertThat(request.localSecondaryIndexes().get(0).projection().nonKeyAttributes()).containsExactly("title");
		assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeType())
			.containsExactly("forum_name:S", "subject:S", "author:S", "posted:N", "views:N");
	}

	@Test
	void payPerRequestDropsThroughputEverywhere() {
		CreateTableRequest request = create(t -> t.hashKey("id", S).billingMode(BillingMode.PAY_PER_REQUEST)
			.globalSecondaryIndex("g", i -> i.hashKey("other", S).readCapacityUnits(5).writeCapacityUnits(5)),
				TableDefaults.none());
		assertThat(request.provisionedThroughput()).isNull();
		assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isNull();
	}

	@Test
	void withoutCapacityTheConnectionDefaultsApply() {
		assertThat(create(t -> t.hashKey("id", S), TableDefaults.none()).billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		CreateTableRequest provisioned = create(t -> t.hashKey("id", S), new TableDefaults(null, 4L, 6L));
		assertThat(provisioned.billingMode()).isEqualTo(BillingMode.PROVISIONED);
		assertThat(provisioned.provisionedThroughput().readCapacityUnits()).isEqualTo(4);
		assertThat(provisioned.provisionedThroughput().writeCapacityUnits()).isEqualTo(6);
		CreateTableRequest byMode = create(t -> t.hashKey("id", S), new TableDefaults(BillingMode.PROVISIONED, null, null));
		assertThat(byMode.provisionedThroughput().readCapacityUnits()).isEqualTo(TableDefaults.FALLBACK_CAPACITY_UNITS);
	}

	@Test
	void streamAndTagsAreSent() {
		CreateTableRequest request = create(t -> t.hashKey("id", S).streamSpecification(StreamViewType.NEW_IMAGE)
			.tags(Map.of("team", "blue")), TableDefaults.none());
		assertThat(request.streamSpecification().streamEnabled()).isTrue();
		assertThat(request.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
		assertThat(request.tags()).extracting(tag -> tag.key() + "=" + tag.value()).containsExactly("team=blue");
	}

	@Test
	void incompleteOrContradictorySpecsAreRefusedNamingTheTable() {
		assertThatThrownBy(() -> create(t -> t.rangeKey("subject", S), TableDefaults.none()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'Thread'").hasMessageContaining("hashKey");
		assertThatThrownBy(() -> create(t -> t.hashKey("id", S).globalSecondaryIndex("g", i -> i.hashKey("id", N)),
				TableDefaults.none()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'id' is declared both as S and as N");
		assertThatThrownBy(() -> create(t -> t.hashKey("id", S).localSecondaryIndex("l", i -> i.rangeKey("v", N)),
				TableDefaults.none()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("needs a table with a range key");
	}

	@Test
	void globalIndexCapacityUpdatesBecomeGlobalSecondaryIndexUpdates() {
		UpdateTableRequest request = update(u -> u.globalSecondaryIndexUpdate("index_name", 10, 11));
		assertThat(request.globalSecondaryIndexUpdates()).hasSize(1);
		var change = request.globalSecondaryIndexUpdates().get(0).update();
		assertThat(change.indexName()).isEqualTo("index_name");
		assertThat(change.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
		assertThat(change.provisionedThroughput().writeCapacityUnits()).isEqualTo(11);
		assertThat(request.provisionedThroughput()).isNull();
	}

	@Test
	void indexCreationAndDeletionAndBillingModeChange() {
		UpdateTableRequest request = update(u -> u.billingMode(BillingMode.PAY_PER_REQUEST)
			.createGlobalSecondaryIndex("by_author", i -> i.hashKey("author", S))
			.deleteGlobalSecondaryIndex("old"));
		assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(request.globalSecondaryIndexUpdates().get(0).create().provisionedThroughput()).isNull();
		assertThat(request.globalSecondaryIndexUpdates().get(1).delete().indexName()).isEqualTo("old");
		assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName()).containsExactly("author");
	}

	@Test
	void indexCreationFollowsTheCurrentTable() {
		UpdateTableSpec spec = UpdateTableSpec.builder().createGlobalSecondaryIndex("g", i -> i.hashKey("other", S)).build();
		var onDemand = software.amazon.awssdk.services.dynamodb.model.TableDescription.builder()
			.billingModeSummary(b -> b.billingMode(BillingMode.PAY_PER_REQUEST)).build();
		assertThat(TableRequests.updateTable(THREAD, spec, TableDefaults.none(), onDemand).globalSecondaryIndexUpdates()
			.get(0).create().provisionedThroughput()).isNull();
		var provisioned = software.amazon.awssdk.services.dynamodb.model.TableDescription.builder()
			.provisionedThroughput(p -> p.readCapacityUnits(7L).writeCapacityUnits(8L)).build();
		var created = TableRequests.updateTable(THREAD, spec, TableDefaults.none(), provisioned).globalSecondaryIndexUpdates()
			.get(0).create();
		assertThat(created.provisionedThroughput().readCapacityUnits()).isEqualTo(7);
		assertThat(created.provisionedThroughput().writeCapacityUnits()).isEqualTo(8);
	}

	@Test
	void tableCapacityNeedsBothUnits() {
		assertThatThrownBy(() -> update(u -> u.readCapacityUnits(5)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("given together");
	}

	@Test
	void globalIndexWithSeveralPartitionAndSortKeyAttributesKeepsTheirOrder() {
		CreateTableRequest request = create(t -> t.hashKey("id", S)
			.globalSecondaryIndex("by_place_and_date", i -> i.hashKey("tenant", S).hashKey("region", S)
				.rangeKey("year", N).rangeKey("month", N).rangeKey("day", N)), TableDefaults.none());
		assertThat(request.globalSecondaryIndexes().get(0).keySchema())
			.extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
			.containsExactly("tenant:HASH", "region:HASH", "year:RANGE", "month:RANGE", "day:RANGE");
		assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeType())
			.containsExactly("id:S", "tenant:S", "region:S", "year:N", "month:N", "day:N");
	}

	@Test
	void indexCreatedByUpdateTableKeepsSeveralKeyAttributes() {
		UpdateTableRequest request = update(t -> t.createGlobalSecondaryIndex("by_pair",
				i -> i.hashKey("a", S).hashKey("b", N).rangeKey("c", S)));
		assertThat(request.globalSecondaryIndexUpdates().get(0).create().keySchema())
			.extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
			.containsExactly("a:HASH", "b:HASH", "c:RANGE");
	}

	@Test
	void globalIndexWithFiveSortKeyAttributesIsRefusedNamingTheLimit() {
		assertThatThrownBy(() -> create(t -> t.hashKey("id", S).globalSecondaryIndex("wide",
				i -> i.hashKey("p", S).rangeKey("a", S).rangeKey("b", S).rangeKey("c", S).rangeKey("d", S).rangeKey("e", S)),
				TableDefaults.none()))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'wide' has 5 sort key attributes; at most 4");
	}

	@Test
	void globalIndexUsingAnAttributeTwiceIsRefused() {
		assertThatThrownBy(() -> create(t -> t.hashKey("id", S)
			.globalSecondaryIndex("twice", i -> i.hashKey("p", S).rangeKey("p", S)), TableDefaults.none()))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'twice' uses key attribute 'p' twice");
	}

}
