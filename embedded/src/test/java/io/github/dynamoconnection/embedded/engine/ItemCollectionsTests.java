package io.github.dynamoconnection.embedded.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

import static org.assertj.core.api.Assertions.assertThat;

/** ItemCollectionMetrics sized from the collection's real bytes: its items plus their local index images. */
class ItemCollectionsTests {

	private static Map<String, Value> item(String pk, String sk, Integer rank) {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("pk", new Value.S(pk));
		item.put("sk", new Value.S(sk));
		if (rank != null) {
			item.put("r", new Value.N(BigDecimal.valueOf(rank)));
		}
		item.put("v", new Value.S("0123456789"));
		return item;
	}

	@Test
	void collectionBytesCountItemsAndTheirLocalIndexImages() {
		KeySchema keys = new KeySchema("pk", ValueType.S, "sk", ValueType.S);
		Table table = new Table("Collected", "id", "arn", Instant.EPOCH, Map.of("pk", ValueType.S, "sk", ValueType.S, "r", ValueType.N), keys);
		table.addIndex(new SecondaryIndex("byRank", false, new KeySchema("pk", ValueType.S, "r", ValueType.N), new Projection("KEYS_ONLY", null), null));
		Value a = new Value.S("a");
		assertThat(ItemCollections.collectionBytes(table, a)).isZero();

		Map<String, Value> unindexed = item("a", "x", null);
		Map<String, Value> indexed = item("a", "y", 1);
		Map<String, Value> keysOnlyImage = new LinkedHashMap<>(indexed);
		keysOnlyImage.remove("v");
		table.lock.writeLock().lock();
		try {
			table.write(table.keyOf(unindexed), null, unindexed, null);
			table.write(table.keyOf(indexed), null, indexed, null);
			table.write(table.keyOf(item("b", "y", 2)), null, item("b", "y", 2), null);
		}
		finally {
			table.lock.writeLock().unlock();
		}

		assertThat(ItemCollections.collectionBytes(table, a))
			.isEqualTo(Sizes.itemSize(unindexed) + Sizes.itemSize(indexed) + Sizes.itemSize(keysOnlyImage));
		table.lock.writeLock().lock();
		try {
			table.write(table.keyOf(unindexed), unindexed, null, null);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		assertThat(ItemCollections.collectionBytes(table, a)).isEqualTo(Sizes.itemSize(indexed) + Sizes.itemSize(keysOnlyImage));
		assertThat(ItemCollections.metrics(table, table.keyOf(indexed)).get("SizeEstimateRangeGB").toString()).isEqualTo("[0.0,1.0]");
	}

	@Test
	void rangeIsTheWholeGigabytesAroundTheSize() {
		long gb = 1024L * 1024 * 1024;
		assertThat(ItemCollections.rangeGb(0)).containsExactly(0.0, 1.0);
		assertThat(ItemCollections.rangeGb(gb - 1)).containsExactly(0.0, 1.0);
		assertThat(ItemCollections.rangeGb(gb)).containsExactly(1.0, 2.0);
		assertThat(ItemCollections.rangeGb(gb * 3 / 2)).containsExactly(1.0, 2.0);
		assertThat(ItemCollections.rangeGb(10 * gb)).containsExactly(10.0, 11.0);
	}

}
