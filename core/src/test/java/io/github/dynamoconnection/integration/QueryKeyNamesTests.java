package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Query's key condition names plain key attributes as they are and only the others (reserved
 * words, dots, dashes) by placeholder, as sent on the wire (seen by an SDK interceptor on the
 * embedded engine), with the same items either way.
 */
class QueryKeyNamesTests {

	private EmbeddedDynamoDb engine;

	private DynamoDbClient client;

	private Connection conn;

	private QueryRequest sent;

	@BeforeEach
	void start() {
		engine = EmbeddedDynamoDb.builder().start();
		ExecutionInterceptor recorder = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				if (context.request() instanceof QueryRequest query) {
					sent = query;
				}
			}
		};
		client = DynamoDbClient.builder()
			.httpClient(engine.sdkHttpClient())
			.endpointOverride(engine.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
			.build();
		conn = Connection.builder().client(client).build();
	}

	@AfterEach
	void stop() {
		conn.close();
		client.close();
		engine.close();
	}

	private List<Integer> fill(String table, String hashKey, String rangeKey) {
		conn.createTable(table, t -> t.hashKey(hashKey, S).rangeKey(rangeKey, N).waitUntilActive());
		IntStream.range(0, 12).forEach(i -> conn.putItem(table, Map.of(hashKey, (i < 10) ? "p" : "other", rangeKey, i,
				"v", i)));
		return conn.query(table, "p", q -> q.rangeKeyCondition(RangeKeyCondition.between(2, 7))).items().stream()
			.map(item -> ((BigDecimal) item.get(rangeKey)).intValue())
			.toList();
	}

	@Test
	void plainKeyNamesAreSentWithoutPlaceholders() {
		assertThat(fill("Plain", "pk", "sort_key1")).containsExactly(2, 3, 4, 5, 6, 7);
		assertThat(sent.keyConditionExpression()).isEqualTo("pk = :v0 AND sort_key1 BETWEEN :v1 AND :v2");
		assertThat(sent.hasExpressionAttributeNames()).isFalse();
	}

	@Test
	void reservedAndSpecialKeyNamesStillGetPlaceholders() {
		assertThat(fill("Odd", "name", "data.v-1")).containsExactly(2, 3, 4, 5, 6, 7);
		assertThat(sent.keyConditionExpression()).isEqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
		assertThat(sent.expressionAttributeNames()).containsExactly(Map.entry("#n0", "name"), Map.entry("#n1", "data.v-1"));
	}

	@Test
	void aFilterBesideABareKeyKeepsItsPlaceholders() {
		fill("Filtered", "pk", "sk");
		assertThat(conn.query("Filtered", "p", q -> q.filter(Path.of("v").gt(7))).items())
			.extracting(item -> item.get("v")).containsExactly(new BigDecimal(8), new BigDecimal(9));
		assertThat(sent.keyConditionExpression()).isEqualTo("pk = :v0");
		assertThat(sent.filterExpression()).isEqualTo("#n0 > :v1");
		assertThat(sent.expressionAttributeNames()).containsExactly(Map.entry("#n0", "v"));
	}

}
