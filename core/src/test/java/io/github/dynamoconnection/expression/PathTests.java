package io.github.dynamoconnection.expression;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathTests {

	@Test
	void nestedPathRendersEveryNameThroughAPlaceholder() {
		Placeholders placeholders = new Placeholders();
		assertThat(Path.of("a.b[1].c").render(placeholders)).isEqualTo("#n0.#n1[1].#n2");
		assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "a"), Map.entry("#n1", "b"), Map.entry("#n2", "c"));
		assertThat(placeholders.values()).isEmpty();
	}

	@Test
	void repeatedNamesShareTheirPlaceholder() {
		Placeholders placeholders = new Placeholders();
		assertThat(Path.of("a.a[0][2].b").render(placeholders)).isEqualTo("#n0.#n0[0][2].#n1");
		assertThat(placeholders.names()).hasSize(2);
	}

	@Test
	void reservedWordsAndOddCharactersAreJustNames() {
		Placeholders placeholders = new Placeholders();
		assertThat(Path.of("size.name-with space.count").render(placeholders)).isEqualTo("#n0.#n1.#n2");
		assertThat(placeholders.names()).containsValues("size", "name-with space", "count");
	}

	@Test
	void attributeTakesDotsLiterally() {
		Placeholders placeholders = new Placeholders();
		assertThat(Path.attribute("name.with.dots").field("x[0]").index(3).render(placeholders)).isEqualTo("#n0.#n1[3]");
		assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "name.with.dots"), Map.entry("#n1", "x[0]"));
	}

	@Test
	void builtAndParsedPathsAreEqual() {
		assertThat(Path.of("a").field("b").index(1).field("c")).isEqualTo(Path.of("a.b[1].c"))
			.hasSameHashCodeAs(Path.of("a.b[1].c"))
			.hasToString("a.b[1].c");
		assertThat(Path.of("a.b")).isNotEqualTo(Path.attribute("a.b"));
	}

	@Test
	void pathsAreImmutable() {
		Path base = Path.of("a");
		base.field("b");
		base.index(0);
		assertThat(base).hasToString("a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".a", "a.", "a..b", "[0]", "a[", "a[]", "a[x]", "a[-1]", "a[1]b", "a]", "a[99999999999]" })
	void malformedPathsAreRefusedWithTheirText(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of(text))
			.withMessageContaining((text.isEmpty() ? "path must not be null or empty" : "invalid document path '" + text + "'"));
	}

	@Test
	void nullAndEmptyNamesAndNegativeIndexesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of(null)).withMessage("path must not be null or empty");
		assertThatIllegalArgumentException().isThrownBy(() -> Path.attribute(null)).withMessageContaining("must not be null or empty");
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of("a").field(""))
			.withMessageContaining("must not be null or empty");
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of("a").index(-1))
			.withMessage("list index in path a must not be negative, got -1");
	}

	@Test
	void overlapMeansOneIsAPrefixOfTheOther() {
		assertThat(Path.of("a.b").overlaps(Path.of("a"))).isTrue();
		assertThat(Path.of("a").overlaps(Path.of("a[0]"))).isTrue();
		assertThat(Path.of("a.b").overlaps(Path.of("a.c"))).isFalse();
		assertThat(Path.of("a[0]").overlaps(Path.of("a[1]"))).isFalse();
	}

}
