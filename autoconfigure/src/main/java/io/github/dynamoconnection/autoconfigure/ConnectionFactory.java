package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.ConnectionBuilder;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.springframework.boot.context.properties.PropertyMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * Builds the {@link Connection} around a {@link DynamoDbClient}: table prefix and capacity
 * defaults from {@link DynamoDbProperties}, plus the given listeners.
 */
class ConnectionFactory {

	private final DynamoDbProperties properties;

	ConnectionFactory(DynamoDbProperties properties) {
		this.properties = properties;
	}

	Connection create(DynamoDbClient client, List<ConnectionListener> listeners) {
		ConnectionBuilder builder = Connection.builder().client(client).listeners(listeners);
		PropertyMapper map = PropertyMapper.get();
		DynamoDbProperties.Defaults defaults = this.properties.getDefaults();
		map.from(this.properties.getTablePrefix()).to(builder::tablePrefix);
		map.from(defaults.getBillingMode())
			.as((mode) -> BillingMode.fromValue(mode.name()))
			.to(builder::defaultBillingMode);
		map.from(defaults.getReadCapacityUnits()).to(builder::defaultReadCapacityUnits);
		map.from(defaults.getWriteCapacityUnits()).to(builder::defaultWriteCapacityUnits);
		return builder.build();
	}

}
