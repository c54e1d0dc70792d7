package io.github.dynamoconnection.item;

import java.util.Map;

import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.statement.StatementOptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The options built on the shared levels keep every setting through toBuilder and as another call's lambda. */
class OptionsBasesTests {

	@Test
	void queryOptionsRoundTripEverySettingOfEveryLevel() {
		QueryOptions options = QueryOptions.of(q -> q.descending().indexName("by_date").limit(10).select(Select.COUNT)
			.exclusiveStartKey(Map.of("id", "1")).consistentRead(true).projection("a", "b")
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		QueryOptions copy = options.toBuilder().build();
		assertThat(copy.scanIndexForward()).isFalse();
		assertThat(copy.indexName()).isEqualTo("by_date");
		assertThat(copy.limit()).isEqualTo(10);
		assertThat(copy.select()).isEqualTo(Select.COUNT);
		assertThat(copy.exclusiveStartKey()).isEqualTo(Map.of("id", "1"));
		assertThat(copy.consistentRead()).isTrue();
		assertThat(copy.projection()).isSameAs(options.projection());
		assertThat(copy.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);
	}

	@Test
	void toBuilderChangesACopyOnly() {
		ScanOptions options = ScanOptions.of(s -> s.segment(0, 2).limit(5));
		ScanOptions changed = options.toBuilder().limit(6).consistentRead(false).build();
		assertThat(options.limit()).isEqualTo(5);
		assertThat(options.consistentRead()).isNull();
		assertThat(changed.limit()).isEqualTo(6);
		assertThat(changed.totalSegments()).isEqualTo(2);
	}

	@Test
	void builtOptionsServeAsTheLambdaOfAnother() {
		GetItemOptions template = GetItemOptions.of(g -> g.projection(Projection.of("x")).consistentRead(true));
		GetItemOptions filled = GetItemOptions.of(template);
		assertThat(filled.consistentRead()).isTrue();
		assertThat(filled.projection()).isSameAs(template.projection());
		assertThat(GetItemOptions.defaults().consistentRead()).isNull();
	}

	@Test
	void conditionalLevelIsSharedByWritesAndStatements() {
		WriteOptions write = WriteOptions.of(w -> w
			.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
		StatementOptions statement = StatementOptions.of(s -> s.nextToken("t").limit(3)
			.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
		assertThat(write.toBuilder().build().returnValuesOnConditionCheckFailure())
			.isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
		StatementOptions copy = statement.toBuilder().build();
		assertThat(copy.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
		assertThat(copy.nextToken()).isEqualTo("t");
		assertThat(copy.limit()).isEqualTo(3);
	}

}
