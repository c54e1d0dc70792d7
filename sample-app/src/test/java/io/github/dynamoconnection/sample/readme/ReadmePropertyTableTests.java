package io.github.dynamoconnection.sample.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table against the configuration metadata that the auto-configuration jar
 * generates: every property documented, no stale rows, and the documented defaults are the real ones
 * (compared ignoring case, as Spring Boot binds enum values).
 */
class ReadmePropertyTableTests {

	private static final String TABLE = "properties";

	private final ConfigurationMetadata metadata = ConfigurationMetadata.load();

	private final Map<String, List<String>> rows = rows(Readme.load());

	@Test
	void metadataIsOnTheClassPath() {
		assertThat(this.metadata.properties()).containsKeys("dynamodb.host", "dynamodb.region", "dynamodb.tables");
	}

	@Test
	void everyPropertyInTheMetadataIsDocumented() {
		List<String> undocumented = new ArrayList<>();
		for (String name : this.metadata.properties().keySet()) {
			boolean documented = this.rows.containsKey(name)
					|| this.rows.keySet().stream().anyMatch((row) -> row.startsWith(name + ".<"));
			if (!documented) {
				undocumented.add(name);
			}
		}
		assertThat(undocumented).as("properties missing from README's table").isEmpty();
	}

	@Test
	void everyDocumentedPropertyExists() {
		List<String> stale = new ArrayList<>();
		this.rows.keySet().forEach((name) -> {
			if (!this.metadata.properties().containsKey(name) && nested(name) == null) {
				stale.add(name);
			}
		});
		assertThat(stale).as("README rows naming no property").isEmpty();
	}

	@Test
	void documentedDefaultsAreTheRealOnes() {
		Map<String, String> wrong = new LinkedHashMap<>();
		this.rows.forEach((name, cells) -> {
			String expected;
			if (this.metadata.properties().containsKey(name)) {
				expected = this.metadata.defaultValue(name);
			}
			else {
				NestedProperty nested = nested(name);
				expected = (nested != null) ? nested.defaultText() : null;
			}
			String documented = cells.get(1);
			boolean matches = (expected != null) ? documented.equalsIgnoreCase("`" + expected + "`")
					: !documented.startsWith("`");
			if (!matches) {
				wrong.put(name, "README says " + documented + ", the code " + ((expected != null) ? "`" + expected + "`" : "has no default"));
			}
		});
		assertThat(wrong).as("defaults in README that differ from the code").isEmpty();
	}

	@Test
	void everyRowSaysWhatThePropertyMeans() {
		this.rows.forEach((name, cells) -> assertThat(cells.get(2)).as("meaning of " + name).isNotBlank());
	}

	private NestedProperty nested(String name) {
		int placeholder = name.indexOf(".<");
		if (placeholder < 0) {
			return null;
		}
		String mapProperty = name.substring(0, placeholder);
		if (!this.metadata.properties().containsKey(mapProperty) || !this.metadata.type(mapProperty).startsWith("java.util.Map<")) {
			return null;
		}
		String rest = name.substring(name.indexOf('>', placeholder) + 1);
		if (rest.isEmpty()) {
			return NestedProperty.leaf(this.metadata.type(mapProperty));
		}
		NestedProperty nested = NestedProperty.resolve(this.metadata.type(mapProperty), rest.substring(1));
		return nested.exists() ? nested : null;
	}

	private static Map<String, List<String>> rows(Readme readme) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (List<String> cells : readme.table(TABLE)) {
			assertThat(cells).as("README property row " + cells).hasSize(3);
			rows.put(cells.get(0).replace("`", ""), cells);
		}
		assertThat(rows).as("README's property table").isNotEmpty();
		return rows;
	}

}
