package io.github.dynamoconnection.sample.draft;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.sample.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Drafts in the {@code Draft} table, whose time to live attribute {@code expires_at} (epoch
 * seconds, declared in application.yml) lets DynamoDB delete them once expired. DynamoDB deletes
 * expired items only eventually, so reads also treat an expired draft as gone.
 */
@Service
public class DraftService {

	/** The table, as declared in application.yml. */
	public static final String TABLE = "Draft";

	/** The time to live attribute, in epoch seconds. */
	public static final String EXPIRES_AT = "expires_at";

	private final Connection connection;

	public DraftService(Connection connection) {
		this.connection = connection;
	}

	/** Saves a new draft that expires after its time to live. */
	public Draft save(SaveDraftRequest request) {
		Instant expiresAt = Instant.now().plusSeconds(request.ttlSeconds());
		Draft draft = new Draft(UUID.randomUUID().toString(), request.author(), request.forum(), request.subject(),
				request.message(), expiresAt);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", draft.id());
		item.put("author", draft.author());
		item.put("forum_name", draft.forum());
		putIfPresent(item, "subject", draft.subject());
		putIfPresent(item, "message", draft.message());
		item.put(EXPIRES_AT, expiresAt.getEpochSecond());
		this.connection.putItem(TABLE, item);
		return draft;
	}

	/** The draft, unless it does not exist or has expired. */
	public Draft get(String id) {
		GetItemResult result = this.connection.getItem(TABLE, id, null);
		Instant now = Instant.now();
		if (!result.isFound() || !now.isBefore(expiresAt(result.item()))) {
			throw new NotFoundException("Draft '" + id + "' does not exist or has expired");
		}
		Map<String, Object> item = result.item();
		return new Draft(id, (String) item.get("author"), (String) item.get("forum_name"), (String) item.get("subject"),
				(String) item.get("message"), expiresAt(item));
	}

	private static void putIfPresent(Map<String, Object> item, String name, String value) {
		if (value != null) {
			item.put(name, value);
		}
	}

	private static Instant expiresAt(Map<String, Object> item) {
		return Instant.ofEpochSecond(((Number) item.get(EXPIRES_AT)).longValue());
	}

}
