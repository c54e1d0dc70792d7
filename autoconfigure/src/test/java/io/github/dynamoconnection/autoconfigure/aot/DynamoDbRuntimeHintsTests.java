package io.github.dynamoconnection.autoconfigure.aot;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbRuntimeHints}: the engine's resources and every failure analyzer of
 * {@code spring.factories} are covered, and the registrar is found through {@code aot.factories}.
 */
class DynamoDbRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	@Test
	void engineResourcesShouldBeRegistered() {
		new DynamoDbRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("io/github/dynamoconnection/embedded/expression/reserved-words.txt")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("io/github/dynamoconnection/embedded/validation/request-shapes.json")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/dynamoconnection/embedded/other.txt"))
			.rejects(this.hints);
	}

	@Test
	void reservedWordsResourceShouldExistWhereTheHintSaysIt() {
		assertThat(getClass().getClassLoader().getResource(DynamoDbRuntimeHints.ENGINE_RESOURCES.get(0))).isNotNull();
	}

	@Test
	void everyFailureAnalyzerOfSpringFactoriesShouldBeInstantiable() throws Exception {
		new DynamoDbRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
		Properties factories = PropertiesLoaderUtils
			.loadProperties(new org.springframework.core.io.ClassPathResource("META-INF/spring.factories"));
		String[] analyzers = StringUtils
			.commaDelimitedListToStringArray(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer"));
		assertThat(analyzers).isNotEmpty().containsExactlyInAnyOrderElementsOf(DynamoDbRuntimeHints.FAILURE_ANALYZERS);
		for (String analyzer : analyzers) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(Class.forName(analyzer.trim()))
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onType(DynamoDbRuntimeHintsTests.class)).rejects(this.hints);
	}

	@Test
	void registrarShouldBeListedInAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(DynamoDbRuntimeHints.class);
	}

}
