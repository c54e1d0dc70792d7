package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.item.ScanOptions;

/**
 * A parallel scan described: segments 0..N-1, each every page of its own Scan; the drivers run at
 * most {@code concurrency} segments at once and merge the items in segment order.
 *
 * @param tableName the table, as the caller names it
 * @param segments every page of each segment, in segment order
 * @param concurrency the most segments read at once
 */
public record ParallelScanPlan(String tableName, List<Paging> segments, int concurrency) {

	/** The plan for {@code totalSegments} segments, refusing a count DynamoDB refuses. */
	public static ParallelScanPlan of(ItemSteps items, String tableName, int totalSegments, ScanOptions options) {
		if (totalSegments < 1 || totalSegments > 1_000_000) {
			throw new InvalidArgumentException(Operation.SCAN.awsName(), List.of(String.valueOf(tableName)),
					"Scan on table '" + tableName + "': totalSegments must be in [1, 1000000], got " + totalSegments);
		}
		List<Paging> segments = new ArrayList<>(totalSegments);
		for (int segment = 0; segment < totalSegments; segment++) {
			segments.add(items.scanPages(tableName, options.toBuilder().segment(segment, totalSegments).build()));
		}
		return new ParallelScanPlan(tableName, List.copyOf(segments), items.parallelScanConcurrency());
	}

}
