package io.github.dynamoconnection.autoconfigure.actuate;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that DynamoDB credentials and extra headers are masked by the {@code configprops} and
 * {@code env} endpoints even when those are configured to show values.
 */
class DynamoDbEndpointSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
				DynamoDbEndpointSanitizingAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"dynamodb.host=http://localhost:8000", "dynamodb.region=us-east-1",
				"dynamodb.credentials.access-key-id=AKIDSHOWN", "dynamodb.credentials.secret-access-key=VerySecret",
				"dynamodb.credentials.session-token=SessionTok", "dynamodb.extra-headers.X-Api-Key=HeaderSecret",
				"dynamodb.connections.us.region=us-west-2", "dynamodb.connections.us.credentials.access-key-id=AKIDNAMED",
				"dynamodb.connections.us.credentials.secret-access-key=NamedSecret",
				"dynamodb.connections.us.extra-headers.X-Api-Key=NamedHeader");

	@Test
	@SuppressWarnings("unchecked")
	void configpropsShouldMaskCredentialsAndHeadersButShowHost() {
		this.contextRunner.run((context) -> {
			Map<String, Object> properties = context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("dynamodb")
				.getContexts()
				.values()
				.iterator()
				.next()
				.getBeans()
				.values()
				.iterator()
				.next()
				.getProperties();
			assertThat(properties).containsEntry("host", "http://localhost:8000");
			Map<String, Object> credentials = (Map<String, Object>) properties.get("credentials");
			assertThat(credentials).containsEntry("accessKeyId", "******")
				.containsEntry("secretAccessKey", "******")
				.containsEntry("sessionToken", "******");
			assertThat((Map<String, Object>) properties.get("extraHeaders")).containsEntry("X-Api-Key", "******");
			assertThat(properties.toString()).doesNotContain("VerySecret", "SessionTok", "AKIDSHOWN", "HeaderSecret",
					"AKIDNAMED", "NamedSecret", "NamedHeader");
			assertThat(properties.toString()).contains("us-west-2");
		});
	}

	@Test
	void envShouldMaskCredentialsButShowHost() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			assertThat(value(endpoint, "dynamodb.host")).isEqualTo("http://localhost:8000");
			assertThat(value(endpoint, "dynamodb.credentials.secret-access-key")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.credentials.session-token")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.credentials.access-key-id")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.extra-headers.X-Api-Key")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.connections.us.credentials.secret-access-key")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.connections.us.credentials.access-key-id")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.connections.us.extra-headers.X-Api-Key")).isEqualTo("******");
			assertThat(value(endpoint, "dynamodb.connections.us.region")).isEqualTo("us-west-2");
		});
	}

	@Test
	void runWithoutActuatorShouldNotCreateFunction() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbSanitizingFunction.class));
	}

	private static Object value(EnvironmentEndpoint endpoint, String name) {
		EnvironmentEntryDescriptor entry = endpoint.environmentEntry(name);
		return entry.getProperty().getValue();
	}

}
