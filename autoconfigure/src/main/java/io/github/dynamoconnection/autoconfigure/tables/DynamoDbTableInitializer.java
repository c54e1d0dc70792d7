package io.github.dynamoconnection.autoconfigure.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.TableMode;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Brings the tables declared under {@code dynamodb.tables} in line as soon as a {@link Connection}
 * bean is ready, before anyone is handed it: missing tables are created (and waited for until
 * ACTIVE) in {@code create-if-missing} mode; existing tables are compared with their declaration
 * and a mismatch fails start-up with a {@link TableDeclarationMismatchException}; a declared TTL
 * attribute is enabled.
 */
public class DynamoDbTableInitializer implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DynamoDbTableInitializer.class);

	private final ObjectProvider<DynamoDbProperties> properties;

	/**
	 * Creates an initializer reading the declarations lazily, when the first Connection is ready.
	 * @param properties the properties holding the declarations
	 */
	public DynamoDbTableInitializer(ObjectProvider<DynamoDbProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Connection connection) {
			DynamoDbProperties declared = this.properties.getIfAvailable();
			if (declared != null) {
				initialize(connection, declared.getTables());
			}
		}
		return bean;
	}

	/**
	 * Creates, validates and configures the declared tables through a connection.
	 * @param connection the connection (it applies the table prefix)
	 * @param tables the declarations by name
	 */
	public void initialize(Connection connection, Map<String, Table> tables) {
		tables.forEach((name, table) -> {
			if (table.getMode() != TableMode.NONE) {
				initialize(connection, name, table);
			}
		});
	}

	private void initialize(Connection connection, String name, Table table) {
		TableDescription description = describe(connection, name);
		if (description == null) {
			if (table.getMode() == TableMode.VALIDATE) {
				throw new TableDeclarationMismatchException(name, physicalName(connection, name),
						List.of("the table does not exist"));
			}
			connection.createTable(name, (spec) -> DeclaredTableSpec.apply(table, spec));
			logger.info("Created DynamoDB table '" + physicalName(connection, name)
					+ "' declared under dynamodb.tables." + name);
			description = connection.describeTable(name);
		}
		List<String> differences = new ArrayList<>(TableDifferences.between(table, description));
		if (differences.isEmpty() && table.getTtlAttribute() != null) {
			checkTimeToLive(connection, name, table, differences);
		}
		if (!differences.isEmpty()) {
			throw new TableDeclarationMismatchException(name, physicalName(connection, name), differences);
		}
	}

	private void checkTimeToLive(Connection connection, String name, Table table, List<String> differences) {
		String attribute = table.getTtlAttribute();
		TimeToLiveDescription ttl = connection.describeTimeToLive(name);
		boolean enabled = ttl != null && (ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED
				|| ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLING);
		if (enabled && attribute.equals(ttl.attributeName())) {
			return;
		}
		if (enabled) {
			differences.add("time to live is on attribute '" + ttl.attributeName() + "' but declared '" + attribute
					+ "'");
		}
		else if (table.getMode() == TableMode.VALIDATE) {
			differences.add("time to live is not enabled (declared on attribute '" + attribute + "')");
		}
		else {
			connection.updateTimeToLive(name, attribute, true);
			logger.info("Enabled time to live on attribute '" + attribute + "' of DynamoDB table '"
					+ physicalName(connection, name) + "'");
		}
	}

	private static String physicalName(Connection connection, String name) {
		String prefix = connection.tablePrefix();
		return (prefix != null) ? prefix + name : name;
	}

	private static @Nullable TableDescription describe(Connection connection, String name) {
		try {
			return connection.describeTable(name);
		}
		catch (TableDoesNotExistException ex) {
			return null;
		}
	}

}
