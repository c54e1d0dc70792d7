package io.github.dynamoconnection.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** The typed key condition for keys of several attributes: rendering and DynamoDB's rules. */
class KeyConditionTests {

	private static final List<KeySchemaElement> INDEX_KEY = List.of(hash("tenant"), hash("region"), range("year"),
			range("month"), range("day"));

	private final Placeholders placeholders = new Placeholders();

	@Test
	void rendersEqualityOnEveryPartitionKeyAttributeThenTheSortKeyConditionsInOrder() {
		KeyCondition condition = KeyCondition.builder()
			.partitionKey("tenant", "acme")
			.partitionKey("region", "eu")
			.sortKey("year", 2025)
			.sortKey("month", RangeKeyCondition.between(1, 6))
			.build();
		assertThat(condition.render(this.placeholders))
			.isEqualTo("tenant = :v0 AND #n0 = :v1 AND #n1 = :v2 AND #n2 BETWEEN :v3 AND :v4");
		assertThat(this.placeholders.names()).containsExactly(Map.entry("#n0", "region"), Map.entry("#n1", "year"),
				Map.entry("#n2", "month"));
		assertThat(this.placeholders.values()).containsEntry(":v2", AttributeValue.fromN("2025"))
			.containsEntry(":v4", AttributeValue.fromN("6"));
		assertThat(condition.checkAgainst(INDEX_KEY)).isSameAs(condition);
	}

	@Test
	void aSingleAttributeKeyRendersLikeTheClassicCondition() {
		assertThat(KeyCondition.builder().partitionKey("forum", "Java").build().render(this.placeholders))
			.isEqualTo("forum = :v0");
	}

	@Test
	void aRangeConditionBeforeAnotherSortKeyAttributeIsRefused() {
		KeyCondition.Builder builder = KeyCondition.builder().partitionKey("tenant", "acme")
			.sortKey("year", RangeKeyCondition.gt(2020));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.sortKey("month", 3))
			.withMessageContaining("'year'")
			.withMessageContaining("'month'")
			.withMessageContaining("only the last sort key attribute used");
	}

	@Test
	void withoutAPartitionKeyAttributeNothingIsBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyCondition.builder().sortKey("year", 1).build())
			.withMessageContaining("every partition key attribute");
	}

	@Test
	void anAttributeGivenTwiceOrAFifthOneIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KeyCondition.builder().partitionKey("a", "x").sortKey("a", "y"))
			.withMessageContaining("'a' is given twice");
		KeyCondition.Builder four = KeyCondition.builder().partitionKey("a", "1").partitionKey("b", "2")
			.partitionKey("c", "3").partitionKey("d", "4");
		assertThatIllegalArgumentException().isThrownBy(() -> four.partitionKey("e", "5"))
			.withMessageContaining("at most 4");
	}

	@Test
	void aPartitionKeyValueMustBeScalar() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyCondition.builder().partitionKey("a", List.of("x")))
			.withMessageContaining("'a' needs a string, number or binary value");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyCondition.builder().partitionKey("a", null))
			.withMessageContaining("'a' needs a value");
	}

	@Test
	void checkAgainstTheKeyRefusesAMissingPartitionAttributeAndASkippedSortAttribute() {
		KeyCondition partial = KeyCondition.builder().partitionKey("tenant", "acme").build();
		assertThatIllegalArgumentException().isThrownBy(() -> partial.checkAgainst(INDEX_KEY))
			.withMessageContaining("[tenant, region]");
		KeyCondition skipping = KeyCondition.builder().partitionKey("tenant", "acme").partitionKey("region", "eu")
			.sortKey("month", 3).build();
		assertThatIllegalArgumentException().isThrownBy(() -> skipping.checkAgainst(INDEX_KEY))
			.withMessageContaining("left to right");
		KeyCondition tooMany = KeyCondition.builder().partitionKey("tenant", "acme").partitionKey("region", "eu")
			.sortKey("year", 1).sortKey("month", 2).sortKey("day", 3).sortKey("hour", 4).build();
		assertThatIllegalArgumentException().isThrownBy(() -> tooMany.checkAgainst(INDEX_KEY))
			.withMessageContaining("[year, month, day, hour]");
	}

	@Test
	void toStringShowsTheExpressionWithoutItsValues() {
		assertThat(KeyCondition.builder().partitionKey("tenant", "acme").sortKey("year", RangeKeyCondition.ge(2020)).build())
			.hasToString("tenant = ? AND year >= ?");
	}

	private static KeySchemaElement hash(String name) {
		return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
	}

	private static KeySchemaElement range(String name) {
		return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
	}

}
