package io.github.dynamoconnection.sample.reply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.sample.storage.CancellationReasons;
import io.github.dynamoconnection.sample.storage.Timestamps;
import io.github.dynamoconnection.sample.thread.ThreadItems;
import io.github.dynamoconnection.sample.thread.ThreadService;
import io.github.dynamoconnection.sample.web.Page;
import io.github.dynamoconnection.sample.web.PageTokens;
import io.github.dynamoconnection.item.Key;

import org.springframework.stereotype.Service;

/**
 * Replies in the {@code Reply} table. Posting one is a transaction: the reply is put and the
 * thread's reply count and last post time are updated together, or nothing happens.
 */
@Service
public class ReplyService {

	/** The table, as declared in application.yml. */
	public static final String TABLE = "Reply";

	private static final String THREAD_ID = "thread_id";

	private static final String REPLY_ID = "reply_id";

	private final Connection connection;

	private final ThreadService threads;

	private final PageTokens pageTokens;

	public ReplyService(Connection connection, ThreadService threads, PageTokens pageTokens) {
		this.connection = connection;
		this.threads = threads;
		this.pageTokens = pageTokens;
	}

	/** Posts a reply to the thread, which must exist, and counts it on the thread atomically. */
	public Reply post(String forum, String subject, PostReplyRequest request) {
		String now = Timestamps.now();
		Reply reply = new Reply(forum, subject, now + "#" + UUID.randomUUID().toString().substring(0, 8),
				request.author(), request.message(), now);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put(THREAD_ID, threadId(forum, subject));
		item.put(REPLY_ID, reply.id());
		item.put("forum_name", forum);
		item.put("subject", subject);
		item.put("author", reply.author());
		item.put("message", reply.message());
		item.put("posted_at", now);
		try {
			this.connection.transactWriteItems((transaction) -> transaction
				.put(TABLE, item, Path.attribute(REPLY_ID).notExists())
				.update(ThreadItems.TABLE, Key.of(forum, subject),
						Update.add(ThreadItems.REPLIES, 1).set(ThreadItems.LAST_POST_DATETIME, now),
						Path.attribute(ThreadItems.SUBJECT).exists()));
		}
		catch (TransactionCanceledException ex) {
			if (CancellationReasons.conditionFailed(ex, 1)) {
				throw ThreadService.notFound(forum, subject);
			}
			throw ex;
		}
		return reply;
	}

	/** A page of the thread's replies, oldest first. */
	public Page<Reply> list(String forum, String subject, int limit, String pageToken) {
		String threadId = threadId(forum, subject);
		QueryOptions options = QueryOptions.builder()
			.limit(limit)
			.exclusiveStartKey(this.pageTokens.decode(pageToken, THREAD_ID, threadId, Set.of(THREAD_ID, REPLY_ID)))
			.build();
		io.github.dynamoconnection.item.Page page = this.connection.query(TABLE, threadId, options);
		if (page.items().isEmpty() && pageToken == null) {
			this.threads.get(forum, subject);
		}
		return new Page<>(page.items().stream().map(ReplyService::toReply).toList(),
				this.pageTokens.encode(page.lastEvaluatedKey()));
	}

	private static Reply toReply(Map<String, Object> item) {
		return new Reply((String) item.get("forum_name"), (String) item.get("subject"), (String) item.get(REPLY_ID),
				(String) item.get("author"), (String) item.get("message"), (String) item.get("posted_at"));
	}

	private static String threadId(String forum, String subject) {
		return forum + "#" + subject;
	}

}
