package io.github.dynamoconnection.internal.driver;

import java.time.Duration;

import io.github.dynamoconnection.internal.call.ExceptionTranslator;
import io.github.dynamoconnection.exceptions.TableException;
import io.github.dynamoconnection.internal.operation.Step;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** How both drivers wait for a table to become ACTIVE with the SDK's waiters. */
final class TableWaiting {

	private static final BackoffStrategy WAITER_BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(100),
			Duration.ofSeconds(5));

	private TableWaiting() {
	}

	/** Polling until the step's timeout, with exponential backoff. */
	static WaiterOverrideConfiguration waiting(Step.AwaitActive step) {
		return WaiterOverrideConfiguration.builder().waitTimeout(step.timeout()).maxAttempts(Integer.MAX_VALUE)
			.backoffStrategyV2(WAITER_BACKOFF).build();
	}

	/** The ACTIVE table's description a waiter found, or the exception saying it did not become ACTIVE. */
	static TableDescription active(Step.AwaitActive step, WaiterResponse<DescribeTableResponse> response) {
		return response.matched().response().map(DescribeTableResponse::table)
			.orElseThrow(() -> new TableException(step.operation().awsName(), step.table().logicalList(), null,
					ExceptionTranslator.describe(step.operation(), step.table().logicalList(), null,
							"table did not become ACTIVE within " + step.timeout()),
					response.matched().exception().orElse(null)));
	}

}
