package io.github.dynamoconnection.embedded.inprocess;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ScriptedEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-process face under a real {@code DynamoDbClient}, with a scripted engine so that every
 * answer the face must carry (success, each error shape, a crash) can be produced on demand.
 */
class InProcessHttpClientTests {

	private final ScriptedEngine engine = new ScriptedEngine();

	private final RecordingPublisher metrics = new RecordingPublisher();

	private final DynamoDbClient client = DynamoDbClient.builder()
		.httpClient(new InProcessHttpClient(new JsonProtocolHandler(engine)))
		.endpointOverride(URI.create("http://embedded-dynamodb.local"))
		.region(Region.US_EAST_1)
		.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
		.overrideConfiguration((config) -> config.addMetricPublisher(metrics)
			.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3).build()))
		.build();

	@AfterEach
	void closeClient() {
		client.close();
	}

	@Test
	void requestBodyReachesTheEngineAndTheAnswerIsUnmarshalled() {
		assertThat(client.listTables((request) -> request.exclusiveStartTableName("from-sdk")).tableNames())
			.containsExactly("echo-from-sdk");
	}

	@Test
	void metricPublishersSeeEachCall() {
		client.listTables();
		assertThat(metrics.collections).hasSize(1);
		assertThat(metrics.collections.get(0).metricValues(CoreMetric.OPERATION_NAME)).containsExactly("ListTables");
		assertThat(metrics.collections.get(0).metricValues(CoreMetric.API_CALL_SUCCESSFUL)).containsExactly(true);
	}

	@Test
	void modeledErrorsBecomeTheirSdkExceptions() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> client.describeTable((request) -> request.tableName("throw.ResourceNotFoundException")))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Scripted failure for DescribeTable");
				assertThat(ex.requestId()).matches("[0-9A-Z]{52}");
			});
	}

	@Test
	void conditionalCheckFailureCarriesTheOldItem() {
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> client.deleteItem((request) -> request.tableName("throw.ConditionalCheckFailedException")))
			.satisfies((ex) -> assertThat(ex.item().get("id").s()).isEqualTo("old"));
	}

	@Test
	void transactionCancellationCarriesItsReasonsAndMessage() {
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> client.describeTable((request) -> request.tableName("throw.TransactionCanceledException")))
			.satisfies((ex) -> {
				assertThat(ex.cancellationReasons()).singleElement()
					.satisfies((reason) -> assertThat(reason.code()).isEqualTo("ConditionalCheckFailed"));
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Scripted failure for DescribeTable");
			});
	}

	@Test
	void unexpectedEngineFailureIsRetriedThenSurfacesAs500() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> client.describeTable((request) -> request.tableName("crash")))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(500);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
				assertThat(ex.getMessage()).doesNotContain(ScriptedEngine.SECRET_DETAIL);
			});
		assertThat(engine.calls()).as("the configured retry strategy tries 3 times").isEqualTo(3);
	}

	/** Keeps every metric collection the SDK publishes. */
	private static final class RecordingPublisher implements MetricPublisher {

		private final List<MetricCollection> collections = new CopyOnWriteArrayList<>();

		@Override
		public void publish(MetricCollection metricCollection) {
			collections.add(metricCollection);
		}

		@Override
		public void close() {
		}

	}

}
