package io.github.dynamoconnection.sample.thread;

import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.sample.forum.ForumService;
import io.github.dynamoconnection.sample.storage.CancellationReasons;
import io.github.dynamoconnection.sample.storage.Timestamps;
import io.github.dynamoconnection.sample.web.ConflictException;
import io.github.dynamoconnection.sample.web.NotFoundException;
import io.github.dynamoconnection.sample.web.Page;
import io.github.dynamoconnection.sample.web.PageTokens;
import io.github.dynamoconnection.item.Key;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.stereotype.Service;

import static io.github.dynamoconnection.sample.thread.ThreadItems.FORUM_NAME;
import static io.github.dynamoconnection.sample.thread.ThreadItems.SUBJECT;
import static io.github.dynamoconnection.sample.thread.ThreadItems.TABLE;

/**
 * Threads in the {@code Thread} table: posted in a transaction that checks the forum exists and
 * never overwrites a thread; read, listed page by page, counted, deleted.
 */
@Service
public class ThreadService {

	private final Connection connection;

	private final PageTokens pageTokens;

	public ThreadService(Connection connection, PageTokens pageTokens) {
		this.connection = connection;
		this.pageTokens = pageTokens;
	}

	/** Posts a thread: 404 when the forum does not exist, 409 when the subject is taken. */
	public ForumThread post(String forum, PostThreadRequest request) {
		Map<String, Object> item = ThreadItems.newItem(forum, request, Timestamps.now());
		try {
			this.connection.transactWriteItems((transaction) -> transaction
				.conditionCheck(ForumService.TABLE, Key.of(forum), Path.attribute(ForumService.NAME).exists())
				.put(TABLE, item, Path.attribute(SUBJECT).notExists()));
		}
		catch (TransactionCanceledException ex) {
			if (CancellationReasons.conditionFailed(ex, 0)) {
				throw ForumService.notFound(forum);
			}
			if (CancellationReasons.conditionFailed(ex, 1)) {
				throw new ConflictException("Forum '" + forum + "' already has a thread '" + request.subject() + "'");
			}
			throw ex;
		}
		return ThreadItems.toThread(item);
	}

	/** The thread, read consistently (its consumed capacity is recorded by the starter's meters). */
	public ForumThread get(String forum, String subject) {
		GetItemResult result = this.connection.getItem(TABLE, Key.of(forum, subject),
				GetItemOptions.builder().consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
		if (!result.isFound()) {
			throw notFound(forum, subject);
		}
		return ThreadItems.toThread(result.item());
	}

	/** A page of the forum's threads by subject, optionally only subjects starting with {@code prefix}. */
	public Page<ForumThread> list(String forum, String prefix, int limit, String pageToken) {
		QueryOptions.Builder options = QueryOptions.builder()
			.limit(limit)
			.exclusiveStartKey(this.pageTokens.decode(pageToken, FORUM_NAME, forum, ThreadItems.TABLE_KEY));
		if (prefix != null && !prefix.isEmpty()) {
			options.rangeKeyCondition(RangeKeyCondition.beginsWith(prefix));
		}
		return page(this.connection.query(TABLE, forum, options.build()));
	}

	/** A page of the forum's threads, most recently posted to first (the {@code latest-threads} index). */
	public Page<ForumThread> latest(String forum, int limit, String pageToken) {
		QueryOptions options = QueryOptions.builder()
			.indexName(ThreadItems.LATEST_INDEX)
			.descending()
			.limit(limit)
			.exclusiveStartKey(this.pageTokens.decode(pageToken, FORUM_NAME, forum, ThreadItems.LATEST_INDEX_KEY))
			.build();
		return page(this.connection.query(TABLE, forum, options));
	}

	/** Counts one view (an atomic ADD) and returns the new count; its consumed capacity is recorded too. */
	public ViewCount countView(String forum, String subject) {
		try {
			WriteResult result = this.connection.updateItem(TABLE, Key.of(forum, subject), Update.add(ThreadItems.VIEWS, 1),
					WriteOptions.builder()
						.condition(Path.attribute(SUBJECT).exists())
						.returnValues(ReturnValue.UPDATED_NEW)
						.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
						.build());
			return new ViewCount(forum, subject, ((Number) result.attributes().get(ThreadItems.VIEWS)).longValue());
		}
		catch (ConditionalCheckFailedException ex) {
			throw notFound(forum, subject);
		}
	}

	/** Deletes the thread and returns it as it was. */
	public ForumThread delete(String forum, String subject) {
		try {
			WriteResult result = this.connection.deleteItem(TABLE, Key.of(forum, subject),
					WriteOptions.builder()
						.condition(Path.attribute(SUBJECT).exists())
						.returnValues(ReturnValue.ALL_OLD)
						.build());
			return ThreadItems.toThread(result.attributes());
		}
		catch (ConditionalCheckFailedException ex) {
			throw notFound(forum, subject);
		}
	}

	private Page<ForumThread> page(io.github.dynamoconnection.item.Page page) {
		return new Page<>(page.items().stream().map(ThreadItems::toThread).toList(),
				this.pageTokens.encode(page.lastEvaluatedKey()));
	}

	/** The 404 for a thread that does not exist. */
	public static NotFoundException notFound(String forum, String subject) {
		return new NotFoundException("Forum '" + forum + "' has no thread '" + subject + "'");
	}

}
