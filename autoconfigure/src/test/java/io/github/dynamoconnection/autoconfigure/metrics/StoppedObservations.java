package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

/**
 * An {@link ObservationRegistry} for tests that adds every observation's context to a list when
 * the observation stops.
 */
public final class StoppedObservations {

	private StoppedObservations() {
	}

	/**
	 * A registry recording into a list.
	 * @param stopped where stopped observations go (a thread-safe list)
	 * @return the registry
	 */
	public static ObservationRegistry recordingInto(List<Observation.Context> stopped) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(handlerInto(stopped));
		return registry;
	}

	/**
	 * A handler (such as a tracing one) adding every observation's context to a list when it stops.
	 * @param stopped where stopped observations go (a thread-safe list)
	 * @return the handler
	 */
	public static ObservationHandler<Observation.Context> handlerInto(List<Observation.Context> stopped) {
		return new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

		};
	}

}
