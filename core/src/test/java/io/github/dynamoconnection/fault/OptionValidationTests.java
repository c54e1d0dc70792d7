package io.github.dynamoconnection.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.Key;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Option values DynamoDB would reject are refused before anything but the schema lookup is sent. */
class OptionValidationTests {

	private static final String THREAD = "{\"Table\":{\"TableName\":\"Thread\",\"TableStatus\":\"ACTIVE\","
			+ "\"AttributeDefinitions\":[{\"AttributeName\":\"forum_name\",\"AttributeType\":\"S\"},"
			+ "{\"AttributeName\":\"subject\",\"AttributeType\":\"S\"},{\"AttributeName\":\"author\",\"AttributeType\":\"S\"}],"
			+ "\"KeySchema\":[{\"AttributeName\":\"forum_name\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"subject\",\"KeyType\":\"RANGE\"}],"
			+ "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"by_author\",\"KeySchema\":[{\"AttributeName\":\"author\","
			+ "\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}]}}";

	private final ScriptedHttpClient http = new ScriptedHttpClient().ok(THREAD);

	private final Connection conn = Connection.builder()
		.httpClient(http)
		.host("http://127.0.0.1:9")
		.region("us-east-1")
		.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
		.build();

	@AfterEach
	void onlyTheSchemaWasRead() {
		conn.close();
		assertThat(http.operations()).containsOnly("DescribeTable");
	}

	@Test
	void putAndDeleteAcceptOnlyNoneOrAllOld() {
		assertThatThrownBy(() -> conn.putItem("Thread", Key.of("f", "s"), Map.of(), o -> o.returnValues(ReturnValue.ALL_NEW)))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessage("PutItem on table 'Thread': ReturnValues ALL_NEW is not allowed; PutItem accepts only NONE and ALL_OLD");
		assertThatThrownBy(() -> conn.deleteItem("Thread", Key.of("f", "s"), o -> o.returnValues(ReturnValue.UPDATED_OLD)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("DeleteItem accepts only NONE and ALL_OLD");
	}

	@Test
	void enumValuesUnknownToTheSdkAreRefused() {
		assertThatThrownBy(() -> conn.updateItem("Thread", Key.of("f", "s"), Update.set("a", 1),
				o -> o.returnValues(ReturnValue.UNKNOWN_TO_SDK_VERSION)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("ReturnValues value UNKNOWN_TO_SDK_VERSION");
		assertThatThrownBy(() -> conn.getItem("Thread", Key.of("f", "s"),
				o -> o.returnConsumedCapacity(ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("ReturnConsumedCapacity");
	}

	@Test
	void selectMustFitProjectionAndIndex() {
		assertThatThrownBy(() -> conn.query("Thread", "f", q -> q.select(Select.SPECIFIC_ATTRIBUTES)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("needs a projection");
		assertThatThrownBy(() -> conn.query("Thread", "f", q -> q.select(Select.COUNT).projection("a")))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not COUNT");
		assertThatThrownBy(() -> conn.query("Thread", "f", q -> q.select(Select.ALL_PROJECTED_ATTRIBUTES)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("needs an index");
	}

	@Test
	void consistentReadsOnAGlobalIndexAndBadLimitsAreRefused() {
		assertThatThrownBy(() -> conn.query("Thread", "ann", q -> q.indexName("by_author").consistentRead(true)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("global secondary index 'by_author'");
		assertThatThrownBy(() -> conn.scan("Thread", s -> s.limit(0)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("limit must be at least 1");
		assertThatThrownBy(() -> conn.scan("Thread", s -> s.segment(3, 2)))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("segment must be in [0, 2)");
	}

	@Test
	void aRangeConditionOnAnIndexWithoutRangeKeyIsRefused() {
		assertThatThrownBy(() -> conn.query("Thread", "ann", q -> q.indexName("by_author")
			.rangeKeyCondition(io.github.dynamoconnection.expression.RangeKeyCondition.eq("x"))))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("index 'by_author' has no range key");
	}

}
