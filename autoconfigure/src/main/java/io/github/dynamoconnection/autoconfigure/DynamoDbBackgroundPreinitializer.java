package io.github.dynamoconnection.autoconfigure;

import java.net.URI;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.ClassUtils;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Warms the AWS SDK's DynamoDB client path (class loading, endpoint rules, marshalling) on a
 * background thread while the application context starts, in the manner of Spring Boot's own
 * {@code BackgroundPreinitializer}: the first real client then starts fast. With the embedded
 * engine on the class path it warms the engine too, with one call on a throwaway instance. Skipped
 * on a single CPU and when the system property {@value #IGNORE_PROPERTY} is {@code true} (Spring
 * Boot's switch for its own preinitializer). Failures are ignored: this only saves time.
 */
public final class DynamoDbBackgroundPreinitializer implements ApplicationListener<ApplicationStartingEvent> {

	/** Spring Boot's system property that turns background preinitialization off. */
	public static final String IGNORE_PROPERTY = "spring.backgroundpreinitializer.ignore";

	private static final String ENGINE_CLASS = "io.github.dynamoconnection.embedded.EmbeddedDynamoDb";

	@Override
	public void onApplicationEvent(ApplicationStartingEvent event) {
		start(event.getSpringApplication().getClassLoader());
	}

	/**
	 * Starts the warm-up thread, unless switched off or on a single CPU.
	 * @param classLoader the application's class loader
	 * @return the started thread, or {@code null} when skipped
	 */
	Thread start(ClassLoader classLoader) {
		if (Boolean.getBoolean(IGNORE_PROPERTY) || Runtime.getRuntime().availableProcessors() <= 1) {
			return null;
		}
		Thread thread = new Thread(() -> warm(classLoader), "dynamodb-background-preinit");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void warm(ClassLoader classLoader) {
		try {
			if (ClassUtils.isPresent(ENGINE_CLASS, classLoader)) {
				EngineWarmUp.run();
			}
			else {
				DynamoDbClient.builder()
					.region(Region.US_EAST_1)
					.credentialsProvider(AnonymousCredentialsProvider.create())
					.endpointOverride(URI.create("http://localhost:8000"))
					.build()
					.close();
			}
		}
		catch (Throwable ex) {
			// Only a warm-up: the real client reports its own problems.
		}
	}

	/** Kept apart so that the engine's classes are only touched when present. */
	private static final class EngineWarmUp {

		static void run() {
			try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.start()) {
				engine.client().listTables(request -> request.limit(1));
			}
		}

	}

}
