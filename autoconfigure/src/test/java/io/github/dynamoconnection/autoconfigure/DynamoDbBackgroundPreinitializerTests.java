package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.context.ApplicationListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DynamoDbBackgroundPreinitializerTests {

	@Test
	void isRegisteredAsAnApplicationListener() {
		@SuppressWarnings("rawtypes")
		List<ApplicationListener> listeners = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(ApplicationListener.class);
		assertThat(listeners).hasAtLeastOneElementOfType(DynamoDbBackgroundPreinitializer.class);
	}

	@Test
	void warmsUpOnABackgroundDaemonThreadThatFinishes() throws InterruptedException {
		assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "skipped on a single CPU by design");
		Thread thread = new DynamoDbBackgroundPreinitializer().start(getClass().getClassLoader());
		assertThat(thread).isNotNull();
		assertThat(thread.isDaemon()).isTrue();
		thread.join(60_000);
		assertThat(thread.isAlive()).isFalse();
	}

	@Test
	void isSkippedWhenSpringBootsPreinitializerSwitchIsOn() {
		System.setProperty(DynamoDbBackgroundPreinitializer.IGNORE_PROPERTY, "true");
		try {
			assertThat(new DynamoDbBackgroundPreinitializer().start(getClass().getClassLoader())).isNull();
		}
		finally {
			System.clearProperty(DynamoDbBackgroundPreinitializer.IGNORE_PROPERTY);
		}
	}

}
