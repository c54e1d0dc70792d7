package io.github.dynamoconnection.convert;

import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the less common value types (java.time types, UUID, URI, Character, atomic booleans, ...)
 * with the SDK enhanced client's default converters, looked up once per class.
 */
final class EnhancedClientConverters {

	private static final AttributeConverterProvider PROVIDER = AttributeConverterProvider.defaultProvider();

	private static final ClassValue<Optional<AttributeConverter<Object>>> CONVERTERS = new ClassValue<>() {

		@Override
		@SuppressWarnings("unchecked")
		protected Optional<AttributeConverter<Object>> computeValue(Class<?> type) {
			try {
				return Optional.ofNullable((AttributeConverter<Object>) PROVIDER.converterFor(EnhancedType.of(type)));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}

	};

	private EnhancedClientConverters() {
	}

	/** The value converted by the enhanced client's converter for its class, or {@code null} when it has none. */
	static AttributeValue convertOrNull(Object value) {
		Optional<AttributeConverter<Object>> converter = CONVERTERS.get(value.getClass());
		return converter.map(c -> c.transformFrom(value)).orElse(null);
	}

}
