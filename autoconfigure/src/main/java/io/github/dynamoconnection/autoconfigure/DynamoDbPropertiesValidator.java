package io.github.dynamoconnection.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.GlobalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.KeyAttribute;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.LocalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;

/**
 * Checks bound {@link DynamoDbProperties} and throws an {@link InvalidDynamoDbPropertyException}
 * for the first value that cannot work. Enum-typed properties are checked by binding itself.
 */
class DynamoDbPropertiesValidator {

	private static final String PREFIX = "dynamodb.";

	private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");

	private static final String URL = "an absolute http or https URL, e.g. http://localhost:8000";

	private static final String AT_LEAST_ONE = "a whole number of at least 1";

	private static final String DURATION = "a positive duration, e.g. 2s or 500ms";

	void validate(DynamoDbProperties properties) {
		validateHost(properties.getHost());
		validateRegion(properties.getRegion());
		validateCredentials(properties.getCredentials());
		positive("connect-timeout", properties.getConnectTimeout());
		positive("read-timeout", properties.getReadTimeout());
		positive("api-call-timeout", properties.getApiCallTimeout());
		atLeastOne("max-pool-connections", properties.getMaxPoolConnections());
		atLeastOne("retry.max-attempts", properties.getRetry().getMaxAttempts());
		atLeastOne("defaults.read-capacity-units", properties.getDefaults().getReadCapacityUnits());
		atLeastOne("defaults.write-capacity-units", properties.getDefaults().getWriteCapacityUnits());
		properties.getTables().forEach(this::validateTable);
		positive("health.timeout", properties.getHealth().getTimeout());
		Integer port = properties.getEmbedded().getPort();
		if (port != null && (port < 0 || port > 65535)) {
			throw new InvalidDynamoDbPropertyException(PREFIX + "embedded.port", port,
					"a port from 0 to 65535 (0 picks a free port)");
		}
	}

	private void validateHost(@Nullable String host) {
		if (host == null || host.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(host);
			String scheme = uri.getScheme();
			if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				throw new InvalidDynamoDbPropertyException(PREFIX + "host", host, URL);
			}
		}
		catch (URISyntaxException ex) {
			throw new InvalidDynamoDbPropertyException(PREFIX + "host", host, URL);
		}
	}

	private void validateRegion(@Nullable String region) {
		if (region != null && !REGION.matcher(region).matches()) {
			throw new InvalidDynamoDbPropertyException(PREFIX + "region", region,
					"an AWS region code in lower case, e.g. us-east-1 or eu-west-2");
		}
	}

	private void validateCredentials(DynamoDbProperties.Credentials credentials) {
		boolean hasKeyId = credentials.getAccessKeyId() != null;
		boolean hasSecret = credentials.getSecretAccessKey() != null;
		if (hasKeyId != hasSecret) {
			String missing = hasKeyId ? "credentials.secret-access-key" : "credentials.access-key-id";
			throw new InvalidDynamoDbPropertyException(PREFIX + missing, null,
					"a value, because static credentials need both access-key-id and secret-access-key");
		}
	}

	private void validateTable(String name, Table table) {
		String prefix = "tables." + name + ".";
		required(prefix + "hash-key.name", table.getHashKey());
		atLeastOne(prefix + "read-capacity-units", table.getReadCapacityUnits());
		atLeastOne(prefix + "write-capacity-units", table.getWriteCapacityUnits());
		for (Map.Entry<String, GlobalIndex> entry : table.getGlobalIndexes().entrySet()) {
			String indexPrefix = prefix + "global-indexes." + entry.getKey() + ".";
			required(indexPrefix + "hash-key.name", entry.getValue().getHashKey());
			atLeastOne(indexPrefix + "read-capacity-units", entry.getValue().getReadCapacityUnits());
			atLeastOne(indexPrefix + "write-capacity-units", entry.getValue().getWriteCapacityUnits());
		}
		for (Map.Entry<String, LocalIndex> entry : table.getLocalIndexes().entrySet()) {
			if (table.getRangeKey().getName() == null) {
				throw new InvalidDynamoDbPropertyException(PREFIX + prefix + "range-key.name", null,
						"an attribute name, because a table with local secondary indexes needs a range key");
			}
			required(prefix + "local-indexes." + entry.getKey() + ".range-key.name", entry.getValue().getRangeKey());
		}
	}

	private void required(String property, KeyAttribute key) {
		if (key.getName() == null || key.getName().isBlank()) {
			throw new InvalidDynamoDbPropertyException(PREFIX + property, null, "an attribute name");
		}
	}

	private void positive(String property, @Nullable Duration duration) {
		if (duration != null && (duration.isNegative() || duration.isZero())) {
			throw new InvalidDynamoDbPropertyException(PREFIX + property, duration, DURATION);
		}
	}

	private void atLeastOne(String property, @Nullable Number number) {
		if (number != null && number.longValue() < 1) {
			throw new InvalidDynamoDbPropertyException(PREFIX + property, number, AT_LEAST_ONE);
		}
	}

}
