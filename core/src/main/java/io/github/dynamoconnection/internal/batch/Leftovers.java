package io.github.dynamoconnection.internal.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.internal.schema.TableNames;

/**
 * The entries a failed batch did not do, by physical table, in the order they were given up: what
 * was left of each chunk, then the rest of the input. Not thread-safe (the run's lock guards it).
 *
 * @param <E> one entry as sent
 */
final class Leftovers<E> {

	private final Map<String, List<E>> left = new LinkedHashMap<>();

	void keep(String physicalTable, List<E> entries) {
		if (!entries.isEmpty()) {
			left.computeIfAbsent(physicalTable, t -> new ArrayList<>()).addAll(entries);
		}
	}

	/**
	 * Keeps every entry the input still holds; an entry that fails to convert is skipped, and after
	 * {@code maxSkipped} of them the input is left alone.
	 * @return how many entries were skipped
	 */
	int drain(Iterator<Pending<E>> input, int maxSkipped) {
		int skipped = 0;
		while (skipped <= maxSkipped) {
			try {
				if (!input.hasNext()) {
					break;
				}
				Pending<E> pending = input.next();
				keep(pending.physicalTable(), List.of(pending.entry()));
			}
			catch (RuntimeException ex) {
				skipped++;
			}
		}
		return skipped;
	}

	/** The entries kept, by table as the caller names them. */
	Map<String, List<E>> byLogicalTable(TableNames names) {
		Map<String, List<E>> byLogical = new LinkedHashMap<>();
		left.forEach((table, entries) -> byLogical.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(entries));
		byLogical.replaceAll((table, entries) -> List.copyOf(entries));
		return byLogical;
	}

}
