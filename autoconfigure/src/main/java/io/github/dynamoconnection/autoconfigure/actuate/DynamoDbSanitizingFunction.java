package io.github.dynamoconnection.autoconfigure.actuate;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code dynamodb.credentials.*} (access key id, secret access key, session token, profile)
 * and {@code dynamodb.extra-headers.*} in the {@code configprops} and {@code env} endpoints, even
 * when they are set to show values, whatever form the key takes ({@code secret-access-key},
 * {@code secretAccessKey}, {@code DYNAMODB_CREDENTIALS_SECRETACCESSKEY}).
 */
public class DynamoDbSanitizingFunction implements SanitizingFunction {

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (data.getValue() == null) {
			return data;
		}
		String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (key.startsWith("dynamodbcredentials") || key.startsWith("dynamodbextraheaders") || namedSecret(key)) {
			return data.withSanitizedValue();
		}
		return data;
	}

	/**
	 * Whether a key is the credentials or a header of a named connection
	 * ({@code dynamodb.connections.<name>.credentials.*}, {@code ...extra-headers.*}). A name that
	 * itself contains those words masks more than needed, never less.
	 */
	private static boolean namedSecret(String key) {
		return key.startsWith("dynamodbconnections") && (key.contains("credentials") || key.contains("extraheaders"));
	}

}
