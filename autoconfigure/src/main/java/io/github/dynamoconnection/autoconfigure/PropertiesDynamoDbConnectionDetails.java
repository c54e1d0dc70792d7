package io.github.dynamoconnection.autoconfigure;

import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.SpringCloudAwsSettings.Setting;
import io.github.dynamoconnection.internal.client.SdkClients;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;

/**
 * {@link DynamoDbConnectionDetails} from {@link DynamoDbProperties}: {@code dynamodb.host},
 * {@code dynamodb.region} and {@code dynamodb.credentials.*} (static keys, a profile, or the SDK's
 * default chain). The auto-configured bean also honours Spring Cloud AWS's DynamoDB endpoint and
 * region properties where ours are unset ({@link SpringCloudAwsSettings}), and the context's
 * {@link AwsCredentialsProvider} and {@link AwsRegionProvider} beans where no
 * {@code dynamodb.credentials.*} or region is set.
 */
public class PropertiesDynamoDbConnectionDetails implements DynamoDbConnectionDetails {

	private final DynamoDbProperties properties;

	private final SpringCloudAwsSettings settings;

	private final Supplier<@Nullable AwsCredentialsProvider> contextCredentials;

	private final Supplier<@Nullable AwsRegionProvider> contextRegion;

	/**
	 * Creates details reading the given properties.
	 * @param properties the bound properties
	 */
	public PropertiesDynamoDbConnectionDetails(DynamoDbProperties properties) {
		this(properties, new SpringCloudAwsSettings(setting(SpringCloudAwsSettings.HOST, properties.getHost()),
				setting(SpringCloudAwsSettings.REGION, properties.getRegion())), () -> null, () -> null);
	}

	/**
	 * Creates details reading the given properties, falling back to other settings and providers.
	 * @param properties the bound properties
	 * @param settings the endpoint and region settings
	 * @param contextCredentials the context's credentials provider, or {@code null}
	 * @param contextRegion the context's region provider, or {@code null}
	 */
	PropertiesDynamoDbConnectionDetails(DynamoDbProperties properties, SpringCloudAwsSettings settings,
			Supplier<@Nullable AwsCredentialsProvider> contextCredentials,
			Supplier<@Nullable AwsRegionProvider> contextRegion) {
		this.properties = properties;
		this.settings = settings;
		this.contextCredentials = contextCredentials;
		this.contextRegion = contextRegion;
	}

	private static @Nullable Setting setting(String property, @Nullable String value) {
		return StringUtils.hasText(value) ? new Setting(property, value, null) : null;
	}

	@Override
	public @Nullable URI endpoint() {
		Setting endpoint = this.settings.endpoint();
		return (endpoint != null) ? URI.create(endpoint.value()) : null;
	}

	@Override
	public @Nullable Region region() {
		Setting region = this.settings.region();
		if (region != null) {
			return Region.of(region.value());
		}
		AwsRegionProvider provider = this.contextRegion.get();
		if (provider == null) {
			return null;
		}
		try {
			return provider.getRegion();
		}
		catch (RuntimeException ex) {
			// the provider found none: the SDK's chain and fallback decide, as without a provider
			return null;
		}
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
		AwsCredentialsProvider provider = this.contextCredentials.get();
		return (provider != null) ? provider : DefaultCredentialsProvider.builder().build();
	}

	@Override
	public String endpointSource() {
		Setting endpoint = this.settings.endpoint();
		return (endpoint != null) ? endpoint.describe() : "no endpoint property set: the SDK's regional endpoint";
	}

	@Override
	public String regionSource() {
		Setting region = this.settings.region();
		if (region != null) {
			return region.describe();
		}
		AwsRegionProvider provider = this.contextRegion.get();
		return (provider != null) ? "the context's AwsRegionProvider bean (" + provider.getClass().getSimpleName() + ")"
				: "no region property set: the SDK's default region provider chain, else " + SdkClients.FALLBACK_REGION;
	}

}
