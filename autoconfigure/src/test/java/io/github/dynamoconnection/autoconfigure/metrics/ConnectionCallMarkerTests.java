package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The thread mark that keeps an SDK request of a timed Connection call from being observed again. */
class ConnectionCallMarkerTests {

	@AfterEach
	void clearThread() {
		// replaces any mark a failed test left on this thread, then clears it
		ConnectionCallMarker.clear(ConnectionCallMarker.mark(true));
	}

	@Test
	void unmarkedThreadClaimsNothing() {
		assertThat(ConnectionCallMarker.claim()).isFalse();
	}

	@Test
	void syncMarkClaimsEveryRequestUntilCleared() {
		ConnectionCallMarker.Mark mark = ConnectionCallMarker.mark(false);
		assertThat(ConnectionCallMarker.claim()).isTrue();
		assertThat(ConnectionCallMarker.claim()).as("a retried or second request of the same call").isTrue();
		ConnectionCallMarker.clear(mark);
		assertThat(ConnectionCallMarker.claim()).as("a direct client call after the connection call").isFalse();
	}

	@Test
	void asyncMarkClaimsOnlyTheNextRequest() {
		ConnectionCallMarker.mark(true);
		assertThat(ConnectionCallMarker.claim()).isTrue();
		assertThat(ConnectionCallMarker.claim()).isFalse();
	}

	@Test
	void markClearedOnAnotherThreadNoLongerClaims() throws Exception {
		ConnectionCallMarker.Mark mark = ConnectionCallMarker.mark(true);
		CompletableFuture.runAsync(() -> ConnectionCallMarker.clear(mark)).get();
		assertThat(ConnectionCallMarker.claim()).as("the async call ended before its request started").isFalse();
		assertThat(ConnectionCallMarker.claim()).isFalse();
	}

	@Test
	void clearingAnOlderMarkLeavesTheNewerOne() {
		ConnectionCallMarker.Mark older = ConnectionCallMarker.mark(false);
		ConnectionCallMarker.Mark newer = ConnectionCallMarker.mark(false);
		ConnectionCallMarker.clear(older);
		assertThat(ConnectionCallMarker.claim()).isTrue();
		ConnectionCallMarker.clear(newer);
		assertThat(ConnectionCallMarker.claim()).isFalse();
	}

	@Test
	void markIsPerThread() throws Exception {
		ConnectionCallMarker.Mark mark = ConnectionCallMarker.mark(false);
		assertThat(CompletableFuture.supplyAsync(ConnectionCallMarker::claim).get()).isFalse();
		assertThat(ConnectionCallMarker.claim()).isTrue();
		ConnectionCallMarker.clear(mark);
	}

}
