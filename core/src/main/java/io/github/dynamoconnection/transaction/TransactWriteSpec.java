package io.github.dynamoconnection.transaction;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.ConditionalOptionsBase;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

/**
 * The items of one {@code transactWriteItems}, in order: condition checks, puts, updates and
 * deletes, each key a {@link Key}, plus the client request token.
 * A cancellation reports one reason per item, in this order.
 */
public final class TransactWriteSpec extends ConditionalOptionsBase<TransactWriteSpec.Builder> {

	private final List<Entry> entries;

	private final @Nullable String clientRequestToken;

	private final @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private TransactWriteSpec(Builder builder) {
		super(builder, TransactWriteSpec::builder);
		this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
		this.clientRequestToken = builder.clientRequestToken;
		this.returnItemCollectionMetrics = builder.returnItemCollectionMetrics;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static TransactWriteSpec of(Consumer<Builder> spec) {
		return built(TransactWriteSpec.class, spec, TransactWriteSpec::builder, Builder::build);
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.entries.clear();
		builder.entries.addAll(entries);
		builder.clientRequestToken = clientRequestToken;
		builder.returnItemCollectionMetrics = returnItemCollectionMetrics;
	}

	/** The table of every entry, in entry order (repeats included). */
	public List<String> tableNames() {
		return entries.stream().map(Entry::tableName).toList();
	}

	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public @Nullable String clientRequestToken() {
		return clientRequestToken;
	}

	public @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
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
	 * @param key the key (update, delete, condition check), or {@code null} (put)
	 * @param item item (put)
	 * @param update update (update)
	 * @param condition condition, or {@code null} (required for a condition check)
	 */
	public record Entry(Kind kind, String tableName, @Nullable Key key, @Nullable Map<String, ?> item,
			@Nullable Update update, @Nullable Condition condition) {
	}

	/** Builder of {@link TransactWriteSpec}. */
	public static final class Builder extends ConditionalOptionsBase.Builder<Builder> {
		private List<Entry> entries = new ArrayList<>();
		private @Nullable String clientRequestToken;
		private @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

		private Builder() {
		}

		/** Puts a whole item. */
		public Builder put(String tableName, Map<String, ?> item) {
			return put(tableName, item, null);
		}

		/** Puts a whole item if the condition holds. */
		public Builder put(String tableName, Map<String, ?> item, @Nullable Condition condition) {
			entries.add(new Entry(Kind.PUT, tableName, null, item, null, condition));
			return this;
		}

		/** Updates an item. */
		public Builder update(String tableName, Key key, Update update) {
			return update(tableName, key, update, null);
		}

		/** Updates an item if the condition holds. */
		public Builder update(String tableName, Key key, Update update, @Nullable Condition condition) {
			entries.add(new Entry(Kind.UPDATE, tableName, key, null, update, condition));
			return this;
		}

		/** Deletes an item. */
		public Builder delete(String tableName, Key key) {
			return delete(tableName, key, null);
		}

		/** Deletes an item if the condition holds. */
		public Builder delete(String tableName, Key key, @Nullable Condition condition) {
			entries.add(new Entry(Kind.DELETE, tableName, key, null, null, condition));
			return this;
		}

		/** Requires the condition to hold on an item the transaction does not write. */
		public Builder conditionCheck(String tableName, Key key, Condition condition) {
			entries.add(new Entry(Kind.CONDITION_CHECK, tableName, key, null, null, condition));
			return this;
		}

		/** Idempotency token: repeating the call with it within 10 minutes does not write twice. */
		public Builder clientRequestToken(@Nullable String clientRequestToken) {
			this.clientRequestToken = clientRequestToken;
			return this;
		}

		/** Whether to return item collection metrics (SIZE, NONE). */
		public Builder returnItemCollectionMetrics(@Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics) {
			this.returnItemCollectionMetrics = returnItemCollectionMetrics;
			return this;
		}

		/** The spec. */
		public TransactWriteSpec build() {
			return new TransactWriteSpec(this);
		}

	}

}
