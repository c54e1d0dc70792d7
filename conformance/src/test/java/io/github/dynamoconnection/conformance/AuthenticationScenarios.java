package io.github.dynamoconnection.conformance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.dynamoconnection.testsupport.SigV4Headers;
import software.amazon.awssdk.http.SdkHttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DynamoDB's authentication front, which answers before any operation runs: a request must carry
 * a SigV4 {@code Authorization} header with its three parameters and a date, and be signed within
 * 15 minutes of the server's clock (the AWS SDKs correct their clock from that answer).
 */
class AuthenticationScenarios {

	private static final byte[] LIST_TABLES = "{}".getBytes(StandardCharsets.UTF_8);

	@Scenario
	void requestWithoutAuthorizationIsMissingAuthenticationToken(Backend backend) {
		Map<String, String> headers = backend.raw().signedHeaders("ListTables", LIST_TABLES);
		headers.remove("Authorization");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, LIST_TABLES);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("__type").asString())
			.isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
		assertThat(answer.json().path("message").asString()).isEqualTo("Request is missing Authentication Token");
	}

	@Scenario
	void authorizationWithoutSignatureIsIncompleteSignature(Backend backend) {
		Map<String, String> headers = backend.raw().signedHeaders("ListTables", LIST_TABLES);
		String authorization = headers.get("Authorization");
		headers.put("Authorization", authorization.substring(0, authorization.indexOf(", Signature=")));

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, LIST_TABLES);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("IncompleteSignatureException");
		assertThat(answer.json().path("message").asString())
			.startsWith("Authorization header requires 'Signature' parameter.");
	}

	@Scenario
	void signatureOlderThanFifteenMinutesHasExpired(Backend backend) {
		Map<String, String> headers = listTablesSignedAt(backend, Instant.now().minus(Duration.ofMinutes(20)));

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, LIST_TABLES);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("InvalidSignatureException");
		assertThat(answer.json().path("message").asString())
			.matches("Signature expired: " + headers.get("X-Amz-Date")
					+ " is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
	}

	@Scenario
	void signatureMoreThanFifteenMinutesAheadIsNotYetCurrent(Backend backend) {
		Map<String, String> headers = listTablesSignedAt(backend, Instant.now().plus(Duration.ofMinutes(20)));

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, LIST_TABLES);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("InvalidSignatureException");
		assertThat(answer.json().path("message").asString())
			.matches("Signature not yet current: " + headers.get("X-Amz-Date")
					+ " is still later than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z \\+ 15 min\\.\\)");
	}

	@Scenario
	void signatureFourteenMinutesOldIsAccepted(Backend backend) {
		Map<String, String> headers = listTablesSignedAt(backend, Instant.now().minus(Duration.ofMinutes(14)));

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, LIST_TABLES);

		assertThat(answer.status()).isEqualTo(200);
	}

	private static Map<String, String> listTablesSignedAt(Backend backend, Instant signedAt) {
		return SigV4Headers.forPost(backend.raw().endpoint(), "DynamoDB_20120810.ListTables", LIST_TABLES, signedAt,
				SigV4Headers.ACCESS_KEY, SigV4Headers.SECRET);
	}

}
