package io.github.dynamoconnection.sample.thread;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Thread} table's layout (PynamoDB's forum example) and the conversion between its
 * items and {@link ForumThread}.
 */
public final class ThreadItems {

	/** The table, as declared in application.yml. */
	public static final String TABLE = "Thread";

	/** The global index of a forum's threads by last post time. */
	public static final String LATEST_INDEX = "latest-threads";

	/** Hash key attribute. */
	public static final String FORUM_NAME = "forum_name";

	/** Range key attribute. */
	public static final String SUBJECT = "subject";

	/** Range key attribute of {@link #LATEST_INDEX}. */
	public static final String LAST_POST_DATETIME = "last_post_datetime";

	/** View counter attribute. */
	public static final String VIEWS = "views";

	/** Reply counter attribute. */
	public static final String REPLIES = "replies";

	/** Key attributes of a page token of the table. */
	static final Set<String> TABLE_KEY = Set.of(FORUM_NAME, SUBJECT);

	/** Key attributes of a page token of {@link #LATEST_INDEX}. */
	static final Set<String> LATEST_INDEX_KEY = Set.of(FORUM_NAME, SUBJECT, LAST_POST_DATETIME);

	private ThreadItems() {
	}

	/** The item of a new thread: no views, no replies, posted now. */
	static Map<String, Object> newItem(String forum, PostThreadRequest request, String now) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put(FORUM_NAME, forum);
		item.put(SUBJECT, request.subject());
		item.put("message", request.message());
		item.put("author", request.author());
		if (!request.tags().isEmpty()) {
			item.put("tags", request.tags());
		}
		item.put(VIEWS, 0);
		item.put(REPLIES, 0);
		item.put(LAST_POST_DATETIME, now);
		return item;
	}

	/** The thread an item (in plain Java values) holds. */
	@SuppressWarnings("unchecked")
	static ForumThread toThread(Map<String, Object> item) {
		Object tags = item.get("tags");
		return new ForumThread((String) item.get(FORUM_NAME), (String) item.get(SUBJECT), (String) item.get("message"),
				(String) item.get("author"), (tags != null) ? (Set<String>) tags : Set.of(), number(item.get(VIEWS)),
				number(item.get(REPLIES)), (String) item.get(LAST_POST_DATETIME));
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
