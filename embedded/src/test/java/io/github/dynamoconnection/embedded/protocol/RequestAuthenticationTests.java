package io.github.dynamoconnection.embedded.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.dynamoconnection.embedded.contract.EngineException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

class RequestAuthenticationTests {

	private static final String DATE = "20260101T120000Z";

	private static final String SECRET = "secret";

	private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

	private static final String CREDENTIAL = "AKID/20260101/eu-west-1/dynamodb/aws4_request";

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc|Credential",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host|Signature",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", Signature=abc|SignedHeaders",
			"AWS4-HMAC-SHA256 Signature=abc|Credential SignedHeaders",
			"AWS4-HMAC-SHA256 credential=" + CREDENTIAL + ", SignedHeaders=host, Signature=abc|Credential",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host, Signature=abc, Signature=|Signature",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host, Signatures=abc|Signature",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host, =Signature=abc|Signature",
			"AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host, Signature\t=abc|Signature",
			"AWS4-Signature=abc Credential=" + CREDENTIAL + ", SignedHeaders=host|Signature" })
	void eachMissingParameterIsNamedWithTheHeaderAsSent(String authorization, String missing) {
		StringBuilder message = new StringBuilder();
		for (String name : missing.split(" ")) {
			message.append("Authorization header requires '").append(name).append("' parameter. ");
		}
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(request(authorization + " ")))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("IncompleteSignatureException"))
			.withMessage(message + "Authorization=" + authorization + " ");
	}

	@Test
	void missingDateIsNamedAfterTheParameters() {
		String authorization = " AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + "\t";
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(new ProtocolRequest("POST", "/",
					Map.of("authorization", List.of(authorization)), new byte[0], 0, 0)))
			.withMessage("Authorization header requires 'Signature' parameter. "
					+ "Authorization header requires 'SignedHeaders' parameter. "
					+ "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
					+ "Authorization=" + authorization);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Signature=abc, SignedHeaders=host;x-amz-date, Credential=" + CREDENTIAL,
			"Credential=" + CREDENTIAL + ",SignedHeaders=host;x-amz-date,Signature=abc",
			"   Credential=" + CREDENTIAL + " , ,SignedHeaders=host;x-amz-date   Signature=abc , ",
			"Credential=AKID/20260101/us-west-2/dynamodb/aws4_request, Other=x=y, Credential=" + CREDENTIAL
					+ ", SignedHeaders=host, Signature=a=b" })
	void parametersMayComeInAnyOrderAndSpacing(String parameters) {
		assertThat(authentication.check(request("\t AWS4-HMAC-SHA256 " + parameters + " \n")))
			.isEqualTo(new CredentialScope("AKID", "20260101", "eu-west-1", "dynamodb"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "AWS3-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host, Signature=abc",
			"aws4-hmac-sha256 Credential=" + CREDENTIAL + ", SignedHeaders=host, Signature=abc" })
	void headerNotStartingWithAws4IsMissingToken(String authorization) {
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> authentication.check(request(authorization)))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("MissingAuthenticationTokenException"))
			.withMessage("Request is missing Authentication Token");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AWS4-HMAC-SHA256 Credential=%s, SignedHeaders=%s, Signature=%s",
			"AWS4-HMAC-SHA256 Signature=0000, Credential=%s,SignedHeaders=%s ,  Signature=%s" })
	void signatureIsVerifiedWhateverTheParameterOrder(String format) {
		Map<String, List<String>> headers = signedHeaders(SECRET);
		String[] parameters = headers.get("authorization").get(0).split(", ");
		headers.put("authorization", List.of(format.formatted(value(parameters[0]), value(parameters[1]),
				value(parameters[2]))));
		assertThat(verifying().check(new ProtocolRequest("POST", "/", headers, BODY, 0, BODY.length)))
			.isEqualTo(new CredentialScope("AKID", "20260101", "eu-west-1", "dynamodb"));
	}

	@Test
	void signatureOfAnotherSecretIsInvalid() {
		Map<String, List<String>> headers = signedHeaders("another-secret");
		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> verifying().check(new ProtocolRequest("POST", "/", headers, BODY, 0, BODY.length)))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("InvalidSignatureException"));
	}

	private static RequestAuthentication verifying() {
		return new RequestAuthentication(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC),
				new SignatureVerifier(Map.of("AKID", SECRET)));
	}

	/** The headers of a request signed by the SDK's signer, names lower-case. */
	private static Map<String, List<String>> signedHeaders(String secret) {
		SignedRequest signed = AwsV4HttpSigner.create().sign((sign) -> sign
			.identity(AwsCredentialsIdentity.create("AKID", secret))
			.request(SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("http://localhost:8000/"))
				.putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables").build())
			.payload(ContentStreamProvider.fromByteArray(BODY))
			.putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
			.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC)));
		Map<String, List<String>> headers = new HashMap<>();
		signed.request().forEachHeader((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		return headers;
	}

	private static String value(String parameter) {
		return parameter.substring(parameter.indexOf('=') + 1);
	}

	private static String header(String credential) {
		return "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=host;x-amz-date, Signature=abc";
	}

	private static ProtocolRequest request(String authorization) {
		return new ProtocolRequest("POST", "/", Map.of("authorization", List.of(authorization), "x-amz-date", List.of(DATE)),
				new byte[0], 0, 0);
	}

}
