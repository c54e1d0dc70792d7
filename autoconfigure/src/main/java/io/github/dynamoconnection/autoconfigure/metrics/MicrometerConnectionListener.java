package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Counts what {@code Connection} calls consumed and left over, in Micrometer: {@value #CONSUMED_READ} and {@value #CONSUMED_WRITE} (capacity units per table, when
 * the call asked for consumed capacity), {@value #UNPROCESSED} (batch entries left unprocessed) and
 * {@value #CONDITIONAL_CHECK_FAILURES}. Tags never carry keys or values. The calls themselves are
 * timed once, by their observation ({@link DefaultDynamoDbObservationConvention#CONNECTION_CALL_NAME}).
 */
public class MicrometerConnectionListener implements ConnectionListener, ConnectionScoped<MicrometerConnectionListener> {

	/** Counter of consumed read capacity units; tag table. */
	public static final String CONSUMED_READ = "dynamodb.connection.consumed.read";

	/** Counter of consumed write capacity units; tag table. */
	public static final String CONSUMED_WRITE = "dynamodb.connection.consumed.write";

	/** Counter of batch entries still unprocessed when a call ended; tags operation, table. */
	public static final String UNPROCESSED = "dynamodb.connection.unprocessed";

	/** Counter of failed conditions; tags operation, table. */
	public static final String CONDITIONAL_CHECK_FAILURES = "dynamodb.connection.conditional.check.failures";

	private static final Set<String> READ_OPERATIONS = Set.of("GetItem", "BatchGetItem", "Query", "Scan",
			"TransactGetItems");

	private static final String NONE = "none";

	private final MeterRegistry registry;

	private final String connectionName;

	private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();

	/**
	 * Creates a listener recording into the given registry.
	 * @param registry the meter registry
	 */
	public MicrometerConnectionListener(MeterRegistry registry) {
		this(registry, "default");
	}

	private MicrometerConnectionListener(MeterRegistry registry, String connectionName) {
		this.registry = registry;
		this.connectionName = connectionName;
	}

	@Override
	public MicrometerConnectionListener forConnection(String connectionName) {
		return new MicrometerConnectionListener(this.registry, connectionName);
	}

	@Override
	public void afterCall(CallContext call, CallOutcome outcome) {
		String operation = call.operation();
		String table = tableTag(call);
		String outcomeTag = outcome.outcomeTag();
		for (ConsumedCapacity capacity : outcome.consumedCapacity()) {
			recordCapacity(operation, capacity);
		}
		if (outcome.unprocessedEntries() > 0) {
			counter(UNPROCESSED, operation, table).increment(outcome.unprocessedEntries());
		}
		if ("ConditionalCheckFailedException".equals(outcomeTag)) {
			counter(CONDITIONAL_CHECK_FAILURES, operation, table).increment();
		}
	}

	private void recordCapacity(String operation, ConsumedCapacity capacity) {
		String table = (capacity.tableName() != null) ? capacity.tableName() : NONE;
		Double read = capacity.readCapacityUnits();
		Double write = capacity.writeCapacityUnits();
		if (read == null && write == null && capacity.capacityUnits() != null) {
			boolean reads = READ_OPERATIONS.contains(operation);
			read = reads ? capacity.capacityUnits() : null;
			write = reads ? null : capacity.capacityUnits();
		}
		if (read != null && read > 0) {
			counter(CONSUMED_READ, null, table).increment(read);
		}
		if (write != null && write > 0) {
			counter(CONSUMED_WRITE, null, table).increment(write);
		}
	}

	private Counter counter(String name, @Nullable String operation, String table) {
		return this.counters.computeIfAbsent(new MeterKey(name, operation, table), (key) -> {
			Counter.Builder builder = Counter.builder(name).tag("table", table)
				.tag(ClientMeters.CONNECTION_TAG, this.connectionName);
			return ((operation != null) ? builder.tag("operation", operation) : builder).register(this.registry);
		});
	}

	private static String tableTag(CallContext call) {
		return switch (call.tableNames().size()) {
			case 0 -> NONE;
			case 1 -> call.tableNames().get(0);
			default -> "multiple";
		};
	}

	private record MeterKey(String name, @Nullable String operation, String table) {
	}

}
