package io.github.dynamoconnection.sample.readme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties that the jars on the class path declare in their generated
 * {@code META-INF/spring-configuration-metadata.json}, keeping those whose name contains
 * {@code dynamodb}.
 */
final class ConfigurationMetadata {

	private static final String LOCATION = "META-INF/spring-configuration-metadata.json";

	private final Map<String, JsonNode> properties;

	private ConfigurationMetadata(Map<String, JsonNode> properties) {
		this.properties = properties;
	}

	static ConfigurationMetadata load() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		try {
			for (URL resource : Collections.list(ConfigurationMetadata.class.getClassLoader().getResources(LOCATION))) {
				try (InputStream in = resource.openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String name = property.path("name").asString();
						if (name.contains("dynamodb")) {
							properties.put(name, property);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ConfigurationMetadata(properties);
	}

	/** Every property by name. */
	Map<String, JsonNode> properties() {
		return this.properties;
	}

	/** The property's Java type as the metadata spells it (generics included). */
	String type(String name) {
		return this.properties.get(name).path("type").asString();
	}

	/** The default value as the metadata gives it, or {@code null} when it gives none. */
	String defaultValue(String name) {
		JsonNode value = this.properties.get(name).get("defaultValue");
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			StringBuilder joined = new StringBuilder();
			value.forEach((element) -> joined.append((joined.length() > 0) ? "," : "").append(element.asString()));
			return joined.toString();
		}
		return value.asString();
	}

}
