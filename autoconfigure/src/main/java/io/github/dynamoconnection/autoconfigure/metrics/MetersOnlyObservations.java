package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler.IgnoredMeters;
import io.micrometer.observation.GlobalObservationConvention;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Decides whether the application's {@code dynamodb.connection.call} observations would become
 * nothing but the meters of Boot's {@link DefaultMeterObservationHandler}, so that a
 * {@link ConnectionCallTimer} can record those meters without an observation: every
 * {@link ObservationHandler} bean is exactly that handler, no {@code ObservationRegistryCustomizer}
 * bean could add another, no global convention bean could rename keys, the predicate beans let
 * the observation through and the filter beans leave its keys as they are (Boot's own
 * {@code management.observations.enable.*} and {@code management.observations.key-values.*} are
 * such a predicate and filter). Any doubt keeps the observation, which is then the only timer.
 */
final class MetersOnlyObservations {

	/** Boot's hook that can add handlers programmatically, which no bean lookup sees. */
	private static final String REGISTRY_CUSTOMIZER = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationRegistryCustomizer";

	private static final String IGNORED_METERS = "management.metrics.observations.ignored-meters";

	private MetersOnlyObservations() {
	}

	/**
	 * Whether the application's observations of Connection calls would only be meters.
	 * @param beans the application's beans
	 * @return {@code true} when a {@link ConnectionCallTimer} may replace the observation
	 */
	static boolean test(ListableBeanFactory beans) {
		List<ObservationHandler<?>> handlers = beansOf(beans, ObservationHandler.class);
		boolean metersOnly = !handlers.isEmpty()
				&& handlers.stream().allMatch((handler) -> handler.getClass() == DefaultMeterObservationHandler.class);
		return metersOnly && !hasRegistryCustomizers(beans)
				&& beansOf(beans, GlobalObservationConvention.class).isEmpty() && letThrough(beans);
	}

	/**
	 * Whether Boot's {@code management.metrics.observations.ignored-meters} leaves the long task timer.
	 * @param beans the application's beans (an {@link Environment} among them)
	 * @return {@code true} to keep {@code dynamodb.connection.call.active}
	 */
	static boolean longTaskTimer(ListableBeanFactory beans) {
		return !ignoredMeters(beans).contains(IgnoredMeters.LONG_TASK_TIMER);
	}

	private static Set<IgnoredMeters> ignoredMeters(ListableBeanFactory beans) {
		Environment environment = beans.getBeanProvider(Environment.class).getIfAvailable();
		return (environment != null)
				? Binder.get(environment).bind(IGNORED_METERS, Bindable.setOf(IgnoredMeters.class)).orElse(Set.of())
				: Set.of();
	}

	private static boolean hasRegistryCustomizers(ListableBeanFactory beans) {
		if (!ClassUtils.isPresent(REGISTRY_CUSTOMIZER, MetersOnlyObservations.class.getClassLoader())) {
			return false;
		}
		Class<?> type = ClassUtils.resolveClassName(REGISTRY_CUSTOMIZER, MetersOnlyObservations.class.getClassLoader());
		return beans.getBeanNamesForType(type, true, false).length > 0;
	}

	/** Runs the predicates and filters on a probe call's context: all must leave it as it is. */
	private static boolean letThrough(ListableBeanFactory beans) {
		DynamoDbObservationContext probe = new DynamoDbObservationContext("GetItem", List.of("probe"),
				DynamoDbObservations.DEFAULT_CONNECTION);
		probe.setName(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME);
		probe.addLowCardinalityKeyValues(DefaultDynamoDbObservationConvention.CONNECTION.getLowCardinalityKeyValues(probe));
		List<KeyValue> keys = probe.getLowCardinalityKeyValues().stream().toList();
		boolean enabled = beansOf(beans, ObservationPredicate.class).stream()
			.allMatch((predicate) -> ((ObservationPredicate) predicate).test(probe.getName(), probe));
		for (Object filter : beansOf(beans, ObservationFilter.class)) {
			((ObservationFilter) filter).map(probe);
		}
		return enabled && keys.equals(probe.getLowCardinalityKeyValues().stream().toList())
				&& probe.getHighCardinalityKeyValues().stream().findAny().isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> beansOf(ListableBeanFactory beans, Class<?> type) {
		Stream<?> all = beans.getBeanProvider(type).orderedStream();
		return (List<T>) all.toList();
	}

}
