package io.github.dynamoconnection.transaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.expression.Update;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The items of one {@code transactWriteItems}, in order: condition checks, puts, updates and
 * deletes (use {@code null} as range key on hash-only tables), plus the client request token.
 * A cancellation reports one reason per item, in this order.
 */
public final class TransactWriteSpec {

	private final List<Entry> entries = new ArrayList<>();

	private String clientRequestToken;

	private ReturnConsumedCapacity returnConsumedCapacity;

	private ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

	/** A spec filled in by {@code spec}. */
	public static TransactWriteSpec of(java.util.function.Consumer<TransactWriteSpec> spec) {
		TransactWriteSpec filled = new TransactWriteSpec();
		spec.accept(filled);
		return filled;
	}

	/** Puts a whole item. */
	public TransactWriteSpec put(String tableName, Map<String, ?> item) {
		return put(tableName, item, null);
	}

	/** Puts a whole item if the condition holds. */
	public TransactWriteSpec put(String tableName, Map<String, ?> item, Condition condition) {
		entries.add(new Entry(Kind.PUT, tableName, null, null, item, null, condition));
		return this;
	}

	/** Updates an item. */
	public TransactWriteSpec update(String tableName, Object hashKey, Object rangeKey, Update update) {
		return update(tableName, hashKey, rangeKey, update, null);
	}

	/** Updates an item if the condition holds. */
	public TransactWriteSpec update(String tableName, Object hashKey, Object rangeKey, Update update, Condition condition) {
		entries.add(new Entry(Kind.UPDATE, tableName, hashKey, rangeKey, null, update, condition));
		return this;
	}

	/** Deletes an item. */
	public TransactWriteSpec delete(String tableName, Object hashKey, Object rangeKey) {
		return delete(tableName, hashKey, rangeKey, null);
	}

	/** Deletes an item if the condition holds. */
	public TransactWriteSpec delete(String tableName, Object hashKey, Object rangeKey, Condition condition) {
		entries.add(new Entry(Kind.DELETE, tableName, hashKey, rangeKey, null, null, condition));
		return this;
	}

	/** Requires the condition to hold on an item the transaction does not write. */
	public TransactWriteSpec conditionCheck(String tableName, Object hashKey, Object rangeKey, Condition condition) {
		entries.add(new Entry(Kind.CONDITION_CHECK, tableName, hashKey, rangeKey, null, null, condition));
		return this;
	}

	/** Idempotency token: repeating the call with it within 10 minutes does not write twice. */
	public TransactWriteSpec clientRequestToken(String clientRequestToken) {
		this.clientRequestToken = clientRequestToken;
		return this;
	}

	/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
	public TransactWriteSpec returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
		this.returnConsumedCapacity = returnConsumedCapacity;
		return this;
	}

	/** Whether to return item collection metrics (SIZE, NONE). */
	public TransactWriteSpec returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
		this.returnItemCollectionMetrics = returnItemCollectionMetrics;
		return this;
	}

	/** ALL_OLD puts the current item of a failed condition into its cancellation reason (every item). */
	public TransactWriteSpec returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValues) {
		this.returnValuesOnConditionCheckFailure = returnValues;
		return this;
	}

	/** The table of every entry, in entry order (repeats included). */
	public List<String> tableNames() {
		return entries.stream().map(Entry::tableName).toList();
	}

	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public String clientRequestToken() {
		return clientRequestToken;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
	}

	public ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
		return returnValuesOnConditionCheckFailure;
	}

	/** What a transaction item does. */
	public enum Kind {
		PUT, UPDATE, DELETE, CONDITION_CHECK
	}

	/**
	 * One transaction item.
	 *
	 * @param kind what it does
	 * @param tableName the table
	 * @param hashKey key (update, delete, condition check)
	 * @param rangeKey range key, or {@code null}
	 * @param item item (put)
	 * @param update update (update)
	 * @param condition condition, or {@code null} (required for a condition check)
	 */
	public record Entry(Kind kind, String tableName, Object hashKey, Object rangeKey, Map<String, ?> item,
			Update update, Condition condition) {
	}

}
