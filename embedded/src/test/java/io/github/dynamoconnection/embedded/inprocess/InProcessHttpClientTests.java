package io.github.dynamoconnection.embedded.inprocess;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ScriptedEngine;
import io.github.dynamoconnection.embedded.protocol.SignatureVerifier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The in-process face under a real {@code DynamoDbClient}, with a scripted engine so that every
 * answer the face must carry (success, each error shape, a crash) can be produced on demand.
 */
class InProcessHttpClientTests {

	private final ScriptedEngine engine = new ScriptedEngine();

	private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final InProcessHttpClient raw = new InProcessHttpClient(new JsonProtocolHandler(engine));

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

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void headerNamesMatchInAnyCase(boolean upperCase) throws IOException {
		SdkHttpFullRequest.Builder request = post(URI.create("http://embedded-dynamodb.local/"));
		Map<String, String> headers = Map.of("X-Amz-Target", "DynamoDB_20120810.GetItem", "Authorization",
				"AWS4-HMAC-SHA256 Credential=test/" + BASIC.format(Instant.now()).substring(0, 8)
						+ "/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=abc",
				"X-Amz-Date", BASIC.format(Instant.now()), "Accept-Encoding", "gzip");
		headers.forEach((name, value) -> request.putHeader(upperCase ? name.toUpperCase(Locale.ROOT)
				: name.toLowerCase(Locale.ROOT), value));
		HttpExecuteResponse response = call(raw, request.build(), "{\"TableName\":\"T\"}");
		assertThat(response.httpResponse().statusCode()).isEqualTo(200);
		assertThat(response.httpResponse().firstMatchingHeader("Content-Encoding")).hasValue("gzip");
		try (InputStream body = new GZIPInputStream(response.responseBody().orElseThrow())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("\"Operation\":\"GetItem\"");
		}
	}

	@Test
	void answerCarriesDynamoDbsHeaders() throws IOException {
		HttpExecuteResponse response = call(raw, post(URI.create("http://embedded-dynamodb.local/"))
			.putHeader("X-Amz-Target", "DynamoDB_20120810.GetItem").build(), "{}");
		byte[] body = response.responseBody().orElseThrow().readAllBytes();
		CRC32 crc = new CRC32();
		crc.update(body);
		SdkHttpResponse http = response.httpResponse();
		assertThat(http.statusCode()).isEqualTo(400);
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("MissingAuthenticationTokenException");
		assertThat(http.headers().keySet()).containsExactlyInAnyOrder("Content-Type", "Content-Length", "x-amz-crc32",
				"x-amzn-RequestId", "Date", "Server");
		assertThat(http.firstMatchingHeader("Content-Type")).hasValue("application/x-amz-json-1.0");
		assertThat(http.firstMatchingHeader("Content-Length")).hasValue(Integer.toString(body.length));
		assertThat(http.firstMatchingHeader("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
		assertThat(http.firstMatchingHeader("x-amzn-RequestId")).hasValueSatisfying((id) -> assertThat(id).hasSize(52));
		assertThat(http.firstMatchingHeader("Server")).hasValue("Server");
		assertThat(http.firstMatchingHeader("Date")).hasValueSatisfying((date) -> assertThat(
				ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
	}

	/** The SDK always sends Host; without one the face takes the URI's, with its port unless standard. */
	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8000/", "http://localhost/", "https://localhost:443/" })
	void requestWithoutHostIsVerifiedAgainstTheHostOfItsUri(String uri) throws IOException {
		JsonProtocolHandler verifying = new JsonProtocolHandler(engine, Clock.systemUTC(), "us-east-1",
				new SignatureVerifier(Map.of("AKID", "secret")));
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		SignedRequest signed = AwsV4HttpSigner.create().sign((sign) -> sign
			.identity(AwsCredentialsIdentity.create("AKID", "secret"))
			.request(post(URI.create(uri)).putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables").build())
			.payload(ContentStreamProvider.fromByteArray(body))
			.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb"));
		SdkHttpRequest withoutHost = signed.request().toBuilder().removeHeader("Host").build();
		assertThat(withoutHost.matchingHeaders("host")).isEmpty();
		HttpExecuteResponse response = call(new InProcessHttpClient(verifying), withoutHost, "{}");
		assertThat(response.httpResponse().statusCode()).isEqualTo(200);
		HttpExecuteResponse otherHost = call(new InProcessHttpClient(verifying),
				signed.request().toBuilder().putHeader("Host", "elsewhere").build(), "{}");
		assertThat(otherHost.httpResponse().statusCode()).isEqualTo(400);
	}

	private static SdkHttpFullRequest.Builder post(URI uri) {
		return SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(uri);
	}

	private static HttpExecuteResponse call(InProcessHttpClient client, SdkHttpRequest request, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		SdkHttpRequest withLength = request.toBuilder().putHeader("Content-Length", Integer.toString(bytes.length)).build();
		return client.prepareRequest(HttpExecuteRequest.builder().request(withLength)
			.contentStreamProvider(ContentStreamProvider.fromByteArray(bytes)).build()).call();
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
