package io.github.dynamoconnection.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@link DynamoDbConnectionDetails} from {@link DynamoDbProperties}: {@code dynamodb.host},
 * {@code dynamodb.region} and {@code dynamodb.credentials.*} (static keys, a profile, or the SDK's
 * default chain).
 */
public class PropertiesDynamoDbConnectionDetails implements DynamoDbConnectionDetails {

	private final DynamoDbProperties properties;

	/**
	 * Creates details reading the given properties.
	 * @param properties the bound properties
	 */
	public PropertiesDynamoDbConnectionDetails(DynamoDbProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable URI endpoint() {
		String host = this.properties.getHost();
		return StringUtils.hasText(host) ? URI.create(host) : null;
	}

	@Override
	public @Nullable Region region() {
		String region = this.properties.getRegion();
		return StringUtils.hasText(region) ? Region.of(region) : null;
	}

	@Override
	public AwsCredentialsProvider credentialsProvider() {
		DynamoDbProperties.Credentials credentials = this.properties.getCredentials();
		String accessKeyId = credentials.getAccessKeyId();
		String secretAccessKey = credentials.getSecretAccessKey();
		if (accessKeyId != null && secretAccessKey != null) {
			String sessionToken = credentials.getSessionToken();
			return StaticCredentialsProvider.create(StringUtils.hasText(sessionToken)
					? AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken)
					: AwsBasicCredentials.create(accessKeyId, secretAccessKey));
		}
		if (StringUtils.hasText(credentials.getProfile())) {
			return ProfileCredentialsProvider.builder().profileName(credentials.getProfile()).build();
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
