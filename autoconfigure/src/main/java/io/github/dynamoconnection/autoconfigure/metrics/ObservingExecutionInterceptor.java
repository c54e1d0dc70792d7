package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Observes the SDK API calls made on the DynamoDB client directly (such as
 * {@code connection.client().getItem(..)}) as {@link DynamoDbObservationDocumentation#CLIENT_CALL}.
 * Requests sent by an observed {@code Connection} call are left alone, so a call is never timed
 * twice. The observation is never put in scope: an async client completes on other threads.
 */
public class ObservingExecutionInterceptor implements ExecutionInterceptor {

	private static final ExecutionAttribute<Observation> OBSERVATION = new ExecutionAttribute<>(
			"dynamo-connection.observation");

	private final ObservationRegistry registry;

	private final @Nullable DynamoDbObservationConvention customConvention;

	private final String connectionName;

	/**
	 * Creates an interceptor.
	 * @param registry the observation registry
	 * @param customConvention a convention replacing the default one, or {@code null}
	 * @param connectionName the name of the connection whose client this is
	 */
	public ObservingExecutionInterceptor(ObservationRegistry registry,
			@Nullable DynamoDbObservationConvention customConvention, String connectionName) {
		this.registry = registry;
		this.customConvention = customConvention;
		this.connectionName = connectionName;
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
		if (ConnectionCallMarker.claim()) {
			return;
		}
		String operation = executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
		DynamoDbObservationContext observationContext = new DynamoDbObservationContext(
				(operation != null) ? operation : "unknown", tableNames(context.request()), this.connectionName);
		Observation observation = DynamoDbObservationDocumentation.CLIENT_CALL
			.observation(this.customConvention, DefaultDynamoDbObservationConvention.CLIENT, () -> observationContext,
					this.registry)
			.start();
		executionAttributes.putAttribute(OBSERVATION, observation);
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
		Observation observation = executionAttributes.getAttribute(OBSERVATION);
		if (observation == null) {
			return;
		}
		if (observation.getContext() instanceof DynamoDbObservationContext observationContext) {
			observationContext.setResponse(context.response());
			observationContext.setConsumedCapacity(consumedCapacity(context.response()));
		}
		observation.stop();
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes executionAttributes) {
		Observation observation = executionAttributes.getAttribute(OBSERVATION);
		if (observation == null) {
			return;
		}
		Throwable failure = context.exception();
		if (observation.getContext() instanceof DynamoDbObservationContext observationContext) {
			observationContext.setErrorType(errorType(failure));
		}
		observation.error(failure);
		observation.stop();
	}

	private static String errorType(Throwable failure) {
		if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null
				&& aws.awsErrorDetails().errorCode() != null) {
			return aws.awsErrorDetails().errorCode();
		}
		return failure.getClass().getSimpleName();
	}

	private static List<String> tableNames(SdkRequest request) {
		Object table = request.getValueForField("TableName", Object.class).orElse(null);
		if (table instanceof String name) {
			return List.of(name);
		}
		Object items = request.getValueForField("RequestItems", Object.class).orElse(null);
		if (items instanceof Map<?, ?> byTable) {
			return byTable.keySet().stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static List<ConsumedCapacity> consumedCapacity(SdkResponse response) {
		Object reported = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
		List<ConsumedCapacity> capacities = new ArrayList<>();
		if (reported instanceof ConsumedCapacity one) {
			capacities.add(one);
		}
		else if (reported instanceof List<?> many) {
			many.stream().filter(ConsumedCapacity.class::isInstance).map(ConsumedCapacity.class::cast).forEach(capacities::add);
		}
		return capacities;
	}

}
