package io.github.dynamoconnection.sample.forum;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.sample.storage.Timestamps;
import io.github.dynamoconnection.sample.web.ConflictException;
import io.github.dynamoconnection.sample.web.NotFoundException;
import io.github.dynamoconnection.item.Key;

import org.springframework.stereotype.Service;

/**
 * Forums in the {@code Forum} table: created with a conditional put so that no forum is ever
 * overwritten, read by name.
 */
@Service
public class ForumService {

	/** The table, as declared in application.yml. */
	public static final String TABLE = "Forum";

	/** Its hash key attribute. */
	public static final String NAME = "name";

	private final Connection connection;

	public ForumService(Connection connection) {
		this.connection = connection;
	}

	/** Creates the forum unless one with that name exists. */
	public Forum create(CreateForumRequest request) {
		Forum forum = new Forum(request.name(), request.category(), request.description(), Timestamps.now());
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("category", forum.category());
		attributes.put("description", forum.description());
		attributes.put("created_at", forum.createdAt());
		try {
			this.connection.putItem(TABLE, Key.of(forum.name()), attributes,
					WriteOptions.builder().condition(Path.attribute(NAME).notExists()).build());
		}
		catch (ConditionalCheckFailedException ex) {
			throw new ConflictException("Forum '" + forum.name() + "' already exists");
		}
		return forum;
	}

	/** The forum with that name. */
	public Forum get(String name) {
		GetItemResult result = this.connection.getItem(TABLE, name, null);
		if (!result.isFound()) {
			throw notFound(name);
		}
		Map<String, Object> item = result.item();
		return new Forum((String) item.get(NAME), (String) item.get("category"), (String) item.get("description"),
				(String) item.get("created_at"));
	}

	/** Fails with 404 unless the forum exists. */
	public void requireExists(String name) {
		get(name);
	}

	/** The 404 for a forum that does not exist. */
	public static NotFoundException notFound(String name) {
		return new NotFoundException("Forum '" + name + "' does not exist");
	}

}
