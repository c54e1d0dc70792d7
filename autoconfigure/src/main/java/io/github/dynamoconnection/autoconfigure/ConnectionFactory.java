package io.github.dynamoconnection.autoconfigure;

import java.util.List;
import java.util.function.Consumer;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.ConnectionBuilder;
import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.async.AsyncConnectionBuilder;
import io.github.dynamoconnection.batch.BatchSettings;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * Builds the {@link Connection} around a {@link DynamoDbClient}, and the {@link AsyncConnection}
 * around a {@link DynamoDbAsyncClient}: table prefix, capacity defaults and batch concurrency from
 * {@link DynamoDbProperties}, plus the given listeners.
 */
class ConnectionFactory {

	private final DynamoDbProperties properties;

	ConnectionFactory(DynamoDbProperties properties) {
		this.properties = properties;
	}

	Connection create(DynamoDbClient client, List<ConnectionListener> listeners) {
		ConnectionBuilder builder = Connection.builder().client(client).listeners(listeners);
		apply(builder::tablePrefix, builder::defaultBillingMode, builder::defaultReadCapacityUnits,
				builder::defaultWriteCapacityUnits, builder::batchConcurrency);
		return builder.build();
	}

	/**
	 * The async twin, with the same settings; a listener that has an async form
	 * ({@link AsyncAdaptableConnectionListener}) is given in that form.
	 */
	AsyncConnection createAsync(DynamoDbAsyncClient client, List<ConnectionListener> listeners) {
		AsyncConnectionBuilder builder = AsyncConnection.builder().client(client);
		listeners.forEach((listener) -> builder.listener((listener instanceof AsyncAdaptableConnectionListener adaptable)
				? adaptable.forAsync() : listener));
		apply(builder::tablePrefix, builder::defaultBillingMode, builder::defaultReadCapacityUnits,
				builder::defaultWriteCapacityUnits, builder::batchConcurrency);
		return builder.build();
	}

	private void apply(Consumer<String> tablePrefix, Consumer<BillingMode> billingMode, Consumer<Long> readUnits,
			Consumer<Long> writeUnits, Consumer<Integer> batchConcurrency) {
		PropertyMapper map = PropertyMapper.get();
		DynamoDbProperties.Defaults defaults = this.properties.getDefaults();
		map.from(this.properties.getTablePrefix()).to(tablePrefix);
		map.from(defaults.getBillingMode()).as((mode) -> BillingMode.fromValue(mode.name())).to(billingMode);
		map.from(defaults.getReadCapacityUnits()).to(readUnits);
		map.from(defaults.getWriteCapacityUnits()).to(writeUnits);
		map.from(batchConcurrency()).to(batchConcurrency);
	}

	/** dynamodb.batch.concurrency, else derived from max-pool-connections (the client is built here, not by the builder). */
	private @Nullable Integer batchConcurrency() {
		Integer concurrency = this.properties.getBatch().getConcurrency();
		Integer pool = this.properties.getMaxPoolConnections();
		if (concurrency != null || pool == null) {
			return concurrency;
		}
		return BatchSettings.defaultConcurrency(pool);
	}

}
