package io.github.dynamoconnection.sample.readme;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/**
 * A property below a map-valued property, such as {@code dynamodb.tables.<name>.hash-key.name}:
 * the configuration processor does not describe map values, so this resolves the path with the
 * value type's JavaBean getters and reads its default from a fresh instance.
 */
final class NestedProperty {

	private final boolean exists;

	private final Object defaultValue;

	private NestedProperty(boolean exists, Object defaultValue) {
		this.exists = exists;
		this.defaultValue = defaultValue;
	}

	/**
	 * Resolves {@code path} (kebab-case segments, {@code <placeholder>} for map keys) from a map
	 * value of the given type.
	 * @param mapType the map property's type as the metadata spells it
	 * @param path what follows the map key, e.g. {@code hash-key.name}
	 */
	static NestedProperty resolve(String mapType, String path) {
		Type current = valueClass(mapType);
		Object instance = newInstance((Class<?>) current);
		for (String segment : path.split("\\.")) {
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(raw(current));
			if (segment.startsWith("<")) {
				if (!Map.class.isAssignableFrom(type)) {
					return new NestedProperty(false, null);
				}
				current = ((ParameterizedType) current).getActualTypeArguments()[1];
				instance = newInstance(raw(current));
				continue;
			}
			PropertyDescriptor descriptor = descriptor(type, segment);
			if (descriptor == null) {
				return new NestedProperty(false, null);
			}
			current = descriptor.getReadMethod().getGenericReturnType();
			try {
				instance = (instance != null) ? descriptor.getReadMethod().invoke(instance) : null;
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return new NestedProperty(true, instance);
	}

	/** A map value of a simple type, such as one entry of {@code dynamodb.extra-headers.<name>}: it has no default. */
	static NestedProperty leaf(String mapType) {
		return new NestedProperty(true, null);
	}

	/** Whether the path names a property. */
	boolean exists() {
		return this.exists;
	}

	/** The default as README writes it ({@code 2s}, {@code pay-per-request}, {@code true}), or {@code null} when there is none. */
	String defaultText() {
		Object value = this.defaultValue;
		if (value == null || (value instanceof Collection<?> c && c.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty())) {
			return null;
		}
		if (value instanceof Enum<?> e) {
			return e.name().toLowerCase().replace('_', '-');
		}
		if (value instanceof Duration d) {
			return (d.toMillis() % 1000 == 0) ? d.toSeconds() + "s" : d.toMillis() + "ms";
		}
		if (BeanUtils.isSimpleValueType(value.getClass())) {
			return value.toString();
		}
		return null;
	}

	private static PropertyDescriptor descriptor(Class<?> type, String kebabName) {
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getReadMethod() != null && !"class".equals(descriptor.getName())
					&& kebab(descriptor.getName()).equals(kebabName)) {
				return descriptor;
			}
		}
		return null;
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static Class<?> raw(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
	}

	private static Object newInstance(Class<?> type) {
		if (BeanUtils.isSimpleValueType(type) || type.isInterface()) {
			return null;
		}
		return BeanUtils.instantiateClass(type);
	}

	private static Class<?> valueClass(String mapType) {
		String value = mapType.substring(mapType.indexOf(',') + 1, mapType.lastIndexOf('>')).trim();
		try {
			return ClassUtils.forName(value, NestedProperty.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("Cannot load the map value type " + value, ex);
		}
	}

}
