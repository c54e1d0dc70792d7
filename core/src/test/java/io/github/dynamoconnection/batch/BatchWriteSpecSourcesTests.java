package io.github.dynamoconnection.batch;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.dynamoconnection.item.Key;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entry of a batch write is read from one sequence of sources, in the order given. */
class BatchWriteSpecSourcesTests {

	@Test
	void singleEntriesAndLazySourcesKeepTheirOrder() {
		BatchWriteSpec spec = BatchWriteSpec.of(b -> b.put("T", Map.of("id", "1"))
			.putAll("T", List.of(Map.of("id", "2"), Map.of("id", "3")))
			.delete("U", Key.of("9"))
			.put("T", Map.of("id", "4")));
		assertThat(spec.entries()).extracting(e -> (e.item() != null) ? e.item().get("id") : "del")
			.containsExactly("1", "2", "3", "del", "4");
		assertThat(spec.tableNames()).containsExactly("T", "U");
		assertThat(spec.replayable()).isTrue();
	}

	@Test
	void toBuilderAddsToACopyOnly() {
		BatchWriteSpec spec = BatchWriteSpec.of(b -> b.put("T", Map.of("id", "1")));
		BatchWriteSpec more = spec.toBuilder().put("T", Map.of("id", "2")).build();
		assertThat(spec.entries()).hasSize(1);
		assertThat(more.entries()).hasSize(2);
	}

	@Test
	void aStreamIsReadOnlyWhenTheEntriesAre() {
		int[] read = {0};
		BatchWriteSpec spec = BatchWriteSpec.of(b -> b.putAll("T", Stream.of(1, 2).peek(i -> read[0]++)
			.map(i -> Map.of("id", i))));
		assertThat(read[0]).isZero();
		assertThat(spec.replayable()).isFalse();
		assertThat(spec.isEmpty()).isFalse();
		assertThat(spec.entrySequence()).hasSize(2);
		assertThat(read[0]).isEqualTo(2);
	}

}
