package io.github.dynamoconnection.embedded.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;

class RequestAuthenticationTests {

	private static final String DATE = "20260101T120000Z";

	private final RequestAuthentication authentication = new RequestAuthentication(
			Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC), null);

	@Test
	void parametersAreSplitAtRunsOfCommasAndSpaces() {
		CredentialScope scope = authentication.check(request("AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/dynamodb/aws4_request,"
				+ ",  SignedHeaders=host;x-amz-date ,Signature=abc,"));
		assertThat(scope).isEqualTo(new CredentialScope("AKID", "20260101", "eu-west-1", "dynamodb"));
	}

	@Test
	void sameCredentialTwiceIsTheSameScopeAndAnotherIsParsedAnew() {
		CredentialScope first = authentication.check(request(header("AKID/20260101/eu-west-1/dynamodb/aws4_request")));
		assertThat(authentication.check(request(header("AKID/20260101/eu-west-1/dynamodb/aws4_request")))).isSameAs(first);
		assertThat(authentication.check(request(header("AKID/20260101/us-west-2/dynamodb/aws4_request"))).region())
			.isEqualTo("us-west-2");
	}

	@Test
	void emptyOrNamelessParametersCountAsMissing() {
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(request("AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/dynamodb/aws4_request, "
					+ "SignedHeaders=host, Signature=, =abc")))
			.withMessageStartingWith("Authorization header requires 'Signature' parameter. Authorization=");
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(request("AWS4-HMAC-SHA256")))
			.withMessageStartingWith("Authorization header requires 'Credential' parameter. "
					+ "Authorization header requires 'Signature' parameter. "
					+ "Authorization header requires 'SignedHeaders' parameter. ");
	}

	@Test
	void credentialWithoutFiveElementsIsIncomplete() {
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(request(header("AKID/20260101/eu-west-1"))))
			.withMessageStartingWith("Credential must have exactly 5 slash-delimited elements");
	}

	private static String header(String credential) {
		return "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=host;x-amz-date, Signature=abc";
	}

	private static ProtocolRequest request(String authorization) {
		return new ProtocolRequest("POST", "/", Map.of("authorization", List.of(authorization), "x-amz-date", List.of(DATE)),
				new byte[0], 0, 0);
	}

}
