package io.github.dynamoconnection.embedded.storage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStoreTests {

	@Test
	void rangePartitionsAreOrderedNumericallyAndCounted() {
		ItemStore store = new ItemStore(true);
		for (String n : new String[] { "10", "-3", "2.5", "100" }) {
			store.put(Value.s("p"), Value.n(n), ItemCodec.encode(Map.of("pk", Value.s("p"), "sk", Value.n(n))), 10);
		}
		assertThat(store.partition(Value.s("p")).keySet()).containsExactly(Value.n("-3"), Value.n("2.5"), Value.n("10"), Value.n("100"));
		assertThat(store.itemCount()).isEqualTo(4);
		assertThat(store.sizeBytes()).isEqualTo(40);
		store.remove(Value.s("p"), Value.n("10"), -10);
		assertThat(store.itemCount()).isEqualTo(3);
		assertThat(store.get(Value.s("p"), Value.n("10"))).isNull();
	}

	@Test
	void scanResumesAfterAnyKeyAndSegmentsCoverEverythingOnce() {
		ItemStore store = new ItemStore(false);
		for (int i = 0; i < 500; i++) {
			store.put(Value.s("k" + i), null, ItemCodec.encode(Map.of("pk", Value.s("k" + i))), 1);
		}
		List<String> all = keys(store.scan(null, null, null, null));
		assertThat(all).hasSize(500).doesNotHaveDuplicates();
		List<String> resumed = keys(store.scan(null, Value.s(all.get(199)), null, null));
		assertThat(resumed).isEqualTo(all.subList(200, 500));
		List<String> segmented = new ArrayList<>();
		int total = 7;
		for (int segment = 0; segment < total; segment++) {
			PartitionKey from = PartitionKey.lowestWithHash(PartitionKey.firstHashOfSegment(segment, total));
			PartitionKey to = (segment + 1 < total) ? PartitionKey.lowestWithHash(PartitionKey.firstHashOfSegment(segment + 1, total)) : null;
			Iterator<byte[]> items = store.scan(from, null, null, to);
			while (items.hasNext()) {
				Map<String, Value> item = ItemCodec.decode(items.next());
				assertThat(PartitionKey.of(item.get("pk")).segment(total)).isEqualTo(segment);
				segmented.add(((Value.S) item.get("pk")).value());
			}
		}
		assertThat(segmented).isEqualTo(all);
	}

	private static List<String> keys(Iterator<byte[]> items) {
		List<String> keys = new ArrayList<>();
		items.forEachRemaining(bytes -> keys.add(((Value.S) ItemCodec.decode(bytes).get("pk")).value()));
		return keys;
	}

}
