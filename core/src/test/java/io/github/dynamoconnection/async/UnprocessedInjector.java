package io.github.dynamoconnection.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Fault injection for batches: on the first {@code times} BatchWriteItem / BatchGetItem calls it
 * withholds the last {@code held} entries of the first table from the request (the server never
 * sees them) and hands them back as {@code UnprocessedItems} / {@code UnprocessedKeys}, as DynamoDB
 * does under throttling. Entries reported unprocessed are therefore written or read only if the
 * connection sends them again.
 */
public final class UnprocessedInjector implements ExecutionInterceptor {

	private static final ExecutionAttribute<Object> WITHHELD = new ExecutionAttribute<>("withheld");

	private final int times;

	private final int held;

	private final AtomicInteger injected = new AtomicInteger();

	private final AtomicInteger withheldEntries = new AtomicInteger();

	public UnprocessedInjector(int times, int held) {
		this.times = times;
		this.held = held;
	}

	/** How many calls got entries withheld. */
	public int injected() {
		return injected.get();
	}

	/** How many entries were withheld over all calls. */
	public int withheldEntries() {
		return withheldEntries.get();
	}

	@Override
	public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
		SdkRequest request = context.request();
		if (request instanceof BatchWriteItemRequest write && take()) {
			Map<String, List<WriteRequest>> items = new LinkedHashMap<>(write.requestItems());
			String table = items.keySet().iterator().next();
			List<WriteRequest> all = items.get(table);
			int keep = Math.max(1, all.size() - held);
			items.put(table, List.copyOf(all.subList(0, keep)));
			Map<String, List<WriteRequest>> withheld = Map.of(table, List.copyOf(all.subList(keep, all.size())));
			withheldEntries.addAndGet(all.size() - keep);
			attributes.putAttribute(WITHHELD, withheld);
			return write.toBuilder().requestItems(items).build();
		}
		if (request instanceof BatchGetItemRequest get && take()) {
			Map<String, KeysAndAttributes> items = new LinkedHashMap<>(get.requestItems());
			String table = items.keySet().iterator().next();
			KeysAndAttributes shape = items.get(table);
			List<Map<String, AttributeValue>> keys = shape.keys();
			int keep = Math.max(1, keys.size() - held);
			items.put(table, shape.toBuilder().keys(List.copyOf(keys.subList(0, keep))).build());
			withheldEntries.addAndGet(keys.size() - keep);
			attributes.putAttribute(WITHHELD,
					Map.of(table, shape.toBuilder().keys(List.copyOf(keys.subList(keep, keys.size()))).build()));
			return get.toBuilder().requestItems(items).build();
		}
		return request;
	}

	@Override
	@SuppressWarnings("unchecked")
	public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
		Object withheld = attributes.getAttribute(WITHHELD);
		if (withheld == null) {
			return context.response();
		}
		if (context.response() instanceof BatchWriteItemResponse write) {
			Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>(write.unprocessedItems());
			((Map<String, List<WriteRequest>>) withheld).forEach((table, requests) -> {
				List<WriteRequest> merged = new ArrayList<>(unprocessed.getOrDefault(table, List.of()));
				merged.addAll(requests);
				unprocessed.put(table, merged);
			});
			return write.toBuilder().unprocessedItems(unprocessed).build();
		}
		if (context.response() instanceof BatchGetItemResponse get) {
			Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(get.unprocessedKeys());
			unprocessed.putAll((Map<String, KeysAndAttributes>) withheld);
			return get.toBuilder().unprocessedKeys(unprocessed).build();
		}
		return context.response();
	}

	private boolean take() {
		if (injected.incrementAndGet() <= times) {
			return true;
		}
		injected.decrementAndGet();
		return false;
	}

}
