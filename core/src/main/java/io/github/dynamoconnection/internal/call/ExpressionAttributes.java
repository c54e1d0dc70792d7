package io.github.dynamoconnection.internal.call;

import java.util.Map;
import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Placeholders;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Copies a request's placeholders into its {@code ExpressionAttributeNames} and
 * {@code ExpressionAttributeValues}, leaving either out when empty (DynamoDB refuses empty maps).
 */
public final class ExpressionAttributes {

	private ExpressionAttributes() {
	}

	/**
	 * @param placeholders the request's placeholders
	 * @param names sets the names on the request
	 * @param values sets the values on the request
	 */
	public static void apply(Placeholders placeholders, Consumer<Map<String, String>> names,
			Consumer<Map<String, AttributeValue>> values) {
		if (!placeholders.names().isEmpty()) {
			names.accept(placeholders.names());
		}
		if (!placeholders.values().isEmpty()) {
			values.accept(placeholders.values());
		}
	}

	/** Names only, for requests that carry no values (projections). */
	public static void applyNames(Placeholders placeholders, Consumer<Map<String, String>> names) {
		if (!placeholders.names().isEmpty()) {
			names.accept(placeholders.names());
		}
	}

}
