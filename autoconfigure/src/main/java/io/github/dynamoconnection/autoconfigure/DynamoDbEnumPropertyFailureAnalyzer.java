package io.github.dynamoconnection.autoconfigure;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;

/**
 * Explains a {@code dynamodb.*} property that names an unknown constant (billing mode, retry mode,
 * table mode, table initialization, attribute type, projection), listing the accepted values and
 * where the value came from in the description. Runs
 * before Spring Boot's generic bind failure analysis.
 */
class DynamoDbEnumPropertyFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		Class<?> type = cause.getTarget().getType().resolve();
		if (!cause.getName().toString().startsWith("dynamodb.") || type == null || !type.isEnum()
				|| findCause(cause, ConversionFailedException.class) == null) {
			return null;
		}
		String accepted = Arrays.stream(type.getEnumConstants())
			.map((constant) -> ((Enum<?>) constant).name().toLowerCase().replace('_', '-'))
			.collect(Collectors.joining(", "));
		Object value = (cause.getProperty() != null) ? cause.getProperty().getValue() : null;
		Origin origin = (cause.getProperty() != null) ? cause.getProperty().getOrigin() : null;
		String description = "Property '" + cause.getName() + "' has the invalid value '" + value + "'"
				+ ((origin != null) ? " (from " + origin + ")" : "") + ". Accepted values: " + accepted + ".";
		String action = "Update '" + cause.getName() + "' in your application's configuration to one of: " + accepted
				+ ".";
		return new FailureAnalysis(description, action, cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
