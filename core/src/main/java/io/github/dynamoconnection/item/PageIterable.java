package io.github.dynamoconnection.item;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every page of a Query or Scan, fetched lazily one call at a time as iteration proceeds; each
 * iteration starts again from the first page. {@link #items()} flattens the pages. Hand-written
 * rather than the SDK paginators so each page goes through the connection's listeners and
 * exception mapping.
 */
public final class PageIterable implements Iterable<Page> {

	private final Map<String, ?> firstStartKey;

	private final Function<Map<String, ?>, Page> fetch;

	/**
	 * @param firstStartKey the exclusive start key of the first page, or {@code null}
	 * @param fetch fetches the page starting after a key
	 */
	public PageIterable(Map<String, ?> firstStartKey, Function<Map<String, ?>, Page> fetch) {
		this.firstStartKey = firstStartKey;
		this.fetch = fetch;
	}

	@Override
	public Iterator<Page> iterator() {
		return new Iterator<>() {

			private Map<String, ?> startKey = firstStartKey;

			private boolean done;

			@Override
			public boolean hasNext() {
				return !done;
			}

			@Override
			public Page next() {
				if (done) {
					throw new NoSuchElementException();
				}
				Page page = fetch.apply(startKey);
				Map<String, AttributeValue> last = page.lastEvaluatedKey();
				startKey = last;
				done = (last == null);
				return page;
			}

		};
	}

	/** The pages as a sequential stream. */
	public Stream<Page> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/** Every item of every page, in plain Java values. */
	public Stream<Map<String, Object>> items() {
		return stream().flatMap(page -> page.items().stream());
	}

	/** Every item of every page, as DynamoDB sent them. */
	public Stream<Map<String, AttributeValue>> rawItems() {
		return stream().flatMap(page -> page.rawItems().stream());
	}

}
