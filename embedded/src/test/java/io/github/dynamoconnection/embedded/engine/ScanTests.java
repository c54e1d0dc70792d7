package io.github.dynamoconnection.embedded.engine;

import java.util.HashSet;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ScanTests {

	private final EngineFixture fixture = new EngineFixture();

	@BeforeEach
	void fill() {
		fixture.createTable("Ranged", true);
		for (int p = 0; p < 10; p++) {
			for (int s = 0; s < 5; s++) {
				fixture.call("PutItem", "{'TableName':'Ranged','Item':{'pk':{'S':'p" + p + "'},'sk':{'S':'s" + s + "'},'v':{'N':'" + (p * 10 + s) + "'}}}");
			}
		}
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void pagesWithLimitVisitEveryItemOnceAndReportLastEvaluatedKey() {
		Set<String> seen = new HashSet<>();
		String start = "";
		int pages = 0;
		while (true) {
			ObjectNode page = fixture.call("Scan", "{'TableName':'Ranged','Limit':7" + start + "}");
			pages++;
			for (JsonNode item : page.get("Items")) {
				assertThat(seen.add(item.get("pk").get("S").asString() + "/" + item.get("sk").get("S").asString())).isTrue();
			}
			if (!page.has("LastEvaluatedKey")) {
				break;
			}
			assertThat(page.get("Count").asInt()).isEqualTo(7);
			start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey");
		}
		assertThat(seen).hasSize(50);
		assertThat(pages).isEqualTo(8);
	}

	@Test
	void limitReachedOnLastItemStillReturnsLastEvaluatedKey() {
		ObjectNode page = fixture.call("Scan", "{'TableName':'Ranged','Limit':50}");
		assertThat(page.get("Count").asInt()).isEqualTo(50);
		assertThat(page.has("LastEvaluatedKey")).isTrue();
		ObjectNode next = fixture.call("Scan", "{'TableName':'Ranged','ExclusiveStartKey':" + page.get("LastEvaluatedKey") + "}");
		assertThat(next.get("Count").asInt()).isZero();
	}

	@Test
	void parallelSegmentsPartitionTheTable() {
		Set<String> seen = new HashSet<>();
		int total = 0;
		for (int segment = 0; segment < 4; segment++) {
			ObjectNode page = fixture.call("Scan", "{'TableName':'Ranged','Segment':" + segment + ",'TotalSegments':4}");
			total += page.get("Count").asInt();
			page.get("Items").forEach(item -> seen.add(item.get("pk").get("S").asString() + item.get("sk").get("S").asString()));
		}
		assertThat(total).isEqualTo(50);
		assertThat(seen).hasSize(50);
	}

	@Test
	void selectCountReturnsNoItems() {
		ObjectNode page = fixture.call("Scan", "{'TableName':'Ranged','Select':'COUNT','ReturnConsumedCapacity':'TOTAL'}");
		assertThat(page.has("Items")).isFalse();
		assertThat(page.get("Count").asInt()).isEqualTo(50);
		assertThat(page.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(0.5);
	}

	@Test
	void badSegmentsAndStartKeysAreRefused() {
		fixture.assertError("Scan", "{'TableName':'Ranged','Segment':4,'TotalSegments':4}", "ValidationException",
				"Segment: 4 is not less than TotalSegments: 4");
		fixture.assertError("Scan", "{'TableName':'Ranged','Segment':1}", "ValidationException", "TotalSegments parameter is required");
		fixture.assertError("Scan", "{'TableName':'Ranged','ExclusiveStartKey':{'pk':{'S':'x'}}}", "ValidationException",
				"The provided starting key is invalid");
		for (int segment = 0; segment < 2; segment++) {
			try {
				fixture.call("Scan", "{'TableName':'Ranged','Segment':" + segment + ",'TotalSegments':2,'ExclusiveStartKey':{'pk':{'S':'p1'},'sk':{'S':'s1'}}}");
			}
			catch (EngineException ex) {
				assertThat(ex.getMessage()).isEqualTo("The provided Exclusive start key does not map to the provided segment");
			}
		}
		fixture.assertError("Scan", "{'TableName':'Ranged','IndexName':'nope'}", "ValidationException",
				"The table does not have the specified index: nope");
	}

	@Test
	void pageStopsAfterOneMegabyteRead() {
		fixture.createTable("Large", false);
		String value = "x".repeat(100 * 1024);
		for (int i = 0; i < 15; i++) {
			fixture.call("PutItem", "{'TableName':'Large','Item':{'pk':{'S':'k" + i + "'},'v':{'S':'" + value + "'}}}");
		}
		ObjectNode first = fixture.call("Scan", "{'TableName':'Large','Select':'COUNT'}");
		assertThat(first.get("ScannedCount").asInt()).isEqualTo(11);
		assertThat(first.has("LastEvaluatedKey")).isTrue();
		ObjectNode rest = fixture.call("Scan", "{'TableName':'Large','Select':'COUNT','ExclusiveStartKey':" + first.get("LastEvaluatedKey") + "}");
		assertThat(rest.get("ScannedCount").asInt()).isEqualTo(4);
		assertThat(rest.has("LastEvaluatedKey")).isFalse();
	}

}
