package io.github.dynamoconnection.test.autoconfigure;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.Ordered;
import org.springframework.core.type.MethodMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Replaces every {@link DynamoDbConnectionDetails} bean and every {@link DynamoDbClient} bean the
 * auto-configuration did not create with one on the test's {@link EmbeddedDynamoDb}, keeping the
 * bean names, so that whatever the application wires to them reaches the engine.
 */
class EmbeddedDynamoDbBeanReplacer implements BeanDefinitionRegistryPostProcessor, Ordered {

	private static final String ENGINE = "embeddedDynamoDb";

	private static final String EMBEDDED_DETAILS = "embeddedDynamoDbConnectionDetails";

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		if (!(registry instanceof ConfigurableListableBeanFactory beanFactory) || !registry.containsBeanDefinition(ENGINE)) {
			return;
		}
		for (String name : beanFactory.getBeanNamesForType(DynamoDbConnectionDetails.class, true, false)) {
			if (!name.equals(EMBEDDED_DETAILS)) {
				RootBeanDefinition details = new RootBeanDefinition(EmbeddedDynamoDbConnectionDetails.class);
				details.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(ENGINE));
				replace(registry, name, details);
			}
		}
		for (String name : beanFactory.getBeanNamesForType(DynamoDbClient.class, true, false)) {
			if (!isAutoConfigured(registry.getBeanDefinition(name))) {
				RootBeanDefinition client = new RootBeanDefinition(DynamoDbClient.class);
				client.setFactoryBeanName(ENGINE);
				client.setFactoryMethodName("client");
				// the engine owns the client it hands out
				client.setDestroyMethodName(null);
				replace(registry, name, client);
			}
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static boolean isAutoConfigured(BeanDefinition definition) {
		MethodMetadata factoryMethod = (definition instanceof AnnotatedBeanDefinition annotated)
				? annotated.getFactoryMethodMetadata() : null;
		return factoryMethod != null && factoryMethod.getDeclaringClassName().equals(DynamoDbAutoConfiguration.class.getName());
	}

	private static void replace(BeanDefinitionRegistry registry, String name, RootBeanDefinition replacement) {
		BeanDefinition existing = registry.getBeanDefinition(name);
		replacement.setPrimary(existing.isPrimary());
		registry.removeBeanDefinition(name);
		registry.registerBeanDefinition(name, replacement);
	}

}
