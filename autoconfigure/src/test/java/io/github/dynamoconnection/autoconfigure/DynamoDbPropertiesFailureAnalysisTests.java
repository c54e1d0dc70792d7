package io.github.dynamoconnection.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that invalid {@code dynamodb.*} values fail start-up with a failure analysis, found through
 * {@code META-INF/spring.factories} as Spring Boot finds it, naming the property, its value, where
 * it came from (the properties file and line, loaded with Boot's own loader so that values carry
 * their origin) and what it accepts.
 */
class DynamoDbPropertiesFailureAnalysisTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class));

	@TempDir
	Path directory;

	@Test
	void badUrlShouldNameHostItsOriginAndAcceptedForm() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.host=localhost:8000");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.host")
			.contains("Value: \"localhost:8000\"")
			.containsPattern("Origin: .*application\\.properties\\] - 2:\\d+")
			.contains("http or https URL");
	}

	@Test
	void badRegionShouldNameRegionItsLineAndFormat() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.host=http://localhost:8000", "dynamodb.region=Europe West");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.region")
			.containsPattern("Origin: .*application\\.properties\\] - 3:\\d+")
			.contains("e.g. us-east-1")
			.contains("local or localhost");
	}

	@Test
	void localRegionNamesAreAcceptedWithAHost() {
		for (String region : List.of("local", "localhost")) {
			this.contextRunner.withPropertyValues("dynamodb.host=http://localhost:8000", "dynamodb.region=" + region)
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void localRegionNameWithoutAHostIsRejected() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.region=local");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.region")
			.contains("Value: \"local\"")
			.doesNotContain("local or localhost");
	}

	@Test
	void negativeCapacityShouldNameProperty() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.defaults.read-capacity-units=-5");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.defaults.readCapacityUnits")
			.contains("Value: \"-5\"")
			.containsPattern("Origin: .*application\\.properties\\] - 2:\\d+")
			.contains("at least 1");
	}

	@Test
	void negativeTableCapacityShouldNameTablePropertyAndLine() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.tables.Thread.hash-key.name=id",
				"dynamodb.tables.Thread.write-capacity-units=0");
		assertThat(analysis.getDescription()).containsIgnoringCase("Property: dynamodb.tables.thread.writeCapacityUnits")
			.containsPattern("Origin: .*application\\.properties\\] - 3:\\d+");
	}

	@Test
	void zeroHealthTimeoutShouldNameProperty() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.health.timeout=0s");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.health.timeout")
			.containsPattern("Origin: .*application\\.properties\\] - 2:\\d+")
			.contains("positive duration");
	}

	@Test
	void embeddedPortOutOfRangeShouldNameProperty() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.embedded.port=70000");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.embedded.port").contains("0 to 65535");
	}

	@Test
	void unknownBillingModeShouldListAcceptedValues() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.defaults.billing-mode=free");
		assertThat(analysis.getDescription()).contains("'dynamodb.defaults.billing-mode'")
			.contains("'free'")
			.containsPattern("from .*application\\.properties\\] - 2:\\d+")
			.contains("pay-per-request, provisioned");
	}

	@Test
	void unknownRetryModeShouldListAcceptedValues() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.retry.mode=eager");
		assertThat(analysis.getDescription()).contains("'dynamodb.retry.mode'").contains("standard, adaptive, legacy");
	}

	@Test
	void unknownTableInitializationShouldListAcceptedValues() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.table-initialization=sometimes");
		assertThat(analysis.getDescription()).contains("'dynamodb.table-initialization'")
			.contains("embedded, always, validate, never");
	}

	@Test
	void tableWithoutHashKeyShouldNameMissingProperty() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.tables.Thread.range-key.name=subject");
		assertThat(analysis.getDescription()).containsIgnoringCase("Property: dynamodb.tables.thread.hashKey.name")
			.contains("attribute name");
	}

	@Test
	void halfStaticCredentialsShouldNameMissingSecretWithoutValues() throws IOException {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.credentials.access-key-id=AKIDHALF");
		assertThat(analysis.getDescription()).contains("Property: dynamodb.credentials.secretAccessKey")
			.doesNotContain("AKIDHALF");
	}

	private FailureAnalysis analyzeStartupWith(String... properties) throws IOException {
		List<String> lines = new ArrayList<>(List.of("# written by " + getClass().getSimpleName()));
		lines.addAll(List.of(properties));
		Path file = Files.write(this.directory.resolve("application.properties"), lines);
		List<PropertySource<?>> loaded = new PropertiesPropertySourceLoader().load("application.properties",
				new FileSystemResource(file));
		AtomicReference<FailureAnalysis> analysis = new AtomicReference<>();
		this.contextRunner
			.withInitializer((context) -> loaded.forEach(context.getEnvironment().getPropertySources()::addFirst))
			.run((context) -> {
				assertThat(context).hasFailed();
				analysis.set(FailureAnalyses.analyze(context.getStartupFailure()));
			});
		assertThat(analysis.get()).as("failure analysis").isNotNull();
		return analysis.get();
	}

}
