package io.github.dynamoconnection.embedded.server;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServerArgumentsTests {

	@Test
	void noArgumentsMeansPort8000InMemoryWithOneSecondSweep() {
		ServerArguments arguments = ServerArguments.parse();
		assertThat(arguments.port()).isEqualTo(8000);
		assertThat(arguments.dataDirectory()).isNull();
		assertThat(arguments.ttlSweepInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(arguments.help()).isFalse();
	}

	@Test
	void readsEveryOptionInBothSpellings() {
		ServerArguments arguments = ServerArguments.parse("--port", "0", "--data-dir=/tmp/x", "--ttl-sweep-interval", "250ms");
		assertThat(arguments.port()).isZero();
		assertThat(arguments.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
		assertThat(arguments.ttlSweepInterval()).isEqualTo(Duration.ofMillis(250));
		assertThat(arguments.transientStatusDelay()).isZero();
		assertThat(ServerArguments.parse("--transient-status-delay=500ms").transientStatusDelay()).isEqualTo(Duration.ofMillis(500));
		assertThat(ServerArguments.parse("--transient-status-delay", "0").transientStatusDelay()).isZero();
	}

	@Test
	void readsShortAndIsoDurations() {
		assertThat(ServerArguments.parseDuration("2s", "--ttl-sweep-interval", false)).isEqualTo(Duration.ofSeconds(2));
		assertThat(ServerArguments.parseDuration("3m", "--ttl-sweep-interval", false)).isEqualTo(Duration.ofMinutes(3));
		assertThat(ServerArguments.parseDuration("1h", "--ttl-sweep-interval", false)).isEqualTo(Duration.ofHours(1));
		assertThat(ServerArguments.parseDuration("PT0.5S", "--ttl-sweep-interval", false)).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void readsSharedDbAndAccounts() {
		ServerArguments arguments = ServerArguments.parse("--shared-db", "--account", "alice:111111111111",
				"--account=bob:222222222222");
		assertThat(arguments.sharedDb()).isTrue();
		assertThat(arguments.accounts()).containsExactlyInAnyOrderEntriesOf(
				java.util.Map.of("alice", "111111111111", "bob", "222222222222"));
		assertThat(ServerArguments.parse().sharedDb()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--account", "alice:12"))
			.withMessageContaining("12-digit");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--account", "111111111111"))
			.withMessageContaining("ACCESS_KEY:ACCOUNT_ID");
	}

	@Test
	void helpWins() {
		assertThat(ServerArguments.parse("--port", "1", "--help").help()).isTrue();
		assertThat(ServerArguments.parse("-h").help()).isTrue();
	}

	@Test
	void badArgumentsNameTheProblem() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--port", "70000"))
			.withMessageContaining("--port '70000'");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--port", "abc"))
			.withMessageContaining("--port 'abc'");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--port"))
			.withMessageContaining("Missing value for --port");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--ttl-sweep-interval", "0s"))
			.withMessageContaining("--ttl-sweep-interval '0s'");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--ttl-sweep-interval", "soon"))
			.withMessageContaining("positive duration");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--transient-status-delay", "-1s"))
			.withMessageContaining("--transient-status-delay '-1s'");
		assertThatIllegalArgumentException().isThrownBy(() -> ServerArguments.parse("--verbose"))
			.withMessageContaining("Unknown argument '--verbose'");
	}

}
