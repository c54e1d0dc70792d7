package io.github.dynamoconnection.autoconfigure.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * {@link RuntimeHints} for what dynamo-connection loads by name or as a resource, so that an
 * application processed ahead of time (and a native image) finds it: the embedded engine's
 * reserved-words list and request validation shapes, and the failure analyzers Spring Boot
 * instantiates from {@code spring.factories}. The AWS SDK ships its own native-image metadata.
 */
public class DynamoDbRuntimeHints implements RuntimeHintsRegistrar {

	/** Resources the embedded engine reads from its jar. */
	static final List<String> ENGINE_RESOURCES = List.of(
			"io/github/dynamoconnection/embedded/expression/reserved-words.txt",
			"io/github/dynamoconnection/embedded/validation/request-shapes.json");

	/** Classes Spring Boot instantiates by name from {@code META-INF/spring.factories}. */
	static final List<String> FAILURE_ANALYZERS = List.of(
			"io.github.dynamoconnection.autoconfigure.DynamoDbEnumPropertyFailureAnalyzer",
			"io.github.dynamoconnection.autoconfigure.ConflictingDynamoDbSettingsFailureAnalyzer",
			"io.github.dynamoconnection.autoconfigure.tables.TableDeclarationMismatchFailureAnalyzer",
			"io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbRefusedFailureAnalyzer");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		ENGINE_RESOURCES.forEach((resource) -> hints.resources().registerPattern(resource));
		FAILURE_ANALYZERS.forEach((analyzer) -> hints.reflection()
			.registerType(TypeReference.of(analyzer), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS));
	}

}
