package io.github.dynamoconnection.sample;

import java.net.URI;
import java.time.Duration;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.sample.activity.ActivityFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The activity feed on the embedded engine: changes to threads reach {@code GET /activity} through
 * the Thread table's stream, and a failing stream is logged without stopping the feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ActivityFeedIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Connection connection;

	@Test
	void aPostedThreadAndItsViewShowUpInTheFeedNewestFirst(TestInfo test) {
		Http http = new Http(this.port);
		String forum = test.getTestMethod().orElseThrow().getName();
		assertThat(http.post("/forums", "{\"name\":\"" + forum + "\",\"category\":\"c\"}").status()).isEqualTo(201);
		assertThat(http.post("/forums/" + forum + "/threads",
				"{\"subject\":\"Streams\",\"message\":\"m\",\"author\":\"alice\"}").status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(changesOf(http, forum)).startsWith("INSERT Streams"));
		assertThat(http.post("/forums/" + forum + "/threads/Streams/views", null).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(changesOf(http, forum)).isEqualTo("MODIFY Streams, INSERT Streams"));
	}

	@Test
	void aStreamThatCannotBeReadIsLoggedAndTheFeedStaysEmpty(CapturedOutput output) {
		try (DynamoDbStreamsClient unreachable = DynamoDbStreamsClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:1"))
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			ActivityFeed feed = new ActivityFeed(this.connection, unreachable, Duration.ofSeconds(1), 5);
			feed.start();
			try {
				await().atMost(Duration.ofSeconds(20))
					.untilAsserted(() -> assertThat(output).contains("Reading the Thread table's stream failed"));
				assertThat(feed.isRunning()).isTrue();
				assertThat(feed.latest()).isEmpty();
			}
			finally {
				feed.stop();
			}
			assertThat(feed.isRunning()).isFalse();
		}
	}

	@Test
	void aFeedNeedsAPositiveIntervalAndSize() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ActivityFeed(this.connection, null, Duration.ZERO, 5))
			.withMessageContaining("sample.activity.poll-interval");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ActivityFeed(this.connection, null, Duration.ofSeconds(1), 0))
			.withMessageContaining("sample.activity.size");
	}

	private static String changesOf(Http http, String forum) {
		StringBuilder changes = new StringBuilder();
		for (JsonNode activity : http.get("/activity").json()) {
			if (activity.path("forum").asString().equals(forum)) {
				changes.append((changes.length() > 0) ? ", " : "")
					.append(activity.path("change").asString())
					.append(' ')
					.append(activity.path("subject").asString());
			}
		}
		return changes.toString();
	}

}
