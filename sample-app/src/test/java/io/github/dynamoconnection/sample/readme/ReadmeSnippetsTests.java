package io.github.dynamoconnection.sample.readme;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.metrics.DefaultDynamoDbObservationConvention;
import io.github.dynamoconnection.autoconfigure.metrics.MeteringExecutionInterceptor;
import io.github.dynamoconnection.autoconfigure.metrics.MicrometerConnectionListener;
import io.github.dynamoconnection.autoconfigure.metrics.MicrometerMetricPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's snippets hold: the dependency coordinates are this build's, the minimal
 * {@code application.yml} starts an application, the readiness settings are the sample's own, the
 * meter table lists exactly the meters the auto-configuration records, and the injection and test
 * annotation examples are the classes in {@code io.github.dynamoconnection.readme.snippet} that run as tests.
 */
class ReadmeSnippetsTests {

	private final Readme readme = Readme.load();

	@Test
	void dependencySnippetsNameTheStarterAndEngineOfThisBuild() {
		String version = System.getProperty("project.version");
		assertThat(version).as("project.version passed by the build").isNotBlank();
		assertThat(this.readme.codeBlock("maven"))
			.contains("<artifactId>dynamo-connection-spring-boot-starter</artifactId>")
			.contains("<artifactId>dynamo-connection-embedded</artifactId>")
			.contains("<version>" + version + "</version>");
		assertThat(this.readme.codeBlock("gradle"))
			.contains("io.github.dynamoconnection:dynamo-connection-spring-boot-starter:" + version)
			.contains("io.github.dynamoconnection:dynamo-connection-embedded:" + version);
		assertThat(this.readme.text()).contains("dynamo-connection-sample-" + version + ".jar")
			.contains("dynamo-connection-embedded-" + version + "-standalone.jar");
	}

	@Test
	void minimalApplicationYmlStartsAnApplicationWithItsTable(@TempDir Path directory) throws IOException {
		Path yml = Files.writeString(directory.resolve("application.yml"), this.readme.codeBlock("minimal-yml"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MinimalApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.config.location=file:" + yml)) {
			List<KeySchemaElement> key = context.getBean(Connection.class).describeTable("Thread").keySchema();
			assertThat(key).extracting(KeySchemaElement::attributeName).containsExactly("forum_name", "subject");
		}
	}

	@Test
	void readinessSnippetIsWhatTheSampleApplicationUses() throws IOException {
		Map<String, Object> sample = flatten(yaml(getClass().getResourceAsStream("/application.yml")));
		Map<String, Object> snippet = flatten(new Yaml().load(this.readme.codeBlock("readiness-yml")));
		assertThat(sample).containsAllEntriesOf(snippet);
	}

	@Test
	void meterTableListsExactlyTheRecordedMeters() {
		Set<String> documented = new TreeSet<>();
		this.readme.table("meters").forEach((row) -> documented.add(row.get(0).replace("`", "")));
		Set<String> recorded = new TreeSet<>();
		recorded.addAll(meterNames(MicrometerConnectionListener.class));
		recorded.addAll(meterNames(MeteringExecutionInterceptor.class));
		recorded.addAll(meterNames(MicrometerMetricPublisher.class));
		recorded.addAll(meterNames(DefaultDynamoDbObservationConvention.class));
		assertThat(documented).isEqualTo(recorded);
	}

	@Test
	void injectionAndTestAnnotationExamplesAreRealClasses() {
		String text = this.readme.text();
		assertThat(SourceRegions.from("readme/snippet/ThreadService.java", "@Service")).allSatisfy((line) -> assertThat(text)
			.as("README's injection example").contains(line));
		assertThat(SourceRegions.from("readme/snippet/ThreadServiceTests.java", "@DynamoDbTest"))
			.allSatisfy((line) -> assertThat(text).as("README's test annotation example").contains(line));
	}

	private static Set<String> meterNames(Class<?> type) {
		Set<String> names = new TreeSet<>();
		for (Field field : type.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return names;
	}

	private static Map<String, Object> yaml(InputStream in) throws IOException {
		try (in) {
			return new Yaml().load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> flatten(Map<String, Object> tree) {
		Map<String, Object> flat = new LinkedHashMap<>();
		tree.forEach((key, value) -> {
			if (value instanceof Map<?, ?> nested) {
				flatten((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
			}
			else {
				flat.put(key, value);
			}
		});
		return flat;
	}

	/** Auto-configuration only: what an application with README's minimal setup gets. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
