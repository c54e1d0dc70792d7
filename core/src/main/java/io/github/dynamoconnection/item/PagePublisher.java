package io.github.dynamoconnection.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.dynamoconnection.item.Page;
import org.reactivestreams.Subscriber;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.core.pagination.async.AsyncPageFetcher;
import software.amazon.awssdk.core.pagination.async.ResponsesSubscription;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every page of a Query or Scan as a Reactive Streams publisher: each subscription starts from the
 * first page and fetches the next page only on demand. Paging runs on the SDK's own pagination
 * subscription (the machinery behind {@code QueryPublisher}); each page is fetched through the
 * connection, so listeners, the key schema cache and the exception mapping apply to every page.
 * {@code ResponsesSubscription} and {@code AsyncPageFetcher} are marked {@code @SdkProtectedApi}
 * (public, meant for SDK modules); the BOM pins the SDK version, so a change would show at compile time.
 */
public final class PagePublisher implements SdkPublisher<Page> {

	private final Map<String, ?> firstStartKey;

	private final Function<Map<String, ?>, CompletableFuture<Page>> fetch;

	/**
	 * @param firstStartKey the exclusive start key of the first page, or {@code null}
	 * @param fetch fetches the page starting after a key
	 */
	public PagePublisher(Map<String, ?> firstStartKey, Function<Map<String, ?>, CompletableFuture<Page>> fetch) {
		this.firstStartKey = firstStartKey;
		this.fetch = fetch;
	}

	@Override
	public void subscribe(Subscriber<? super Page> subscriber) {
		subscriber.onSubscribe(ResponsesSubscription.builder()
			.subscriber(subscriber)
			.nextPageFetcher(new AsyncPageFetcher<Page>() {

				@Override
				public boolean hasNextPage(Page previous) {
					return previous.hasMorePages();
				}

				@Override
				public CompletableFuture<Page> nextPage(Page previous) {
					return fetch.apply((previous == null) ? firstStartKey : previous.lastEvaluatedKey());
				}

			})
			.build());
	}

	/** Every item of every page, in plain Java values. */
	public SdkPublisher<Map<String, Object>> items() {
		return flatMapIterable(Page::items);
	}

	/** Every item of every page, as DynamoDB sent them. */
	public SdkPublisher<Map<String, AttributeValue>> rawItems() {
		return flatMapIterable(Page::rawItems);
	}

	/** Reads every page and completes with all their items, in order. */
	public CompletableFuture<List<Map<String, Object>>> allItems() {
		List<Map<String, Object>> all = Collections.synchronizedList(new ArrayList<>());
		return items().subscribe(all::add).thenApply(done -> List.copyOf(all));
	}

}
