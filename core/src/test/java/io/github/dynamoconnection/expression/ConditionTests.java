package io.github.dynamoconnection.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConditionTests {

	private final Placeholders placeholders = new Placeholders();

	@Test
	void comparisonsWithValues() {
		Path age = Path.of("age");
		assertThat(render(age.eq(1))).isEqualTo("#n0 = :v0");
		assertThat(render(age.ne(1))).isEqualTo("#n0 <> :v1");
		assertThat(render(age.lt(1))).isEqualTo("#n0 < :v2");
		assertThat(render(age.le(1))).isEqualTo("#n0 <= :v3");
		assertThat(render(age.gt(1))).isEqualTo("#n0 > :v4");
		assertThat(render(age.ge(1))).isEqualTo("#n0 >= :v5");
		assertThat(placeholders.values()).hasSize(6).containsEntry(":v5", AttributeValue.fromN("1"));
	}

	@Test
	void comparisonWithAnotherPath() {
		assertThat(render(Path.of("a.b").gt(Path.of("c")))).isEqualTo("#n0.#n1 > #n2");
		assertThat(placeholders.values()).isEmpty();
	}

	@Test
	void equalityWithNullMeansDynamoDbNull() {
		assertThat(render(Path.of("a").eq(null))).isEqualTo("#n0 = :v0");
		assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromNul(true));
	}

	@Test
	void betweenAndIn() {
		assertThat(render(Path.of("n").between(1, 5))).isEqualTo("#n0 BETWEEN :v0 AND :v1");
		assertThat(render(Path.of("s").in("a", "b", "c"))).isEqualTo("#n1 IN (:v2, :v3, :v4)");
		assertThat(render(Path.of("s").in(List.of("d")))).isEqualTo("#n1 IN (:v5)");
		assertThat(placeholders.values()).containsEntry(":v1", AttributeValue.fromN("5"))
			.containsEntry(":v4", AttributeValue.fromS("c"));
	}

	@Test
	void functions() {
		Path tags = Path.of("tags");
		assertThat(render(tags.exists())).isEqualTo("attribute_exists(#n0)");
		assertThat(render(tags.notExists())).isEqualTo("attribute_not_exists(#n0)");
		assertThat(render(tags.hasType(AttributeType.SS))).isEqualTo("attribute_type(#n0, :v0)");
		assertThat(render(tags.beginsWith("x"))).isEqualTo("begins_with(#n0, :v1)");
		assertThat(render(tags.contains("y"))).isEqualTo("contains(#n0, :v2)");
		assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromS("SS"));
		assertThat(render(Path.of("x").hasType(AttributeType.NULL))).isEqualTo("attribute_type(#n1, :v3)");
		assertThat(placeholders.values()).containsEntry(":v3", AttributeValue.fromS("NULL"));
		assertThat(render(tags.contains(Path.of("x")))).isEqualTo("contains(#n0, #n1)");
		assertThat(placeholders.values()).hasSize(4);
	}

	@Test
	void sizeComparisons() {
		assertThat(render(Path.of("tags").size().ge(2))).isEqualTo("size(#n0) >= :v0");
		assertThat(render(Path.of("tags").size().between(1, 3))).isEqualTo("size(#n0) BETWEEN :v1 AND :v2");
		assertThat(render(Path.of("a").size().eq(Path.of("b").size()))).isEqualTo("size(#n1) = size(#n2)");
	}

	@Test
	void andFlattensAndParenthesizesOr() {
		Condition a = Path.of("a").eq(1);
		Condition b = Path.of("b").eq(2);
		Condition c = Path.of("c").eq(3);
		assertThat(render(a.and(b).and(c))).isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2");
		assertThat(render(a.or(b).and(c))).isEqualTo("(#n0 = :v3 OR #n1 = :v4) AND #n2 = :v5");
		assertThat(render(a.and(b).or(c))).isEqualTo("#n0 = :v6 AND #n1 = :v7 OR #n2 = :v8");
		assertThat(render(Condition.or(a, Condition.and(b, c.or(a))))).isEqualTo("#n0 = :v9 OR #n1 = :v10 AND (#n2 = :v11 OR #n0 = :v12)");
	}

	@Test
	void notParenthesizesEverythingButFunctions() {
		Condition a = Path.of("a").eq(1);
		assertThat(render(Path.of("a").exists().negate())).isEqualTo("NOT attribute_exists(#n0)");
		assertThat(render(Condition.not(a))).isEqualTo("NOT (#n0 = :v0)");
		assertThat(render(Condition.not(a.or(Path.of("b").exists())))).isEqualTo("NOT (#n0 = :v1 OR attribute_exists(#n1))");
		assertThat(render(Condition.not(a).and(a))).isEqualTo("NOT (#n0 = :v2) AND #n0 = :v3");
		assertThat(render(Condition.not(Condition.not(a)))).isEqualTo("NOT (NOT (#n0 = :v4))");
		assertThat(a.negate().negate()).isSameAs(a);
	}

	@Test
	void singleConditionJunctionIsTheConditionItself() {
		Condition a = Path.of("a").eq(1);
		assertThat(Condition.and(List.of(a))).isSameAs(a);
		assertThat(Condition.or(a, Path.of("b").eq(2))).isNotSameAs(a);
	}

	@Test
	void rawConditionMergesItsPlaceholdersAndIsParenthesizedWhenCombined() {
		Condition raw = Condition.raw("#s = :open OR #s = :new", Map.of("#s", "status"), Map.of(":open", "OPEN", ":new", "NEW"));
		assertThat(render(raw)).isEqualTo("#s = :open OR #s = :new");
		assertThat(render(Path.of("a").eq(1).and(raw))).isEqualTo("#n0 = :v0 AND (#s = :open OR #s = :new)");
		assertThat(placeholders.names()).containsEntry("#s", "status").containsEntry("#n0", "a");
		assertThat(placeholders.values()).containsEntry(":open", AttributeValue.fromS("OPEN")).containsKey(":v0");
	}

	@Test
	void rawConditionClashingWithGeneratedPlaceholderIsRefused() {
		Condition built = Path.of("a").eq(1);
		Condition raw = Condition.raw("#n0 = :v0", Map.of("#n0", "b"), Map.of(":v0", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> render(built.and(raw)))
			.withMessageContaining("'#n0' is already bound in this request to 'a'");
	}

	@Test
	void rawConditionIsCheckedWhenBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> Condition.raw(" ", null, null))
			.withMessage("raw condition expression must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Condition.raw("#a = :b", Map.of("a", "x"), null))
			.withMessageContaining("placeholder 'a' must start with '#'");
	}

	@Test
	void valuesAreConvertedWhenTheConditionIsBuilt() {
		Condition condition = Path.of("tags").contains(Set.of("x"));
		condition.render(placeholders);
		assertThat(placeholders.values().get(":v0")).isEqualTo(AttributeValue.fromSs(List.of("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of("a").eq(new Object()))
			.withMessageContaining("cannot convert java.lang.Object");
	}

	@Test
	void invalidUseIsRefusedWithAClearMessage() {
		Path a = Path.of("a");
		assertThatIllegalArgumentException().isThrownBy(() -> a.in()).withMessage("IN on a needs at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> a.in(List.of())).withMessage("IN on a needs at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> a.in(java.util.Collections.nCopies(101, 1)))
			.withMessage("IN on a accepts at most 100 values, got 101");
		assertThatIllegalArgumentException().isThrownBy(() -> a.between(null, 1)).withMessage("BETWEEN on a needs a non-null value");
		assertThatIllegalArgumentException().isThrownBy(() -> a.lt(null)).withMessage("< on a needs a non-null value");
		assertThatIllegalArgumentException().isThrownBy(() -> a.size().gt(null)).withMessage("> on size(a) needs a non-null value");
		assertThatIllegalArgumentException().isThrownBy(() -> a.beginsWith(null))
			.withMessage("begins_with on a needs a prefix, got null");
		assertThatIllegalArgumentException().isThrownBy(() -> a.hasType(null)).withMessage("attribute_type on a needs a type, got null");
		assertThatIllegalArgumentException().isThrownBy(() -> a.contains(null)).withMessage("contains on a needs an operand, got null");
		assertThatIllegalArgumentException().isThrownBy(() -> Condition.and(a.exists(), null))
			.withMessage("AND got a null condition at position 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Condition.or()).withMessage("OR needs at least one condition");
		assertThatIllegalArgumentException().isThrownBy(() -> Condition.not(null)).withMessage("NOT needs a condition, got null");
	}

	@Test
	void toStringShowsNamesButHidesValues() {
		Condition condition = Path.of("user.password").eq("hunter2").and(Path.of("age").between(18, 99).or(Path.of("tags").exists()));
		assertThat(condition).hasToString("user.password = ? AND (age BETWEEN ? AND ? OR attribute_exists(tags))");
		assertThat(placeholders.values()).isEmpty();
	}

	private String render(Condition condition) {
		return condition.render(placeholders);
	}

}
