package io.github.dynamoconnection.embedded.protocol;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Verifies SigV4 signatures against configured credentials by signing the received request again
 * with the AWS SDK's own {@link AwsV4HttpSigner} (same headers, body, date and scope) and comparing
 * the two signatures. Secrets are never logged nor put in messages.
 */
public final class SignatureVerifier {

	private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

	private final Map<String, String> secretsByAccessKey;

	/** @param secretsByAccessKey the secret access key of each accepted access key id */
	public SignatureVerifier(Map<String, String> secretsByAccessKey) {
		this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
	}

	void verify(ProtocolRequest request, CredentialScope scope, String signedHeaders, String signature,
			Instant signedAt) {
		String secret = secretsByAccessKey.get(scope.accessKeyId());
		if (secret == null) {
			throw new EngineException("UnrecognizedClientException",
					"The security token included in the request is invalid.");
		}
		// the payload hash covers the bytes as sent (still compressed for a gzip body); copied only here
		byte[] body = Arrays.copyOfRange(request.body(), request.offset(), request.offset() + request.length());
		String expected = signatureOf(request, body, scope, signedHeaders, signedAt, secret);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			throw RequestAuthentication.invalidSignature("The request signature we calculated does not match the "
					+ "signature you provided. Check your AWS Secret Access Key and signing method. "
					+ "Consult the service documentation for details.");
		}
	}

	private static String signatureOf(ProtocolRequest request, byte[] body, CredentialScope scope,
			String signedHeaders, Instant signedAt, String secret) {
		List<String> names = Arrays.asList(signedHeaders.toLowerCase().split(";"));
		String host = request.header("host");
		URI uri = URI.create("http://" + ((host != null) ? host : "localhost") + request.path());
		SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
			.method(SdkHttpMethod.fromValue(request.method()))
			.uri(uri);
		// each signed header the request has, by its lower-case name (the signer adds x-amz-date itself)
		for (String name : names) {
			List<String> values = request.headers().values(name);
			if (values != null && !values.isEmpty() && !name.equals("x-amz-date")) {
				unsigned.putHeader(name, values);
			}
		}
		SignedRequest signed = SIGNER.sign((sign) -> sign
			.identity(AwsCredentialsIdentity.create(scope.accessKeyId(), secret))
			.request(unsigned.build())
			.payload(ContentStreamProvider.fromByteArrayUnsafe(body))
			.putProperty(AwsV4HttpSigner.REGION_NAME, scope.region())
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, scope.service())
			.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
		String authorization = signed.request().firstMatchingHeader("Authorization").orElse("");
		int at = authorization.indexOf("Signature=");
		return (at < 0) ? "" : authorization.substring(at + "Signature=".length()).trim();
	}

}
