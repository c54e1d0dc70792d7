package io.github.dynamoconnection.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The endpoint and region the default client uses, and which property set each: {@code dynamodb.host}
 * and {@code dynamodb.region} first; with Spring Cloud AWS's DynamoDB auto-configuration on the class
 * path, {@code spring.cloud.aws.dynamodb.endpoint} (then {@code spring.cloud.aws.endpoint}) and
 * {@code spring.cloud.aws.dynamodb.region} (then {@code spring.cloud.aws.region.static}) where ours are
 * unset. Read through a {@link Binder}, so no compile dependency on Spring Cloud AWS. One of ours naming
 * another endpoint or region than Spring Cloud AWS's DynamoDB client would use (its client property,
 * else its global one) fails with a {@link ConflictingDynamoDbSettingsException}.
 *
 * Internal to the auto-configuration (public for its sub-packages).
 *
 * @param endpoint the endpoint setting, or {@code null} for the SDK's regional endpoint
 * @param region the region setting, or {@code null} when no property names one
 */
public record SpringCloudAwsSettings(@Nullable Setting endpoint, @Nullable Setting region) {

	/** Spring Cloud AWS's DynamoDB auto-configuration, present when its DynamoDB starter is. */
	static final String AUTO_CONFIGURATION = "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration";

	static final String HOST = "dynamodb.host";

	static final String REGION = "dynamodb.region";

	static final String ENDPOINT = "spring.cloud.aws.dynamodb.endpoint";

	static final String GLOBAL_ENDPOINT = "spring.cloud.aws.endpoint";

	static final String DYNAMODB_REGION = "spring.cloud.aws.dynamodb.region";

	static final String STATIC_REGION = "spring.cloud.aws.region.static";

	/**
	 * Whether Spring Cloud AWS's DynamoDB auto-configuration is on the class path.
	 * @param classLoader the class loader to look with, or {@code null} for the default
	 * @return whether it is present
	 */
	public static boolean isPresent(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent(AUTO_CONFIGURATION, classLoader);
	}

	/**
	 * Resolves the settings of an environment.
	 * @param environment the environment
	 * @param springCloudAws whether Spring Cloud AWS's DynamoDB auto-configuration is on the class path
	 * @return the settings
	 * @throws ConflictingDynamoDbSettingsException when two properties contradict each other
	 */
	static SpringCloudAwsSettings resolve(Environment environment, boolean springCloudAws) {
		Binder binder = Binder.get(environment);
		Setting host = Setting.find(binder, HOST);
		Setting region = Setting.find(binder, REGION);
		if (!springCloudAws) {
			return new SpringCloudAwsSettings(host, region);
		}
		Setting theirEndpoint = first(endpoint(binder, ENDPOINT), endpoint(binder, GLOBAL_ENDPOINT));
		Setting theirRegion = first(Setting.find(binder, DYNAMODB_REGION), Setting.find(binder, STATIC_REGION));
		requireSameEndpoint(host, theirEndpoint);
		requireSameRegion(region, theirRegion);
		return new SpringCloudAwsSettings(first(host, theirEndpoint), first(region, theirRegion));
	}

	/**
	 * Whether an environment names an endpoint for Spring Cloud AWS's DynamoDB client.
	 * @param environment the environment
	 * @return the property naming it, or {@code null}
	 */
	public static @Nullable String endpointProperty(Environment environment) {
		Binder binder = Binder.get(environment);
		for (String name : new String[] { ENDPOINT, GLOBAL_ENDPOINT }) {
			if (Setting.find(binder, name) != null) {
				return name;
			}
		}
		return null;
	}

	/** A Spring Cloud AWS endpoint property ({@code dynamodb.host} has its own validation). */
	private static @Nullable Setting endpoint(Binder binder, String property) {
		Setting setting = Setting.find(binder, property);
		if (setting != null && !isHttpUrl(setting.value())) {
			throw new InvalidConfigurationPropertyValueException(property, setting.value(),
					"must be an absolute http or https URL, e.g. http://localhost:4566");
		}
		return setting;
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
					|| "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void requireSameEndpoint(@Nullable Setting ours, @Nullable Setting theirs) {
		if (ours != null && theirs != null && !normalizedUri(ours.value()).equals(normalizedUri(theirs.value()))) {
			throw new ConflictingDynamoDbSettingsException("endpoint", ours, theirs);
		}
	}

	private static void requireSameRegion(@Nullable Setting ours, @Nullable Setting theirs) {
		if (ours != null && theirs != null && !ours.value().equalsIgnoreCase(theirs.value())) {
			throw new ConflictingDynamoDbSettingsException("region", ours, theirs);
		}
	}

	private static String normalizedUri(String value) {
		String uri = URI.create(value).normalize().toString().toLowerCase(Locale.ROOT);
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	private static @Nullable Setting first(@Nullable Setting... settings) {
		for (Setting setting : settings) {
			if (setting != null) {
				return setting;
			}
		}
		return null;
	}

	/**
	 * One property's value and where it was set.
	 *
	 * @param property the property name
	 * @param value its value, trimmed
	 * @param origin where it was set, or {@code null} when unknown
	 */
	public record Setting(String property, String value, @Nullable Origin origin) {

		static @Nullable Setting find(Binder binder, String property) {
			OriginCapture capture = new OriginCapture();
			String value = binder.bind(property, Bindable.of(String.class), capture).orElse(null);
			return StringUtils.hasText(value) ? new Setting(property, value.trim(), capture.origin) : null;
		}

		/**
		 * The property, its value and its origin, in words.
		 * @return the description
		 */
		public String describe() {
			return this.property + "=" + this.value + ((this.origin != null) ? " (" + this.origin + ")" : "");
		}

	}

	/** Remembers the origin of the property a bind read. */
	private static final class OriginCapture extends AbstractBindHandler {

		private @Nullable Origin origin;

		@Override
		public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				Object result) {
			this.origin = Origin.from(context.getConfigurationProperty());
			return result;
		}

	}

}
