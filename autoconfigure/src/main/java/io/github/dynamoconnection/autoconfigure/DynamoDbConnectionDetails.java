package io.github.dynamoconnection.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Details required to reach a DynamoDB service: where it is, which region to sign for, and with
 * which credentials. Define a bean of this type to point the auto-configured client elsewhere.
 */
public interface DynamoDbConnectionDetails extends ConnectionDetails {

	/**
	 * Endpoint override, or {@code null} for the SDK's regional AWS endpoint.
	 * @return the endpoint URI or {@code null}
	 */
	@Nullable URI endpoint();

	/**
	 * Region to sign requests for, or {@code null} for the SDK's default region provider chain.
	 * @return the region or {@code null}
	 */
	@Nullable Region region();

	/**
	 * Credentials to sign requests with.
	 * @return the credentials provider
	 */
	AwsCredentialsProvider credentialsProvider();

	/**
	 * A transport that reaches the service without the network (such as the embedded engine's
	 * in-process client), or {@code null} to use the configured HTTP client. A transport given
	 * here is owned by whoever provides it, not by the DynamoDB client.
	 * @return the transport or {@code null}
	 */
	default @Nullable SdkHttpClient sdkHttpClient() {
		return null;
	}

	/**
	 * Whether the service runs on this machine (the embedded engine, or an endpoint whose host
	 * is {@code localhost} or a loopback address), where {@code dynamodb.table-initialization=embedded}
	 * creates missing declared tables. Decided from the endpoint without any name lookup.
	 * @return whether the service is local
	 */
	default boolean isLocal() {
		URI endpoint = endpoint();
		return endpoint != null && LoopbackHost.isLoopback(endpoint.getHost());
	}

	/**
	 * Which setting chose the {@link #endpoint() endpoint}, in words, for the start-up log line.
	 * @return the description
	 */
	default String endpointSource() {
		return "the " + getClass().getSimpleName() + " bean";
	}

	/**
	 * Which setting chose the {@link #region() region}, in words, for the start-up log line.
	 * @return the description
	 */
	default String regionSource() {
		return "the " + getClass().getSimpleName() + " bean";
	}

}
