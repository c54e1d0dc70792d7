package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.table.TableNamesPage;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Page iterators for Query, Scan and ListTables. */
@ExtendWith(TestBackendExtension.class)
class PaginationTests {

	private final Connection conn;

	PaginationTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	private void fill(int count) {
		Tables.numbered(conn, "Scores");
		conn.batchWriteItem("Scores", IntStream.range(0, count)
			.<Map<String, Object>>mapToObj(i -> Map.of("pk", (i % 2 == 0) ? "even" : "odd", "sk", i, "v", i)).toList(), List.of());
	}

	@Test
	void queryPagesFollowEveryPageInOrder() {
		fill(40);
		List<Page> pages = conn.queryPages("Scores", "even", q -> q.limit(7)).stream().toList();
		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(pages.get(0).hasMorePages()).isTrue();
		assertThat(pages.get(pages.size() - 1).hasMorePages()).isFalse();
		assertThat(conn.queryPages("Scores", "even", q -> q.limit(7)).items()
			.map(item -> ((BigDecimal) item.get("sk")).intValue()).toList())
			.isEqualTo(IntStream.range(0, 40).filter(i -> i % 2 == 0).boxed().toList());
	}

	@Test
	void queryPagesKeepTheRangeConditionAndFilter() {
		fill(40);
		assertThat(conn.queryPages("Scores", "odd", q -> q.limit(3).rangeKeyCondition(RangeKeyCondition.between(10, 30))
			.filter(Path.of("v").ne(15))).items().count()).isEqualTo(9);
	}

	@Test
	void scanPagesReadEverything() {
		fill(55);
		assertThat(conn.scanPages("Scores", s -> s.limit(10)).stream().count()).isGreaterThanOrEqualTo(6);
		assertThat(conn.scanPages("Scores", s -> s.limit(10)).rawItems().count()).isEqualTo(55);
	}

	@Test
	void listTablesFollowsEveryPage() {
		for (int i = 0; i < 5; i++) {
			Tables.hashOnly(conn, "Table" + i);
		}
		TableNamesPage first = conn.listTables(null, 2);
		assertThat(first.tableNames()).hasSize(2);
		assertThat(first.hasMorePages()).isTrue();
		TableNamesPage second = conn.listTables(first.lastEvaluatedTableName(), 2);
		assertThat(second.tableNames()).doesNotContainAnyElementsOf(first.tableNames());
		assertThat(conn.listTables()).containsExactlyInAnyOrder("Table0", "Table1", "Table2", "Table3", "Table4");
	}

}
