package io.github.dynamoconnection.expression;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectionAndKeyConditionTests {

	private final Placeholders placeholders = new Placeholders();

	@Test
	void projectionRendersPathsThroughPlaceholders() {
		assertThat(Projection.of("a", "b.c[0]").render(placeholders)).isEqualTo("#n0, #n1.#n2[0]");
		assertThat(Projection.of(List.of("name", "size")).render(placeholders)).isEqualTo("#n3, #n4");
		assertThat(Projection.of(Path.attribute("x.y")).render(placeholders)).isEqualTo("#n5");
		assertThat(placeholders.names()).containsEntry("#n5", "x.y");
		assertThat(placeholders.values()).isEmpty();
	}

	@Test
	void toStringShowsPathsAndHidesValues() {
		assertThat(Projection.of("a", "b.c[0]")).hasToString("a, b.c[0]");
		assertThat(RangeKeyCondition.between(1, 2)).hasToString("<range key> BETWEEN ? AND ?");
		assertThat(RangeKeyCondition.beginsWith("x").forKey("subject")).hasToString("begins_with(subject, ?)");
	}

	@Test
	void projectionRefusesNothingNullAndOverlaps() {
		assertThatIllegalArgumentException().isThrownBy(() -> Projection.of(new String[0]))
			.withMessage("projection needs at least one path");
		assertThatIllegalArgumentException().isThrownBy(() -> Projection.of(Path.of("a"), null))
			.withMessage("projection got a null path at position 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Projection.of("a.b", "a"))
			.withMessage("projection paths 'a.b' and 'a' overlap; DynamoDB refuses overlapping projection paths");
	}

	@Test
	void keyConditionWithHashKeyOnly() {
		assertThat(KeyConditions.render(placeholders, "forum", "Java", null)).isEqualTo("forum = :v0");
		assertThat(placeholders.names()).isEmpty();
		assertThat(placeholders.values()).containsExactly(Map.entry(":v0", AttributeValue.fromS("Java")));
	}

	@Test
	void keyConditionWithEveryRangeOperator() {
		assertThat(key(RangeKeyCondition.eq("a"))).isEqualTo("forum = :v0 AND subject = :v1");
		assertThat(key(RangeKeyCondition.lt("a"))).isEqualTo("forum = :v2 AND subject < :v3");
		assertThat(key(RangeKeyCondition.le("a"))).isEqualTo("forum = :v4 AND subject <= :v5");
		assertThat(key(RangeKeyCondition.gt("a"))).isEqualTo("forum = :v6 AND subject > :v7");
		assertThat(key(RangeKeyCondition.ge("a"))).isEqualTo("forum = :v8 AND subject >= :v9");
		assertThat(key(RangeKeyCondition.between(1, 9))).isEqualTo("forum = :v10 AND subject BETWEEN :v11 AND :v12");
		assertThat(key(RangeKeyCondition.beginsWith("ab"))).isEqualTo("forum = :v13 AND begins_with(subject, :v14)");
		assertThat(placeholders.names()).isEmpty();
		assertThat(placeholders.values()).containsEntry(":v12", AttributeValue.fromN("9"));
	}

	@Test
	void rangeConditionBoundToItsKeyRendersWithTheShortForm() {
		assertThat(KeyConditions.render(placeholders, "forum", "Java", RangeKeyCondition.ge(3).forKey("subject")))
			.isEqualTo("forum = :v0 AND subject >= :v1");
	}

	@Test
	void keyConditionsShareNumberingWithAFilter() {
		String key = KeyConditions.render(placeholders, "forum", "Java", "subject", RangeKeyCondition.beginsWith("a"));
		String filter = Path.of("views").gt(10).render(placeholders);
		assertThat(key + " | " + filter).isEqualTo("forum = :v0 AND begins_with(subject, :v1) | #n0 > :v2");
	}

	@Test
	void invalidKeyConditionsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RangeKeyCondition.between(1, null))
			.withMessage("range key condition BETWEEN needs a non-null value");
		assertThatIllegalArgumentException().isThrownBy(() -> RangeKeyCondition.eq(true))
			.withMessage("range key condition = needs a string, number or binary value, got java.lang.Boolean");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyConditions.render(placeholders, "forum", null, null))
			.withMessage("key condition needs a value for hash key 'forum'");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyConditions.render(placeholders, null, "x", null))
			.withMessage("key condition needs the hash key's name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KeyConditions.render(placeholders, "forum", "x", RangeKeyCondition.eq("y")))
			.withMessageContaining("without the range key's name");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RangeKeyCondition.eq(1).forKey(""))
			.withMessage("range key name must not be null or empty");
	}

	private String key(RangeKeyCondition condition) {
		return KeyConditions.render(placeholders, "forum", "Java", "subject", condition);
	}

}
