package io.github.dynamoconnection.autoconfigure.tables;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code dynamodb.tables.<name>.stream-view-type} on the embedded engine: a declared
 * stream is created with the table and checked on an existing one; an undeclared stream is not
 * compared.
 */
class DeclaredStreamTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withPropertyValues("dynamodb.tables.Thread.hash-key.name=forum");

	@Test
	void aDeclaredStreamIsCreatedWithTheTable() {
		this.contextRunner.withPropertyValues("dynamodb.tables.Thread.stream-view-type=new-and-old-images")
			.run((context) -> {
				StreamSpecification stream = context.getBean(Connection.class).describeTable("Thread").streamSpecification();
				assertThat(stream.streamEnabled()).isTrue();
				assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
				assertThat(context.getBean(Connection.class).describeTable("Thread").latestStreamArn()).isNotBlank();
			});
	}

	@Test
	void anExistingTableWithoutTheDeclaredStreamFailsStartUpNamingTheDifference() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();
		createForumTable(engine, null);
		this.contextRunner.withBean(EmbeddedDynamoDb.class, () -> engine)
			.withPropertyValues("dynamodb.tables.Thread.stream-view-type=keys-only")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(TableDeclarationMismatchException.class)
				.hasMessageContaining("stream is not enabled but declared KEYS_ONLY"));
	}

	@Test
	void anExistingStreamOfAnotherViewTypeFailsStartUp() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();
		createForumTable(engine, StreamViewType.NEW_IMAGE);
		this.contextRunner.withBean(EmbeddedDynamoDb.class, () -> engine)
			.withPropertyValues("dynamodb.tables.Thread.stream-view-type=old-image")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("stream is NEW_IMAGE but declared OLD_IMAGE"));
	}

	@Test
	void aStreamNobodyDeclaredIsLeftAlone() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();
		createForumTable(engine, StreamViewType.NEW_IMAGE);
		this.contextRunner.withBean(EmbeddedDynamoDb.class, () -> engine)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static void createForumTable(EmbeddedDynamoDb engine, StreamViewType stream) {
		engine.client()
			.createTable((table) -> table.tableName("Thread")
				.keySchema((key) -> key.attributeName("forum").keyType("HASH"))
				.attributeDefinitions((attribute) -> attribute.attributeName("forum").attributeType("S"))
				.billingMode("PAY_PER_REQUEST")
				.streamSpecification((stream == null) ? null
						: StreamSpecification.builder().streamEnabled(true).streamViewType(stream).build()));
	}

}
