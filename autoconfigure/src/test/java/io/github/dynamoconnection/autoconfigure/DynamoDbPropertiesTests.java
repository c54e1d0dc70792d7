package io.github.dynamoconnection.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.AttributeType;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.BillingMode;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.ProjectionType;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.RetryMode;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.TableInitialization;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.TableMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for binding {@link DynamoDbProperties}.
 */
class DynamoDbPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void bindShouldReadConnectionSettings() {
		this.contextRunner
			.withPropertyValues("dynamodb.host=http://localhost:8000", "dynamodb.region=eu-central-1",
					"dynamodb.connect-timeout=1s", "dynamodb.read-timeout=2s", "dynamodb.api-call-timeout=3s",
					"dynamodb.max-pool-connections=20", "dynamodb.retry.mode=adaptive", "dynamodb.retry.max-attempts=4",
					"dynamodb.extra-headers.X-Trace=on", "dynamodb.table-prefix=dev-",
					"dynamodb.credentials.profile=ops")
			.run((context) -> {
				DynamoDbProperties properties = context.getBean(DynamoDbProperties.class);
				assertThat(properties.getHost()).isEqualTo("http://localhost:8000");
				assertThat(properties.getRegion()).isEqualTo("eu-central-1");
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getApiCallTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getMaxPoolConnections()).isEqualTo(20);
				assertThat(properties.getRetry().getMode()).isEqualTo(RetryMode.ADAPTIVE);
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(4);
				assertThat(properties.getExtraHeaders()).containsEntry("X-Trace", "on");
				assertThat(properties.getTablePrefix()).isEqualTo("dev-");
				assertThat(properties.getCredentials().getProfile()).isEqualTo("ops");
			});
	}

	@Test
	void bindShouldReadDeclaredTablesWithIndexes() {
		this.contextRunner.withPropertyValues("dynamodb.tables.Thread.hash-key.name=forum",
				"dynamodb.tables.Thread.range-key.name=subject", "dynamodb.tables.Thread.range-key.type=S",
				"dynamodb.tables.Thread.billing-mode=provisioned", "dynamodb.tables.Thread.read-capacity-units=5",
				"dynamodb.tables.Thread.write-capacity-units=2", "dynamodb.tables.Thread.ttl-attribute=expires",
				"dynamodb.tables.Thread.mode=validate",
				"dynamodb.tables.Thread.global-indexes.by_author.hash-key.name=author",
				"dynamodb.tables.Thread.global-indexes.by_author.range-key.name=posted",
				"dynamodb.tables.Thread.global-indexes.by_author.range-key.type=N",
				"dynamodb.tables.Thread.global-indexes.by_author.projection=include",
				"dynamodb.tables.Thread.global-indexes.by_author.non-key-attributes=title,tags",
				"dynamodb.tables.Thread.local-indexes.by_views.range-key.name=views",
				"dynamodb.tables.Thread.local-indexes.by_views.range-key.type=N",
				"dynamodb.tables.Thread.local-indexes.by_views.projection=keys-only")
			.run((context) -> {
				Table table = context.getBean(DynamoDbProperties.class).getTables().get("Thread");
				assertThat(table.getHashKey().getName()).isEqualTo("forum");
				assertThat(table.getHashKey().getType()).isEqualTo(AttributeType.S);
				assertThat(table.getRangeKey().getName()).isEqualTo("subject");
				assertThat(table.getBillingMode()).isEqualTo(BillingMode.PROVISIONED);
				assertThat(table.getReadCapacityUnits()).isEqualTo(5);
				assertThat(table.getWriteCapacityUnits()).isEqualTo(2);
				assertThat(table.getTtlAttribute()).isEqualTo("expires");
				assertThat(table.getMode()).isEqualTo(TableMode.VALIDATE);
				var gsi = table.getGlobalIndexes().get("by_author");
				assertThat(gsi.getHashKey().getName()).isEqualTo("author");
				assertThat(gsi.getRangeKey().getType()).isEqualTo(AttributeType.N);
				assertThat(gsi.getProjection()).isEqualTo(ProjectionType.INCLUDE);
				assertThat(gsi.getNonKeyAttributes()).containsExactly("title", "tags");
				var lsi = table.getLocalIndexes().get("by_views");
				assertThat(lsi.getRangeKey().getName()).isEqualTo("views");
				assertThat(lsi.getProjection()).isEqualTo(ProjectionType.KEYS_ONLY);
			});
	}

	@Test
	void bindShouldReadHealthMetricsEmbeddedAndDefaults() {
		this.contextRunner.withPropertyValues("dynamodb.health.tables=Thread,Reply", "dynamodb.health.timeout=500ms",
				"dynamodb.metrics.enabled=false", "dynamodb.embedded.enabled=true", "dynamodb.embedded.port=0",
				"dynamodb.embedded.data-dir=/tmp/dynamo", "dynamodb.defaults.billing-mode=provisioned",
				"dynamodb.defaults.read-capacity-units=3", "dynamodb.defaults.write-capacity-units=4")
			.run((context) -> {
				DynamoDbProperties properties = context.getBean(DynamoDbProperties.class);
				assertThat(properties.getHealth().getTables()).containsExactly("Thread", "Reply");
				assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofMillis(500));
				assertThat(properties.getMetrics().isEnabled()).isFalse();
				assertThat(properties.getEmbedded().getEnabled()).isTrue();
				assertThat(properties.getEmbedded().getPort()).isZero();
				assertThat(properties.getEmbedded().getDataDir()).isEqualTo(Path.of("/tmp/dynamo"));
				assertThat(properties.getDefaults().getBillingMode()).isEqualTo(BillingMode.PROVISIONED);
				assertThat(properties.getDefaults().getReadCapacityUnits()).isEqualTo(3);
				assertThat(properties.getDefaults().getWriteCapacityUnits()).isEqualTo(4);
			});
	}

	@Test
	void defaultsShouldBePayPerRequestEmbeddedTableInitializationAndTwoSecondHealthTimeout() {
		this.contextRunner.withPropertyValues("dynamodb.tables.Thread.hash-key.name=id").run((context) -> {
			DynamoDbProperties properties = context.getBean(DynamoDbProperties.class);
			assertThat(properties.getDefaults().getBillingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
			assertThat(properties.getTables().get("Thread").getMode()).isNull();
			assertThat(properties.getTableInitialization()).isEqualTo(TableInitialization.EMBEDDED);
			assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(properties.getMetrics().isEnabled()).isTrue();
			assertThat(properties.getEmbedded().getEnabled()).isNull();
		});
	}

	@Test
	void credentialsToStringShouldNotShowSecrets() {
		this.contextRunner.withPropertyValues("dynamodb.credentials.access-key-id=AKIDVISIBLE",
				"dynamodb.credentials.secret-access-key=hush", "dynamodb.credentials.session-token=tok")
			.run((context) -> assertThat(context.getBean(DynamoDbProperties.class).getCredentials().toString())
				.doesNotContain("AKIDVISIBLE")
				.doesNotContain("hush")
				.doesNotContain("tok"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DynamoDbProperties.class)
	static class PropertiesConfiguration {

	}

}
