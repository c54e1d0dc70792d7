package io.github.dynamoconnection.autoconfigure;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.dynamoconnection.Connection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Registers, for each name under {@code dynamodb.connections}, a {@link DynamoDbClient} bean named
 * {@code <name>DynamoDbClient} and a {@link Connection} bean named {@code <name>Connection}, both
 * qualified {@code @Qualifier("<name>")} and not default candidates (an unqualified injection point
 * still gets the default connection). They are made by {@link NamedDynamoDbConnections} and closed
 * with the context. Under AOT processing the names are those of the build-time environment; a name
 * added at run time is registered then.
 */
public class NamedDynamoDbConnectionsRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

	/** Name of the {@link NamedDynamoDbConnections} bean the definitions are made by. */
	public static final String FACTORY_BEAN_NAME = "dynamoDbNamedConnections";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private Set<String> names = Collections.emptySet();

	@Override
	public void setEnvironment(Environment environment) {
		this.names = names(environment);
	}

	/**
	 * The connection names bound from {@code dynamodb.connections}.
	 * @param environment the environment
	 * @return the names, in declaration order
	 * @throws IllegalStateException for a name that is not lower-case letters, digits and single
	 * hyphens, or is {@code default}
	 */
	static Set<String> names(Environment environment) {
		Set<String> names = Binder.get(environment)
			.bind("dynamodb.connections", Bindable.mapOf(String.class, NamedConnectionProperties.class))
			.map(Map::keySet)
			.orElse(Collections.emptySet());
		names.forEach(NamedDynamoDbConnectionsRegistrar::check);
		return names;
	}

	private static void check(String name) {
		if (!NAME.matcher(name).matches() || "default".equals(name)) {
			throw new IllegalStateException("Invalid DynamoDB connection name 'dynamodb.connections." + name
					+ "': expected lower-case letters, digits and single hyphens, starting with a letter,"
					+ " other than 'default'");
		}
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		for (String name : this.names) {
			String clientBeanName = name + "DynamoDbClient";
			register(registry, clientBeanName, definition(DynamoDbClient.class, "client", name));
			RootBeanDefinition connection = definition(Connection.class, "connection", name);
			connection.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(clientBeanName));
			register(registry, name + "Connection", connection);
		}
	}

	private static RootBeanDefinition definition(Class<?> type, String factoryMethod, String name) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setTargetType(type);
		definition.setFactoryBeanName(FACTORY_BEAN_NAME);
		definition.setFactoryMethodName(factoryMethod);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		definition.setDefaultCandidate(false);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		return definition;
	}

	private static void register(BeanDefinitionRegistry registry, String beanName, RootBeanDefinition definition) {
		if (!registry.containsBeanDefinition(beanName)) {
			registry.registerBeanDefinition(beanName, definition);
		}
	}

}
