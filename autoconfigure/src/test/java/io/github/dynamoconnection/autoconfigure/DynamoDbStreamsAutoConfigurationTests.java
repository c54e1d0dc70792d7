package io.github.dynamoconnection.autoconfigure;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer.RecordedRequest;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.stream.ChangeRecord;
import io.github.dynamoconnection.stream.StreamPosition;
import io.github.dynamoconnection.stream.TableStreamReader;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbStreamsAutoConfiguration}: the streams client reaches the same service
 * as the DynamoDB client, in-process on the embedded engine and over HTTP to a configured host.
 */
class DynamoDbStreamsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class,
					DynamoDbStreamsAutoConfiguration.class));

	@Test
	void onTheEmbeddedEngineTheStreamsClientReadsTheChangesTheConnectionMakes() {
		this.contextRunner.run((context) -> {
			Connection connection = context.getBean(Connection.class);
			connection.createTable("Thread", (spec) -> spec.hashKey("id", ScalarAttributeType.S)
				.streamSpecification(StreamViewType.NEW_AND_OLD_IMAGES)
				.waitUntilActive());
			connection.putItem("Thread", Map.of("id", "t1", "subject", "hello"));
			TableStreamReader reader = connection.streamRecords("Thread", StreamPosition.trimHorizon(),
					context.getBean(DynamoDbStreamsClient.class));
			List<ChangeRecord> changes = reader.poll();
			assertThat(changes).singleElement().satisfies((change) -> {
				assertThat(change.type()).isEqualTo(ChangeRecord.ChangeType.INSERT);
				assertThat(change.newImage()).containsEntry("subject", "hello");
			});
		});
	}

	@Test
	void withAHostTheStreamsClientSignsForTheConfiguredRegionAndEndpoint() {
		try (RecordingDynamoDbServer server = RecordingDynamoDbServer.start()) {
			this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
				.withPropertyValues("dynamodb.host=" + server.endpoint(), "dynamodb.region=eu-west-1",
						"dynamodb.credentials.access-key-id=AKIDTESTKEY", "dynamodb.credentials.secret-access-key=s3cr3t")
				.run((context) -> {
					DynamoDbStreamsClient streams = context.getBean(DynamoDbStreamsClient.class);
					assertThat(streams.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
					streams.listStreams();
					RecordedRequest request = server.requests().get(server.requests().size() - 1);
					assertThat(request.header("X-Amz-Target")).isEqualTo("DynamoDBStreams_20120810.ListStreams");
					assertThat(request.header("Authorization")).contains("AKIDTESTKEY/")
						.contains("/eu-west-1/dynamodb/");
				});
		}
	}

	@Test
	void aStreamsClientOfTheApplicationIsKept() {
		try (DynamoDbStreamsClient own = DynamoDbStreamsClient.builder().region(Region.AP_SOUTH_1).build()) {
			this.contextRunner.withBean(DynamoDbStreamsClient.class, () -> own)
				.run((context) -> assertThat(context).getBean(DynamoDbStreamsClient.class).isSameAs(own));
		}
	}

}
