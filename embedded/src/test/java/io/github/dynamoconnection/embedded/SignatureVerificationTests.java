package io.github.dynamoconnection.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkGlobalTime;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SigV4 through the real SDK, on both faces: signatures dated 20 minutes away from the engine's
 * clock, which the SDK corrects from the engine's answer, and verification against the credentials
 * given to {@link EmbeddedDynamoDb.Builder#requireCredentials}.
 */
class SignatureVerificationTests {

	private static final String ACCESS_KEY = "AKIDEMBEDDEDTEST";

	private static final String SECRET = "embedded-test-secret";

	private EmbeddedDynamoDb dynamoDb;

	private final AtomicInteger attempts = new AtomicInteger();

	@AfterEach
	void close() {
		if (dynamoDb != null) {
			dynamoDb.close();
		}
	}

	/**
	 * The engine's clock runs 20 minutes ahead of the time the client signs with, so the client's
	 * first signature is "expired" to it; the SDK reads the skew from the answer's Date header and
	 * its retry succeeds. The SDK keeps the last skew it learned JVM-wide and signs new clients'
	 * requests with it, so the engine's clock is set 20 minutes from that corrected time.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void sdkCorrectsATwentyMinuteClockSkewFromTheEnginesAnswer(boolean overHttp) {
		Duration clientSigningOffset = Duration.ofSeconds(-SdkGlobalTime.getGlobalTimeOffset());
		dynamoDb = EmbeddedDynamoDb.builder().port(0)
			.clock(Clock.offset(Clock.systemUTC(), clientSigningOffset.plusMinutes(20)))
			.start();
		try (DynamoDbClient client = client(overHttp, "any", "any")) {
			assertThat(client.listTables().tableNames()).isEmpty();
		}
		assertThat(attempts).as("the first attempt is refused as expired, the corrected retry passes").hasValue(2);
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void requestSignedWithTheRequiredCredentialsPasses(boolean overHttp) {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).requireCredentials(ACCESS_KEY, SECRET).start();
		try (DynamoDbClient client = client(overHttp, ACCESS_KEY, SECRET)) {
			assertThat(client.listTables().tableNames()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void wrongSecretIsInvalidSignature(boolean overHttp) {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).requireCredentials(ACCESS_KEY, SECRET).start();
		try (DynamoDbClient client = client(overHttp, ACCESS_KEY, "wrong-secret")) {
			assertThat(errorCode(client)).isEqualTo("InvalidSignatureException");
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void unknownAccessKeyIsUnrecognizedClient(boolean overHttp) {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).requireCredentials(ACCESS_KEY, SECRET).start();
		try (DynamoDbClient client = client(overHttp, "AKIDSOMEONEELSE", SECRET)) {
			assertThat(errorCode(client)).isEqualTo("UnrecognizedClientException");
		}
	}

	private static String errorCode(DynamoDbClient client) {
		DynamoDbException error = catchThrowableOfType(DynamoDbException.class, client::listTables);
		assertThat(error).isNotNull();
		assertThat(error.statusCode()).isEqualTo(400);
		return error.awsErrorDetails().errorCode();
	}

	private DynamoDbClient client(boolean overHttp, String accessKey, String secret) {
		DynamoDbClientBuilder builder = DynamoDbClient.builder()
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
			.overrideConfiguration(override -> override.addExecutionInterceptor(new AttemptCounter(attempts)));
		if (overHttp) {
			return builder.httpClient(Apache5HttpClient.create()).endpointOverride(dynamoDb.httpEndpoint()).build();
		}
		return builder.httpClient(dynamoDb.sdkHttpClient()).endpointOverride(EmbeddedDynamoDb.IN_PROCESS_ENDPOINT).build();
	}

	/** Counts the attempts the SDK transmits. */
	private record AttemptCounter(AtomicInteger attempts) implements ExecutionInterceptor {

		@Override
		public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
			attempts.incrementAndGet();
		}

	}

}
