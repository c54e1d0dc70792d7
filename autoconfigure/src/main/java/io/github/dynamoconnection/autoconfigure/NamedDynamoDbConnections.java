package io.github.dynamoconnection.autoconfigure;

import java.util.List;
import java.util.stream.Stream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the client and the {@link Connection} of each named connection
 * ({@code dynamodb.connections.<name>.*}) the way the default ones are built: the top-level
 * {@code dynamodb.*} properties with the name's own values bound over them, mapped by
 * {@link DynamoDbClientBuilderConfigurer} and {@link ConnectionFactory}, with every
 * {@link DynamoDbClientBuilderCustomizer} and {@link ConnectionListener} bean ({@link ConnectionScoped}
 * ones given in that connection's form). A name that sets no host, region or credentials reaches
 * the default connection's service ({@link DynamoDbConnectionDetails} bean, such as the embedded engine).
 * The factory methods back the bean definitions {@link NamedDynamoDbConnectionsRegistrar} registers.
 */
public class NamedDynamoDbConnections {

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("dynamodb");

	private final Environment environment;

	private final DynamoDbProperties properties;

	private final ObjectProvider<DynamoDbConnectionDetails> defaultConnectionDetails;

	private final ObjectProvider<DynamoDbClientBuilderCustomizer> customizers;

	private final ObjectProvider<ConnectionListener> listeners;

	/**
	 * Creates the factory.
	 * @param environment where the properties are bound from
	 * @param properties the top-level properties (for each name's own keys)
	 * @param defaultConnectionDetails the default connection's details
	 * @param customizers the client builder customizers
	 * @param listeners the connection listeners
	 */
	public NamedDynamoDbConnections(Environment environment, DynamoDbProperties properties,
			ObjectProvider<DynamoDbConnectionDetails> defaultConnectionDetails,
			ObjectProvider<DynamoDbClientBuilderCustomizer> customizers,
			ObjectProvider<ConnectionListener> listeners) {
		this.environment = environment;
		this.properties = properties;
		this.defaultConnectionDetails = defaultConnectionDetails;
		this.customizers = customizers;
		this.listeners = listeners;
	}

	/**
	 * The SDK client of a named connection.
	 * @param name the connection's name
	 * @return a new client, closed with the context
	 */
	public DynamoDbClient client(String name) {
		NamedConnectionProperties own = ownProperties(name);
		DynamoDbProperties merged = mergedProperties(name);
		DynamoDbConnectionDetails details = own.hasOwnService() ? new PropertiesDynamoDbConnectionDetails(merged)
				: this.defaultConnectionDetails.getObject();
		return new DynamoDbClientBuilderConfigurer(details, merged,
				forConnection(this.customizers.orderedStream(), name, DynamoDbClientBuilderCustomizer.class))
			.configure(DynamoDbClient.builder())
			.build();
	}

	/**
	 * The {@link Connection} of a named connection.
	 * @param name the connection's name
	 * @param client that connection's client
	 * @return the connection
	 */
	public Connection connection(String name, DynamoDbClient client) {
		return new ConnectionFactory(mergedProperties(name)).create(client,
				forConnection(this.listeners.orderedStream(), name, ConnectionListener.class));
	}

	/**
	 * The top-level properties with the name's own values bound over them, checked like the
	 * top-level ones.
	 * @param name the connection's name
	 * @return the merged properties
	 * @throws IllegalStateException when there is no such name
	 */
	public DynamoDbProperties mergedProperties(String name) {
		ownProperties(name);
		Binder binder = Binder.get(this.environment);
		DynamoDbProperties merged = new DynamoDbProperties();
		ValidationBindHandler handler = new ValidationBindHandler(new IgnoreTopLevelConverterNotFoundBindHandler(),
				merged);
		binder.bind(PREFIX, Bindable.ofInstance(merged), handler);
		binder.bind(PREFIX.append("connections").append(name), Bindable.ofInstance(merged), handler);
		return merged;
	}

	private NamedConnectionProperties ownProperties(String name) {
		NamedConnectionProperties own = this.properties.getConnections().get(name);
		if (own == null) {
			throw new IllegalStateException("No DynamoDB connection named '" + name + "' under dynamodb.connections");
		}
		return own;
	}

	private static <T> List<T> forConnection(Stream<T> beans, String name, Class<T> type) {
		return beans.map((bean) -> (bean instanceof ConnectionScoped<?> scoped) ? type.cast(scoped.forConnection(name))
				: bean).toList();
	}

}
