package io.github.dynamoconnection.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.autoconfigure.DynamoDbEndpoints;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * {@link HealthIndicator} for DynamoDB: one ListTables call with limit 1, or a DescribeTable per
 * configured table, each bounded by a timeout so that a slow endpoint is reported DOWN instead of
 * hanging the health endpoint. Details: the endpoint in use (the override, else the regional
 * endpoint), the region and each table's status; never credentials.
 * <p>
 * Add it to the readiness group ({@code management.endpoint.health.group.readiness.include}),
 * never to liveness: a DynamoDB outage should take instances out of load balancing, not restart
 * them all.
 */
public class DynamoDbHealthIndicator extends AbstractHealthIndicator {

	private final DynamoDbClient client;

	private final List<String> tableNames;

	private final AwsRequestOverrideConfiguration timeout;

	private final Duration timeoutDuration;

	/**
	 * Creates an indicator.
	 * @param client the client to check with
	 * @param tableNames physical names of the tables to describe; empty for one ListTables call
	 * @param timeout time limit of each call, retries included
	 */
	public DynamoDbHealthIndicator(DynamoDbClient client, List<String> tableNames, Duration timeout) {
		super("DynamoDB health check failed");
		this.client = client;
		this.tableNames = List.copyOf(tableNames);
		this.timeoutDuration = timeout;
		this.timeout = AwsRequestOverrideConfiguration.builder().apiCallTimeout(timeout).build();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		DynamoDbServiceClientConfiguration configuration = this.client.serviceClientConfiguration();
		builder.withDetail("endpoint", DynamoDbEndpoints.inUse(this.client).toString());
		if (configuration.region() != null) {
			builder.withDetail("region", configuration.region().id());
		}
		try {
			if (this.tableNames.isEmpty()) {
				this.client.listTables((request) -> request.limit(1).overrideConfiguration(this.timeout));
				builder.up();
			}
			else {
				checkTables(builder);
			}
		}
		catch (ApiCallTimeoutException ex) {
			builder.down().withDetail("timeout", this.timeoutDuration.toString());
		}
	}

	private void checkTables(Health.Builder builder) {
		Map<String, String> statuses = new LinkedHashMap<>();
		boolean allActive = true;
		for (String tableName : this.tableNames) {
			String status = tableStatus(tableName);
			statuses.put(tableName, status);
			allActive &= TableStatus.ACTIVE.toString().equals(status);
		}
		builder.status(allActive ? Status.UP : Status.DOWN);
		builder.withDetail("tables", statuses);
	}

	private String tableStatus(String tableName) {
		try {
			return this.client
				.describeTable((request) -> request.tableName(tableName).overrideConfiguration(this.timeout))
				.table()
				.tableStatusAsString();
		}
		catch (ResourceNotFoundException ex) {
			return "NOT_FOUND";
		}
	}

}
