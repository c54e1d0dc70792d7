package io.github.dynamoconnection.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ahead-of-time processing of named connections: the bean definitions the registrar adds are turned
 * into generated code (factory method, name argument, qualifier) instead of failing the build.
 */
class NamedDynamoDbConnectionsAotTests {

	@Test
	void namedConnectionDefinitionsShouldBeGeneratedWithTheirQualifier() {
		new ApplicationContextRunner(GenericApplicationContext::new)
			.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
			.withPropertyValues("dynamodb.host=http://127.0.0.1:1", "dynamodb.region=eu-west-1",
					"dynamodb.connections.archive.table-prefix=archive-")
			.prepare((context) -> {
				InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
				DefaultGenerationContext generation = new DefaultGenerationContext(
						new ClassNameGenerator(ClassName.get("com.example", "App")), files);
				new ApplicationContextAotGenerator()
					.processAheadOfTime(context.getSourceApplicationContext(GenericApplicationContext.class), generation);
				generation.writeGeneratedContent();
				String code = String.join("\n", sources(files));
				assertThat(code).contains("registerBeanDefinition(\"archiveDynamoDbClient\"",
						"registerBeanDefinition(\"archiveConnection\"", "addIndexedArgumentValue(0, \"archive\")",
						"new RuntimeBeanReference(\"archiveDynamoDbClient\")",
						"new AutowireCandidateQualifier(\"org.springframework.beans.factory.annotation.Qualifier\", \"archive\")",
						"setDefaultCandidate(false)", ".client(args.get(0))");
			});
	}

	private static List<String> sources(InMemoryGeneratedFiles files) {
		List<String> sources = new ArrayList<>();
		files.getGeneratedFiles(GeneratedFiles.Kind.SOURCE).values().forEach((source) -> {
			try {
				sources.add(new String(source.getInputStream().readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return sources;
	}

}
