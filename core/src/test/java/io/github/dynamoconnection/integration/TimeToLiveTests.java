package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Time to live: enable, describe, disable (PynamoDB can only enable). */
@ExtendWith(TestBackendExtension.class)
class TimeToLiveTests {

	private final Connection conn;

	TimeToLiveTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void enableDescribeAndDisable() {
		Tables.hashOnly(conn, "Sessions");
		assertThat(conn.describeTimeToLive("Sessions").timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
		assertThat(conn.updateTimeToLive("Sessions", "expires_at", true).timeToLiveStatus())
			.isEqualTo(TimeToLiveStatus.ENABLED);
		var described = conn.describeTimeToLive("Sessions");
		assertThat(described.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
		assertThat(described.attributeName()).isEqualTo("expires_at");
		conn.updateTimeToLive("Sessions", "expires_at", false);
		assertThat(conn.describeTimeToLive("Sessions").timeToLiveStatus())
			.isIn(TimeToLiveStatus.DISABLED, TimeToLiveStatus.DISABLING);
	}

}
