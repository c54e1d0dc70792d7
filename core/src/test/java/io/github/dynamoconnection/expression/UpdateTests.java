package io.github.dynamoconnection.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpdateTests {

	private final Placeholders placeholders = new Placeholders();

	@Test
	void rendersClausesInOrderWhateverTheChainOrder() {
		Update update = Update.remove("old").delete("tags", Set.of("x")).add("count", 1).set("a", 1);
		assertThat(update.render(placeholders)).isEqualTo("SET #n0 = :v0 REMOVE #n1 ADD #n2 :v1 DELETE #n3 :v2");
		assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "a"), Map.entry("#n1", "old"), Map.entry("#n2", "count"),
				Map.entry("#n3", "tags"));
		assertThat(placeholders.values()).containsEntry(":v1", AttributeValue.fromN("1"))
			.containsEntry(":v2", AttributeValue.fromSs(List.of("x")));
	}

	@Test
	void setActionsShareOneClause() {
		Update update = Update.set("a", "x")
			.setIfNotExists("created", 5)
			.increment("views", 1)
			.decrement("stock", 2)
			.appendToList("log", List.of("e"))
			.prependToList("recent", new Object[] { "f" });
		assertThat(update.render(placeholders)).isEqualTo("SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1), #n2 = #n2 + :v2, "
				+ "#n3 = #n3 - :v3, #n4 = list_append(#n4, :v4), #n5 = list_append(:v5, #n5)");
		assertThat(placeholders.values().get(":v5")).isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("f"))));
	}

	@Test
	void removeTakesSeveralPathsIncludingNestedOnes() {
		assertThat(Update.remove("a", "b.c[2]").remove(Path.attribute("d.e")).render(placeholders))
			.isEqualTo("REMOVE #n0, #n1.#n2[2], #n3");
		assertThat(placeholders.names()).containsEntry("#n3", "d.e");
	}

	@Test
	void conditionAndUpdateShareOnePlaceholderNumbering() {
		Update update = Update.set("status", "closed").increment("version", 1);
		Condition condition = Path.of("version").eq(3).and(Path.of("status").ne("locked"));
		String updateText = update.render(placeholders);
		String conditionText = condition.render(placeholders);
		assertThat(updateText).isEqualTo("SET #n0 = :v0, #n1 = #n1 + :v1");
		assertThat(conditionText).isEqualTo("#n1 = :v2 AND #n0 <> :v3");
		assertThat(placeholders.names()).containsOnlyKeys("#n0", "#n1");
		assertThat(placeholders.values()).containsOnlyKeys(":v0", ":v1", ":v2", ":v3");
	}

	@Test
	void updatesAreImmutable() {
		UpdateActions base = Update.set("a", 1);
		UpdateActions longer = base.set("b", 2);
		assertThat(base.render(new Placeholders())).isEqualTo("SET #n0 = :v0");
		assertThat(longer.render(new Placeholders())).isEqualTo("SET #n0 = :v0, #n1 = :v1");
	}

	@Test
	void oneUpdateRendersTheSameIntoEveryRequest() {
		Update update = Update.set("a", "x").add("n", 2);
		Placeholders first = new Placeholders();
		Placeholders second = new Placeholders();
		assertThat(update.render(first)).isEqualTo(update.render(second)).isEqualTo("SET #n0 = :v0 ADD #n1 :v1");
		assertThat(first.values()).isEqualTo(second.values());
		assertThat(update).hasToString("SET a = ? ADD n ?");
	}

	@Test
	void updatesCombine() {
		UpdateActions combined = Update.set("a", 1).and(Update.remove("b"));
		assertThat(combined.render(placeholders)).isEqualTo("SET #n0 = :v0 REMOVE #n1");
	}

	@Test
	void overlappingPathsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Update.set("a", 1).remove("a"))
			.withMessage("update paths 'a' (set) and 'a' (remove) overlap; DynamoDB refuses two actions on overlapping paths");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.set("a.b", 1).add("a", 1))
			.withMessageStartingWith("update paths 'a.b' (set) and 'a' (add) overlap");
		assertThat(Update.set("a[0]", 1).set("a[1]", 2).render(placeholders)).isEqualTo("SET #n0[0] = :v0, #n0[1] = :v1");
	}

	@Test
	void valuesOfTheWrongKindAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Update.add("tags", "x"))
			.withMessage("add on tags needs a number or a non-empty Set, got java.lang.String");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.delete("tags", 1))
			.withMessage("delete on tags needs a non-empty Set, got java.lang.Integer");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.appendToList("log", "x"))
			.withMessage("appendToList on log needs a List or array, got java.lang.String");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.increment("n", null))
			.withMessage("increment on n needs a number, got null");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.delete("tags", Set.of()))
			.withMessageContaining("empty Set");
	}

	@Test
	void invalidUseIsRefusedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> Update.set((Path) null, 1)).withMessage("set needs a path, got null");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.set((String) null, 1))
			.withMessage("path must not be null or empty");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.remove(new String[0])).withMessage("remove needs at least one path");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateActions.NONE.render(placeholders))
			.withMessage("update has no actions");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.set("a", 1).and(null))
			.withMessage("cannot combine an update with null");
	}

	@Test
	void rawUpdateMergesItsPlaceholders() {
		Update raw = Update.raw("SET #c = #c + :one", Map.of("#c", "count"), Map.of(":one", 1));
		Condition condition = Path.of("count").lt(10);
		assertThat(raw.render(placeholders)).isEqualTo("SET #c = #c + :one");
		assertThat(condition.render(placeholders)).isEqualTo("#n0 < :v0");
		assertThat(placeholders.names()).containsEntry("#c", "count").containsEntry("#n0", "count");
		assertThat(placeholders.values()).containsEntry(":one", AttributeValue.fromN("1"));
		assertThat(raw).hasToString("SET #c = #c + :one");
		assertThatIllegalArgumentException().isThrownBy(() -> Update.raw("", null, null))
			.withMessage("raw update expression must not be null or blank");
	}

}
