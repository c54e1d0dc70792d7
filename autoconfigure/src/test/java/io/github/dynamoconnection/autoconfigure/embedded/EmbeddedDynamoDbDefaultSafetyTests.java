package io.github.dynamoconnection.autoconfigure.embedded;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.FailureAnalyses;
import io.github.dynamoconnection.autoconfigure.PropertiesDynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the production-safety rules of the embedded default, with the application started the
 * way a development run or a packaged application starts it: on a thread of its own (no test
 * framework on its stack) whose context class loader is the JDK's application class loader
 * (development) or another one, as Spring Boot's launcher of a packaged jar installs (packaged).
 * Environment variables come from a system environment property source the test gives.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDynamoDbDefaultSafetyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withPropertyValues("dynamodb.region=us-east-1");

	@Test
	void developmentRunUsesTheEngine(CapturedOutput output) throws Exception {
		startInDevelopment(this.contextRunner, (context) -> {
			assertThat(context).hasSingleBean(EmbeddedDynamoDb.class);
			assertThat(context.getBean(Connection.class).listTables()).isEmpty();
		});
		assertThat(output).contains("Using the embedded DynamoDB engine")
			.doesNotContain(EmbeddedDynamoDbNotUsedWarning.MESSAGE);
	}

	@Test
	void packagedApplicationWarnsOnceAndUsesTheRegionalEndpoint(CapturedOutput output) throws Exception {
		startPackaged(this.contextRunner, (context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(EmbeddedDynamoDb.class)
				.hasSingleBean(PropertiesDynamoDbConnectionDetails.class);
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
				.isEmpty();
		});
		assertThat(output).containsOnlyOnce(EmbeddedDynamoDbNotUsedWarning.MESSAGE)
			.doesNotContain("Using the embedded DynamoDB engine");
		assertThat(output.toString().lines().filter((line) -> line.contains(EmbeddedDynamoDbNotUsedWarning.MESSAGE)))
			.singleElement()
			.asString()
			.contains("WARN");
	}

	@Test
	void packagedApplicationUsesTheEngineWhenEnabled(CapturedOutput output) throws Exception {
		startPackaged(this.contextRunner.withPropertyValues("dynamodb.embedded.enabled=true"),
				(context) -> assertThat(context).hasSingleBean(EmbeddedDynamoDb.class));
		assertThat(output).doesNotContain(EmbeddedDynamoDbNotUsedWarning.MESSAGE);
	}

	@Test
	void packagedApplicationWithHostDoesNotWarn(CapturedOutput output) throws Exception {
		startPackaged(this.contextRunner.withPropertyValues("dynamodb.host=http://127.0.0.1:1"),
				(context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedDynamoDb.class));
		assertThat(output).doesNotContain(EmbeddedDynamoDbNotUsedWarning.MESSAGE);
	}

	@Test
	void awsComputeRefusesTheDefaultWithAFailureAnalysis() throws Exception {
		ApplicationContextRunner onLambda = onPlatform(this.contextRunner,
				Map.of("AWS_LAMBDA_FUNCTION_NAME", "forum-api"));
		AtomicReference<FailureAnalysis> analysis = new AtomicReference<>();
		startInDevelopment(onLambda, (context) -> {
			assertThat(context).hasFailed();
			analysis.set(FailureAnalyses.analyze(context.getStartupFailure()));
		});
		assertThat(analysis.get()).isNotNull();
		assertThat(analysis.get().getDescription()).contains("AWS_LAMBDA_FUNCTION_NAME")
			.doesNotContain("forum-api");
		assertThat(analysis.get().getAction()).contains("dynamodb.host").contains("dynamodb.embedded.enabled=true");
	}

	@Test
	void awsComputeUsesTheEngineWhenEnabled() throws Exception {
		ApplicationContextRunner onEcs = onPlatform(this.contextRunner.withPropertyValues("dynamodb.embedded.enabled=true"),
				Map.of("ECS_CONTAINER_METADATA_URI_V4", "http://169.254.170.2/v4/abc"));
		startInDevelopment(onEcs, (context) -> assertThat(context).hasSingleBean(EmbeddedDynamoDb.class));
	}

	@Test
	void awsComputeWithHostStarts() throws Exception {
		ApplicationContextRunner onEcs = onPlatform(this.contextRunner.withPropertyValues("dynamodb.host=http://127.0.0.1:1"),
				Map.of("AWS_EXECUTION_ENV", "AWS_ECS_FARGATE"));
		startInDevelopment(onEcs,
				(context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedDynamoDb.class));
	}

	@Test
	void testsOnAwsComputeUseTheEngine() {
		onPlatform(this.contextRunner, Map.of("AWS_EXECUTION_ENV", "AWS_ECS_EC2"))
			.run((context) -> assertThat(context).hasSingleBean(EmbeddedDynamoDb.class));
	}

	private static ApplicationContextRunner onPlatform(ApplicationContextRunner runner, Map<String, Object> variables) {
		return runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
	}

	@Test
	void warningFrozenByAheadOfTimeProcessingIsDecidedAgainAtStartUp(CapturedOutput output) throws Exception {
		// AOT froze the warning bean in (engine present, no host at build time); at start-up the host is set
		ApplicationContextRunner frozen = new ApplicationContextRunner()
			.withBean(EmbeddedDynamoDbNotUsedWarning.class);
		startPackaged(frozen.withPropertyValues("dynamodb.host=http://127.0.0.1:8000"),
				(context) -> assertThat(context).hasSingleBean(EmbeddedDynamoDbNotUsedWarning.class));
		assertThat(output).doesNotContain(EmbeddedDynamoDbNotUsedWarning.MESSAGE);
		startPackaged(frozen, (context) -> assertThat(context).hasNotFailed());
		assertThat(output).containsOnlyOnce(EmbeddedDynamoDbNotUsedWarning.MESSAGE);
	}

	private static void startInDevelopment(ApplicationContextRunner runner,
			ContextConsumer<AssertableApplicationContext> consumer)
			throws Exception {
		startOnOwnThread(runner, ClassLoader.getSystemClassLoader(), consumer);
	}

	private static void startPackaged(ApplicationContextRunner runner,
			ContextConsumer<AssertableApplicationContext> consumer)
			throws Exception {
		try (URLClassLoader launcher = new URLClassLoader(new URL[0], ClassLoader.getSystemClassLoader())) {
			startOnOwnThread(runner, launcher, consumer);
		}
	}

	private static void startOnOwnThread(ApplicationContextRunner runner, ClassLoader contextClassLoader,
			ContextConsumer<AssertableApplicationContext> consumer)
			throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread main = new Thread(() -> {
			try {
				runner.run(consumer);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "main");
		main.setContextClassLoader(contextClassLoader);
		main.start();
		main.join();
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
	}

}
