package io.github.dynamoconnection.embedded.engine;

import java.util.Map;

import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ItemCollectionMetrics} of tables with local secondary indexes. As DynamoDB documents for
 * {@code SizeEstimateRangeGB}, the estimate covers every item of the collection (the items sharing a
 * partition key) plus the attributes projected into each local secondary index; the range is the
 * whole gigabytes below and above the collection's actual size.
 */
final class ItemCollections {

	private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

	private ItemCollections() {
	}

	/** The metrics of the item collection holding this key, as it is now. */
	static ObjectNode metrics(Table table, ItemKey key) {
		ObjectNode metrics = JsonNodeFactory.instance.objectNode();
		metrics.putObject("ItemCollectionKey").set(table.keys.hashName(), AttributeValueJson.write(key.hash()));
		double[] range = rangeGb(collectionBytes(table, key.hash()));
		metrics.putArray("SizeEstimateRangeGB").add(range[0]).add(range[1]);
		return metrics;
	}

	/** The bytes of one item collection: its items and their images in every local secondary index. */
	static long collectionBytes(Table table, Value hash) {
		table.lock.readLock().lock();
		try {
			long bytes = 0;
			for (byte[] item : table.items.partition(hash).values()) {
				bytes += Sizes.itemSize(ItemCodec.decode(item));
			}
			for (SecondaryIndex index : table.localIndexes()) {
				for (byte[] entry : index.store.partition(hash).values()) {
					Map<String, Value> item = ItemCodec.decode(entry);
					bytes += Sizes.itemSize(index.project(item, table.keys));
				}
			}
			return bytes;
		}
		finally {
			table.lock.readLock().unlock();
		}
	}

	/** The lower and upper bound, in whole gigabytes, around a size in bytes. */
	static double[] rangeGb(long bytes) {
		double lower = Math.floor(bytes / BYTES_PER_GB);
		return new double[] { lower, lower + 1 };
	}

}
