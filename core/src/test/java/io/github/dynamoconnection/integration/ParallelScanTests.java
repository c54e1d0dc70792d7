package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parallel scan over N segments: every item exactly once, in segment order. */
@ExtendWith(TestBackendExtension.class)
class ParallelScanTests {

	private final Connection conn;

	ParallelScanTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	private void fill() {
		Tables.hashOnly(conn, "Events");
		conn.batchWriteItem("Events", IntStream.range(0, 80)
			.<Map<String, Object>>mapToObj(i -> Map.of("id", "e" + i, "n", i)).toList(), List.of());
	}

	@Test
	void everyItemExactlyOnceAcrossSegments() {
		fill();
		List<Map<String, Object>> items = conn.parallelScan("Events", 4, s -> s.limit(7), null);
		assertThat(items).extracting(item -> item.get("id"))
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 80).mapToObj(i -> "e" + i).toList());
	}

	@Test
	void itemsComeInSegmentOrder() {
		fill();
		List<Object> expected = IntStream.range(0, 3)
			.mapToObj(segment -> conn.scanPages("Events", s -> s.segment(segment, 3)).items().map(item -> item.get("id")))
			.flatMap(ids -> ids)
			.toList();
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			assertThat(conn.parallelScan("Events", 3, ScanOptions.defaults(), executor)).extracting(item -> item.get("id"))
				.containsExactlyElementsOf(expected);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void filtersApplyToEverySegment() {
		fill();
		assertThat(conn.parallelScan("Events", 5, s -> s.filter(Path.of("n").lt(10)), null)).hasSize(10);
	}

	@Test
	void failuresAndBadSegmentCountsSurface() {
		assertThatThrownBy(() -> conn.parallelScan("Missing", 2)).isInstanceOf(TableDoesNotExistException.class);
		assertThatThrownBy(() -> conn.parallelScan("Missing", 0)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("totalSegments");
	}

}
