package io.github.dynamoconnection.testsupport;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The headers a SigV4-signing client sends with a raw JSON 1.0 POST, signed by the AWS SDK's own
 * signer, for tests that talk HTTP to a DynamoDB-compatible server without an SDK client.
 */
public final class SigV4Headers {

	/** The access key id tests sign with unless they say otherwise. */
	public static final String ACCESS_KEY = "test";

	/** Its secret. */
	public static final String SECRET = "test-secret";

	private SigV4Headers() {
	}

	/** Headers for a POST of {@code body} to {@code endpoint} as {@code target}, signed now. */
	public static Map<String, String> forPost(URI endpoint, String target, byte[] body) {
		return forPost(endpoint, target, body, Instant.now(), ACCESS_KEY, SECRET);
	}

	/**
	 * Headers (Host excluded: HTTP clients set it) for a POST of {@code body} to {@code endpoint}
	 * as {@code target}, signed at {@code signedAt} with these credentials, region us-east-1.
	 */
	public static Map<String, String> forPost(URI endpoint, String target, byte[] body, Instant signedAt,
			String accessKey, String secret) {
		SdkHttpRequest.Builder request = SdkHttpRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(endpoint.resolve("/"))
			.putHeader("Content-Type", "application/x-amz-json-1.0");
		if (target != null) {
			request.putHeader("X-Amz-Target", target);
		}
		SdkHttpRequest signed = AwsV4HttpSigner.create()
			.sign((sign) -> sign.identity(AwsCredentialsIdentity.create(accessKey, secret))
				.request(request.build())
				.payload(ContentStreamProvider.fromByteArrayUnsafe(body))
				.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
				.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
				.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
			.request();
		Map<String, String> headers = new LinkedHashMap<>();
		signed.forEachHeader((name, values) -> {
			if (!name.equalsIgnoreCase("Host")) {
				headers.put(name, values.get(0));
			}
		});
		return headers;
	}

}
