package io.github.dynamoconnection.autoconfigure.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.GlobalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.KeyAttribute;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.LocalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The differences between a declared table and the table DynamoDB describes, in words: key names
 * and types, the declared stream view type, and each declared index's keys and projection. Indexes that exist without being
 * declared, billing and capacity are not compared (operators may change them).
 */
final class TableDifferences {

	private final Map<String, String> attributeTypes;

	private final List<String> differences = new ArrayList<>();

	private TableDifferences(TableDescription actual) {
		this.attributeTypes = actual.attributeDefinitions()
			.stream()
			.collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
	}

	/**
	 * Compares a declaration with a description.
	 * @param declared the table as declared in properties
	 * @param actual the table as DynamoDB describes it
	 * @return one sentence per difference; empty when they match
	 */
	static List<String> between(Table declared, TableDescription actual) {
		TableDifferences comparison = new TableDifferences(actual);
		comparison.compareKeys("table", declared.getHashKey(), declared.getRangeKey(), actual.keySchema());
		comparison.compareStream(declared, actual.streamSpecification());
		Map<String, GlobalSecondaryIndexDescription> globals = byName(actual.globalSecondaryIndexes(),
				GlobalSecondaryIndexDescription::indexName);
		declared.getGlobalIndexes()
			.forEach((name, index) -> comparison.compareGlobalIndex(name, index, globals.get(name)));
		Map<String, LocalSecondaryIndexDescription> locals = byName(actual.localSecondaryIndexes(),
				LocalSecondaryIndexDescription::indexName);
		declared.getLocalIndexes()
			.forEach((name, index) -> comparison.compareLocalIndex(name, index, declared.getHashKey(),
					locals.get(name)));
		return List.copyOf(comparison.differences);
	}

	private void compareStream(Table declared, @Nullable StreamSpecification actual) {
		if (declared.getStreamViewType() == null) {
			return;
		}
		String declaredType = declared.getStreamViewType().name();
		String actualType = (actual != null && Boolean.TRUE.equals(actual.streamEnabled()))
				? actual.streamViewTypeAsString() : null;
		if (!declaredType.equals(actualType)) {
			this.differences.add("stream is " + ((actualType != null) ? actualType : "not enabled") + " but declared "
					+ declaredType);
		}
	}

	private void compareGlobalIndex(String name, GlobalIndex declared,
			@Nullable GlobalSecondaryIndexDescription actual) {
		if (actual == null) {
			this.differences.add("global index '" + name + "' is missing");
			return;
		}
		String owner = "global index '" + name + "'";
		compareKeyParts(owner + " hash key", DeclaredTableSpec.hashKeys(declared), actual.keySchema(), KeyType.HASH);
		compareKeyParts(owner + " range key", DeclaredTableSpec.rangeKeys(declared), actual.keySchema(), KeyType.RANGE);
		compareProjection("global index '" + name + "'", declared.getProjection().name(), actual.projection());
	}

	private void compareLocalIndex(String name, LocalIndex declared, KeyAttribute tableHashKey,
			@Nullable LocalSecondaryIndexDescription actual) {
		if (actual == null) {
			this.differences.add("local index '" + name + "' is missing");
			return;
		}
		compareKeys("local index '" + name + "'", tableHashKey, declared.getRangeKey(), actual.keySchema());
		compareProjection("local index '" + name + "'", declared.getProjection().name(), actual.projection());
	}

	private void compareKeys(String owner, KeyAttribute hashKey, KeyAttribute rangeKey,
			List<KeySchemaElement> keySchema) {
		compareKey(owner + " hash key", hashKey, keyName(keySchema, KeyType.HASH));
		compareKey(owner + " range key", rangeKey, keyName(keySchema, KeyType.RANGE));
	}

	/** Compares a key part of several attributes (names in order, then each type). */
	private void compareKeyParts(String what, List<KeyAttribute> declared, List<KeySchemaElement> keySchema,
			KeyType type) {
		List<String> declaredNames = declared.stream().map(KeyAttribute::getName).toList();
		List<String> actualNames = keySchema.stream()
			.filter((element) -> element.keyType() == type)
			.map(KeySchemaElement::attributeName)
			.toList();
		if (!declaredNames.equals(actualNames)) {
			this.differences.add(what + " is " + describe(actualNames) + " but declared " + describe(declaredNames));
			return;
		}
		for (KeyAttribute attribute : declared) {
			String actualType = this.attributeTypes.get(attribute.getName());
			if (!attribute.getType().name().equals(actualType)) {
				this.differences.add(what + " attribute '" + attribute.getName() + "' has type " + actualType
						+ " but declared " + attribute.getType().name());
			}
		}
	}

	private static String describe(List<String> names) {
		if (names.isEmpty()) {
			return "absent";
		}
		return names.stream().map((name) -> "'" + name + "'").collect(Collectors.joining(", "));
	}

	private void compareKey(String what, KeyAttribute declared, @Nullable String actualName) {
		String declaredName = declared.getName();
		if (!Objects.equals(declaredName, actualName)) {
			this.differences.add(what + " is " + describe(actualName) + " but declared " + describe(declaredName));
			return;
		}
		if (declaredName != null) {
			String actualType = this.attributeTypes.get(declaredName);
			if (!declared.getType().name().equals(actualType)) {
				this.differences.add(what + " '" + declaredName + "' has type " + actualType + " but declared "
						+ declared.getType().name());
			}
		}
	}

	private void compareProjection(String owner, String declared, @Nullable Projection actual) {
		String actualType = (actual != null) ? actual.projectionTypeAsString() : null;
		if (!declared.equals(actualType)) {
			this.differences.add(owner + " projection is " + actualType + " but declared " + declared);
		}
	}

	private static @Nullable String keyName(List<KeySchemaElement> keySchema, KeyType type) {
		return keySchema.stream()
			.filter((element) -> element.keyType() == type)
			.map(KeySchemaElement::attributeName)
			.findFirst()
			.orElse(null);
	}

	private static String describe(@Nullable String name) {
		return (name != null) ? "'" + name + "'" : "absent";
	}

	private static <T> Map<String, T> byName(List<T> indexes, Function<T, String> name) {
		return indexes.stream().collect(Collectors.toMap(name, Function.identity()));
	}

}
