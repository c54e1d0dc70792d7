package io.github.dynamoconnection.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Credentials;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Defaults;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Embedded;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.GlobalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.KeyAttribute;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Health;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.LocalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Retry;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks {@link DynamoDbProperties} and its nested objects as Spring Boot binds them. Boot calls it
 * for each object once bound (the properties are their own {@link Validator} and delegate here), so
 * a rejected value is reported by Boot's bind validation failure analysis with the property, the
 * value, where it came from (file and line) and the reason. Field names are the Java property
 * names, which Boot matches to the configuration keys. Enum-typed properties are checked by binding
 * itself.
 */
class DynamoDbPropertiesValidator implements Validator {

	private static final Set<Class<?>> VALIDATED = Set.of(DynamoDbProperties.class, NamedConnectionProperties.class,
			Credentials.class, Retry.class,
			Defaults.class, Table.class, GlobalIndex.class, LocalIndex.class, Health.class, Embedded.class,
			DynamoDbProperties.Batch.class);

	private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");

	private static final Set<String> LOCAL_REGIONS = Set.of("local", "localhost");

	private static final int MAX_INDEX_KEY_ATTRIBUTES = 4;

	private static final String AT_LEAST_ONE = "must be a whole number of at least 1";

	@Override
	public boolean supports(Class<?> type) {
		return VALIDATED.contains(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof DynamoDbConnectionProperties properties) {
			validateProperties(properties, errors);
		}
		else if (target instanceof Credentials credentials) {
			validateCredentials(credentials, errors);
		}
		else if (target instanceof Retry retry) {
			atLeastOne("maxAttempts", retry.getMaxAttempts(), errors);
		}
		else if (target instanceof DynamoDbProperties.Batch batch) {
			atLeastOne("concurrency", batch.getConcurrency(), errors);
		}
		else if (target instanceof Defaults defaults) {
			atLeastOne("readCapacityUnits", defaults.getReadCapacityUnits(), errors);
			atLeastOne("writeCapacityUnits", defaults.getWriteCapacityUnits(), errors);
		}
		else if (target instanceof Table table) {
			validateTable(table, errors);
		}
		else if (target instanceof GlobalIndex index) {
			validateIndexKey("hashKey", "hashKeys", index.getHashKey(), index.getHashKeys(), true, errors);
			validateIndexKey("rangeKey", "rangeKeys", index.getRangeKey(), index.getRangeKeys(), false, errors);
			atLeastOne("readCapacityUnits", index.getReadCapacityUnits(), errors);
			atLeastOne("writeCapacityUnits", index.getWriteCapacityUnits(), errors);
		}
		else if (target instanceof LocalIndex index) {
			required("rangeKey.name", index.getRangeKey().getName(), errors);
		}
		else if (target instanceof Health health) {
			positive("timeout", health.getTimeout(), errors);
		}
		else if (target instanceof Embedded embedded) {
			validatePort(embedded.getPort(), errors);
		}
	}

	/**
	 * The connection keys, top-level or of a named connection. A named connection may inherit its
	 * host, so its region is checked against the host once merged ({@code NamedDynamoDbConnections}).
	 */
	private void validateProperties(DynamoDbConnectionProperties properties, Errors errors) {
		validateHost(properties.getHost(), errors);
		boolean hostSet = properties.getHost() != null && !properties.getHost().isBlank();
		validateRegion(properties.getRegion(), hostSet || properties instanceof NamedConnectionProperties, errors);
		positive("connectTimeout", properties.getConnectTimeout(), errors);
		positive("readTimeout", properties.getReadTimeout(), errors);
		positive("apiCallTimeout", properties.getApiCallTimeout(), errors);
		atLeastOne("maxPoolConnections", properties.getMaxPoolConnections(), errors);
	}

	private void validateHost(@Nullable String host, Errors errors) {
		if (host == null || host.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(host);
			String scheme = uri.getScheme();
			if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// rejected below
		}
		errors.rejectValue("host", "dynamodb.host",
				"must be an absolute http or https URL, e.g. http://localhost:8000");
	}

	private void validateRegion(@Nullable String region, boolean hostSet, Errors errors) {
		if (region == null || REGION.matcher(region).matches() || (hostSet && LOCAL_REGIONS.contains(region))) {
			return;
		}
		errors.rejectValue("region", "dynamodb.region", "must be an AWS region code in lower case, e.g. us-east-1 or"
				+ " eu-west-2" + (hostSet ? ", or local or localhost for a local endpoint" : ""));
	}

	private void validateCredentials(Credentials credentials, Errors errors) {
		boolean hasKeyId = credentials.getAccessKeyId() != null;
		boolean hasSecret = credentials.getSecretAccessKey() != null;
		if (hasKeyId != hasSecret) {
			// the value is never read for the message: the missing one is null
			errors.rejectValue(hasKeyId ? "secretAccessKey" : "accessKeyId", "dynamodb.credentials",
					"must be set, because static credentials need both access-key-id and secret-access-key");
		}
	}

	private void validateTable(Table table, Errors errors) {
		required("hashKey.name", table.getHashKey().getName(), errors);
		atLeastOne("readCapacityUnits", table.getReadCapacityUnits(), errors);
		atLeastOne("writeCapacityUnits", table.getWriteCapacityUnits(), errors);
		if (!table.getLocalIndexes().isEmpty() && table.getRangeKey().getName() == null) {
			errors.rejectValue("rangeKey.name", "dynamodb.required",
					"must be an attribute name, because a table with local secondary indexes needs a range key");
		}
	}

	/**
	 * One part of a global index key, given either as one attribute ({@code single}) or as a list
	 * of up to four ({@code several}), not both.
	 */
	private void validateIndexKey(String singleField, String severalField, KeyAttribute single,
			List<KeyAttribute> several, boolean required, Errors errors) {
		if (several.isEmpty()) {
			if (required) {
				required(singleField + ".name", single.getName(), errors);
			}
			return;
		}
		if (single.getName() != null) {
			errors.rejectValue(singleField + ".name", "dynamodb.index-key",
					"must not be set together with " + kebab(severalField) + "; give the key one way");
		}
		if (several.size() > MAX_INDEX_KEY_ATTRIBUTES) {
			errors.rejectValue(severalField, "dynamodb.index-key",
					"has " + several.size() + " attributes; a global index key part has at most "
							+ MAX_INDEX_KEY_ATTRIBUTES);
		}
		for (int i = 0; i < several.size(); i++) {
			required(severalField + "[" + i + "].name", several.get(i).getName(), errors);
		}
	}

	private static String kebab(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
	}

	private void validatePort(@Nullable Integer port, Errors errors) {
		if (port != null && (port < 0 || port > 65535)) {
			errors.rejectValue("port", "dynamodb.port", "must be a port from 0 to 65535 (0 picks a free port)");
		}
	}

	private static void required(String field, @Nullable String name, Errors errors) {
		if (name == null || name.isBlank()) {
			errors.rejectValue(field, "dynamodb.required", "must be an attribute name");
		}
	}

	private static void positive(String field, @Nullable Duration duration, Errors errors) {
		if (duration != null && (duration.isNegative() || duration.isZero())) {
			errors.rejectValue(field, "dynamodb.duration", "must be a positive duration, e.g. 2s or 500ms");
		}
	}

	private static void atLeastOne(String field, @Nullable Number number, Errors errors) {
		if (number != null && number.longValue() < 1) {
			errors.rejectValue(field, "dynamodb.at-least-one", AT_LEAST_ONE);
		}
	}

}
