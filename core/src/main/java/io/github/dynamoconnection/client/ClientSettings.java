package io.github.dynamoconnection.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

/**
 * Everything needed to build a {@code DynamoDbClient}; {@code null} means "the SDK's default".
 * {@link #toString()} never shows credentials.
 *
 * @param endpoint endpoint override, e.g. {@code http://localhost:8000}
 * @param region signing region
 * @param credentialsProvider credentials
 * @param connectTimeout TCP connect timeout
 * @param readTimeout socket read timeout
 * @param apiCallTimeout whole call timeout, retries included
 * @param retryMode SDK retry mode
 * @param maxAttempts total attempts, 1 = no retry
 * @param maxPoolConnections HTTP connection pool size
 * @param extraHeaders headers added after signing
 */
public record ClientSettings(@Nullable URI endpoint, @Nullable Region region, @Nullable AwsCredentialsProvider credentialsProvider,
		@Nullable Duration connectTimeout, @Nullable Duration readTimeout, @Nullable Duration apiCallTimeout, @Nullable RetryMode retryMode,
		@Nullable Integer maxAttempts, @Nullable Integer maxPoolConnections, Map<String, String> extraHeaders) {

	public ClientSettings {
		extraHeaders = (extraHeaders != null) ? Map.copyOf(extraHeaders) : Map.of();
	}

	@Override
	public String toString() {
		return "ClientSettings[endpoint=" + endpoint + ", region=" + region + ", credentialsProvider="
				+ ((credentialsProvider != null) ? credentialsProvider.getClass().getSimpleName() : "default")
				+ ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", apiCallTimeout="
				+ apiCallTimeout + ", retryMode=" + retryMode + ", maxAttempts=" + maxAttempts
				+ ", maxPoolConnections=" + maxPoolConnections + ", extraHeaders=" + extraHeaders.keySet() + "]";
	}

}
