package io.github.dynamoconnection.internal.operation;

import java.util.Map;
import java.util.function.Function;

import io.github.dynamoconnection.item.Page;

/**
 * Every page of a Query or Scan, described: where the first page starts and the step fetching the
 * page after a key. The sync driver iterates it, the async one publishes it.
 *
 * @param firstStartKey the exclusive start key of the first page, or {@code null}
 * @param page the step fetching the page starting after a key
 */
public record Paging(Map<String, ?> firstStartKey, Function<Map<String, ?>, Step<Page>> page) {
}
