package io.github.dynamoconnection.autoconfigure.tables;

import java.util.List;

import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.GlobalIndex;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.KeyAttribute;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.ProjectionType;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties.Table;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.GlobalSecondaryIndexSpec;
import io.github.dynamoconnection.table.IndexProjection;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Fills a {@link CreateTableSpec.Builder} from a table declared under {@code dynamodb.tables}. Billing and
 * capacity left undeclared fall to the Connection's defaults ({@code dynamodb.defaults.*}).
 */
final class DeclaredTableSpec {

	private DeclaredTableSpec() {
	}

	static void apply(Table table, CreateTableSpec.Builder spec) {
		spec.hashKey(table.getHashKey().getName(), type(table.getHashKey()));
		if (table.getRangeKey().getName() != null) {
			spec.rangeKey(table.getRangeKey().getName(), type(table.getRangeKey()));
		}
		if (table.getBillingMode() != null) {
			spec.billingMode(BillingMode.fromValue(table.getBillingMode().name()));
		}
		if (table.getReadCapacityUnits() != null) {
			spec.readCapacityUnits(table.getReadCapacityUnits());
		}
		if (table.getWriteCapacityUnits() != null) {
			spec.writeCapacityUnits(table.getWriteCapacityUnits());
		}
		if (table.getStreamViewType() != null) {
			spec.streamSpecification(StreamViewType.fromValue(table.getStreamViewType().name()));
		}
		table.getGlobalIndexes().forEach((name, index) -> spec.globalSecondaryIndex(name, (gsi) -> {
			hashKeys(index).forEach((key) -> gsi.hashKey(key.getName(), type(key)));
			rangeKeys(index).forEach((key) -> gsi.rangeKey(key.getName(), type(key)));
			gsi.projection(projection(index.getProjection(), index.getNonKeyAttributes()));
			applyCapacity(index, gsi);
		}));
		table.getLocalIndexes()
			.forEach((name, index) -> spec.localSecondaryIndex(name,
					(lsi) -> lsi.rangeKey(index.getRangeKey().getName(), type(index.getRangeKey()))
						.projection(projection(index.getProjection(), index.getNonKeyAttributes()))));
		spec.waitUntilActive();
	}

	/** The index's partition key attributes in order: {@code hash-keys}, else the one {@code hash-key}. */
	static List<KeyAttribute> hashKeys(GlobalIndex index) {
		return keyAttributes(index.getHashKeys(), index.getHashKey());
	}

	/** The index's sort key attributes in order: {@code range-keys}, else the one {@code range-key} if named. */
	static List<KeyAttribute> rangeKeys(GlobalIndex index) {
		return keyAttributes(index.getRangeKeys(), index.getRangeKey());
	}

	private static List<KeyAttribute> keyAttributes(List<KeyAttribute> several, KeyAttribute single) {
		if (!several.isEmpty()) {
			return several;
		}
		return (single.getName() != null) ? List.of(single) : List.of();
	}

	private static void applyCapacity(GlobalIndex index, GlobalSecondaryIndexSpec.Builder gsi) {
		if (index.getReadCapacityUnits() != null) {
			gsi.readCapacityUnits(index.getReadCapacityUnits());
		}
		if (index.getWriteCapacityUnits() != null) {
			gsi.writeCapacityUnits(index.getWriteCapacityUnits());
		}
	}

	private static ScalarAttributeType type(KeyAttribute key) {
		return ScalarAttributeType.fromValue(key.getType().name());
	}

	private static IndexProjection projection(ProjectionType type, List<String> nonKeyAttributes) {
		return switch (type) {
			case ALL -> IndexProjection.all();
			case KEYS_ONLY -> IndexProjection.keysOnly();
			case INCLUDE -> IndexProjection.include(nonKeyAttributes.toArray(String[]::new));
		};
	}

}
