package io.github.dynamoconnection.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LoopbackHost}.
 */
class LoopbackHostTests {

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "LOCALHOST", "dynamodb.localhost", "127.0.0.1", "127.1.2.3", "[::1]",
			"::1", "[0:0:0:0:0:0:0:1]" })
	void loopbackHosts(String host) {
		assertThat(LoopbackHost.isLoopback(host)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "dynamodb.us-east-1.amazonaws.com", "localhost.example.com", "10.0.0.1",
			"128.0.0.1", "127.0.0.256", "127.0.0", "[::2]", "[not-an-address]", "embedded-dynamodb.local" })
	void otherHosts(String host) {
		assertThat(LoopbackHost.isLoopback(host)).isFalse();
	}

}
