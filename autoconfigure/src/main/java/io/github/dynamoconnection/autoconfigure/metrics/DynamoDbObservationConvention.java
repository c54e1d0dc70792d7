package io.github.dynamoconnection.autoconfigure.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for DynamoDB calls; define a bean of this type to change the
 * names or key values of the {@code Connection} call observations.
 */
public interface DynamoDbObservationConvention extends ObservationConvention<DynamoDbObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof DynamoDbObservationContext;
	}

}
