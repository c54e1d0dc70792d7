package io.github.dynamoconnection.embedded;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import static org.assertj.core.api.Assertions.assertThat;

/** An application's waiters see the statuses a transient status delay gives, through the SDK. */
class TransientStatusWaiterTests {

	@Test
	void sdkWaitersWaitForCreationAndDeletion() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().transientStatusDelay(Duration.ofSeconds(1)).start();
				DynamoDbClient client = dynamoDb.client();
				DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client)
					.overrideConfiguration(WaiterOverrideConfiguration.builder()
						.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(50)))
						.maxAttempts(100)
						.build())
					.build()) {
			TableStatus created = client.createTable(request -> request.tableName("Thread")
				.attributeDefinitions(definition -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
				.keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH))
				.billingMode(BillingMode.PAY_PER_REQUEST)).tableDescription().tableStatus();

			WaiterResponse<DescribeTableResponse> exists = waiter.waitUntilTableExists(request -> request.tableName("Thread"));
			client.deleteTable(request -> request.tableName("Thread"));
			TableStatus deleting = client.describeTable(request -> request.tableName("Thread")).table().tableStatus();
			WaiterResponse<DescribeTableResponse> gone = waiter.waitUntilTableNotExists(request -> request.tableName("Thread"));

			assertThat(created).isEqualTo(TableStatus.CREATING);
			assertThat(exists.attemptsExecuted()).isGreaterThan(1);
			assertThat(exists.matched().response()).hasValueSatisfying(
					(response) -> assertThat(response.table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
			assertThat(deleting).isEqualTo(TableStatus.DELETING);
			assertThat(gone.attemptsExecuted()).isGreaterThan(1);
			assertThat(gone.matched().exception()).isPresent();
		}
	}

}
