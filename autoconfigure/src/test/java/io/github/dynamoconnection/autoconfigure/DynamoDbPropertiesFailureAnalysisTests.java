package io.github.dynamoconnection.autoconfigure;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that invalid {@code dynamodb.*} values fail start-up with a failure analysis, found through
 * {@code META-INF/spring.factories} as Spring Boot finds it, naming the property and what it
 * accepts.
 */
class DynamoDbPropertiesFailureAnalysisTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class));

	@Test
	void badUrlShouldNameHostAndAcceptedForm() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.host=localhost:8000");
		assertThat(analysis.getDescription()).contains("'dynamodb.host'")
			.contains("localhost:8000")
			.contains("http or https URL");
	}

	@Test
	void badRegionShouldNameRegionAndFormat() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.region=Europe West");
		assertThat(analysis.getDescription()).contains("'dynamodb.region'").contains("e.g. us-east-1");
	}

	@Test
	void negativeCapacityShouldNameProperty() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.defaults.read-capacity-units=-5");
		assertThat(analysis.getDescription()).contains("'dynamodb.defaults.read-capacity-units'")
			.contains("-5")
			.contains("at least 1");
	}

	@Test
	void negativeTableCapacityShouldNameTableProperty() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.tables.Thread.hash-key.name=id",
				"dynamodb.tables.Thread.write-capacity-units=0");
		assertThat(analysis.getDescription()).contains("'dynamodb.tables.Thread.write-capacity-units'");
	}

	@Test
	void unknownBillingModeShouldListAcceptedValues() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.defaults.billing-mode=free");
		assertThat(analysis.getDescription()).contains("'dynamodb.defaults.billing-mode'")
			.contains("'free'")
			.contains("pay-per-request, provisioned");
	}

	@Test
	void unknownRetryModeShouldListAcceptedValues() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.retry.mode=eager");
		assertThat(analysis.getDescription()).contains("'dynamodb.retry.mode'").contains("standard, adaptive, legacy");
	}

	@Test
	void tableWithoutHashKeyShouldNameMissingProperty() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.tables.Thread.range-key.name=subject");
		assertThat(analysis.getDescription()).contains("'dynamodb.tables.Thread.hash-key.name'")
			.contains("attribute name");
	}

	@Test
	void halfStaticCredentialsShouldNameMissingSecretWithoutValues() {
		FailureAnalysis analysis = analyzeStartupWith("dynamodb.credentials.access-key-id=AKIDHALF");
		assertThat(analysis.getDescription()).contains("'dynamodb.credentials.secret-access-key'")
			.doesNotContain("AKIDHALF");
	}

	private FailureAnalysis analyzeStartupWith(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = FailureAnalyses.analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("failure analysis").isNotNull();
		return analysis[0];
	}

}
