package io.github.dynamoconnection.embedded.reference;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Generated requests checked against a reference model (seeded, plain JUnit; see RandomRequestsTests
 * for why not jqwik): hundreds of random valid and invalid requests over a small key space, on every
 * table shape, through the in-process face and (a subset) over HTTP. No answer may be a 5xx, and each
 * read must equal what the model computes with DynamoDB's orderings. A failure names its seed.
 */
class ReferenceModelTests {

	private static final long[] IN_PROCESS_SEEDS = { 20261202L, 9L, 424242L };

	private static final int IN_PROCESS_STEPS = 400;

	private static final long HTTP_SEED = 1309L;

	private static final int HTTP_STEPS = 150;

	private static EmbeddedDynamoDb dynamoDb;

	@BeforeAll
	static void start() {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
	}

	@AfterAll
	static void stop() {
		dynamoDb.close();
	}

	@Test
	void inProcessAnswersEqualTheReferenceModel() {
		try (DynamoDbClient client = client(dynamoDb.sdkHttpClient(), dynamoDb.endpoint())) {
			for (long seed : IN_PROCESS_SEEDS) {
				run(client, seed, "inproc" + seed + "_", IN_PROCESS_STEPS);
			}
		}
	}

	@Test
	void httpAnswersEqualTheReferenceModel() {
		try (SdkHttpClient http = Apache5HttpClient.create(); DynamoDbClient client = client(http, dynamoDb.httpEndpoint())) {
			run(client, HTTP_SEED, "http" + HTTP_SEED + "_", HTTP_STEPS);
		}
	}

	private static void run(DynamoDbClient client, long seed, String prefix, int steps) {
		try {
			new ReferenceRun(client, seed, prefix).run(steps);
		}
		catch (AssertionError | RuntimeException ex) {
			String status = (ex instanceof DynamoDbException dynamo) ? " (HTTP " + dynamo.statusCode() + ")" : "";
			throw new AssertionError("Reference model run failed with seed " + seed + status + ": " + ex.getMessage(), ex);
		}
	}

	/** A client that never retries, so that a 5xx surfaces at once. */
	private static DynamoDbClient client(SdkHttpClient http, URI endpoint) {
		return DynamoDbClient.builder()
			.httpClient(http)
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

}
