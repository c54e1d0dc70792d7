package io.github.dynamoconnection.autoconfigure.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.TableInitialization;
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
 * attribute is enabled. A table without a mode of its own follows
 * {@code dynamodb.table-initialization} ({@link TableInitialization}): by default tables are
 * created only on a local service ({@link DynamoDbConnectionDetails#isLocal()}) and validated
 * elsewhere.
 */
public class DynamoDbTableInitializer implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DynamoDbTableInitializer.class);

	private final ObjectProvider<DynamoDbProperties> properties;

	private final ObjectProvider<DynamoDbConnectionDetails> connectionDetails;

	/**
	 * Creates an initializer reading the declarations lazily, when the first Connection is ready.
	 * @param properties the properties holding the declarations
	 * @param connectionDetails where the connection goes, to tell a local service from another
	 */
	public DynamoDbTableInitializer(ObjectProvider<DynamoDbProperties> properties,
			ObjectProvider<DynamoDbConnectionDetails> connectionDetails) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Connection connection) {
			DynamoDbProperties declared = this.properties.getIfAvailable();
			if (declared != null && !declared.getTables().isEmpty()) {
				DynamoDbConnectionDetails details = this.connectionDetails.getIfAvailable();
				initialize(connection, declared.getTables(), declared.getTableInitialization(),
						details != null && details.isLocal());
			}
		}
		return bean;
	}

	/**
	 * Creates, validates and configures the declared tables through a connection.
	 * @param connection the connection (it applies the table prefix)
	 * @param tables the declarations by name
	 * @param initialization what happens to tables that set no mode of their own
	 * @param localService whether the connection reaches a local service (the embedded engine or a
	 * loopback endpoint)
	 */
	public void initialize(Connection connection, Map<String, Table> tables, TableInitialization initialization,
			boolean localService) {
		tables.forEach((name, table) -> {
			TableMode mode = modeOf(table, initialization, localService);
			if (mode != TableMode.NONE) {
				initialize(connection, name, table, mode);
			}
		});
	}

	/**
	 * The mode a declared table is initialized in: its own, or the one
	 * {@code dynamodb.table-initialization} gives it.
	 * @param table the declaration
	 * @param initialization the application-wide initialization
	 * @param localService whether the connection reaches a local service
	 * @return the mode
	 */
	static TableMode modeOf(Table table, TableInitialization initialization, boolean localService) {
		if (table.getMode() != null) {
			return table.getMode();
		}
		return switch (initialization) {
			case ALWAYS -> TableMode.CREATE_IF_MISSING;
			case VALIDATE -> TableMode.VALIDATE;
			case NEVER -> TableMode.NONE;
			case EMBEDDED -> localService ? TableMode.CREATE_IF_MISSING : TableMode.VALIDATE;
		};
	}

	private void initialize(Connection connection, String name, Table table, TableMode mode) {
		TableDescription description = describe(connection, name);
		if (description == null) {
			if (mode == TableMode.VALIDATE) {
				throw new TableDeclarationMismatchException(name, physicalName(connection, name),
						List.of(TableDeclarationMismatchException.MISSING));
			}
			// waits until ACTIVE: the answer is the table as created, no need to describe it again
			description = connection.createTable(name, (spec) -> DeclaredTableSpec.apply(table, spec));
			logger.info("Created DynamoDB table '" + physicalName(connection, name)
					+ "' declared under dynamodb.tables." + name);
		}
		List<String> differences = new ArrayList<>(TableDifferences.between(table, description));
		if (differences.isEmpty() && table.getTtlAttribute() != null) {
			checkTimeToLive(connection, name, table, mode, differences);
		}
		if (!differences.isEmpty()) {
			throw new TableDeclarationMismatchException(name, physicalName(connection, name), differences);
		}
	}

	private void checkTimeToLive(Connection connection, String name, Table table, TableMode mode,
			List<String> differences) {
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
		else if (mode == TableMode.VALIDATE) {
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
