package io.github.dynamoconnection.sample.forum;

/**
 * A forum, as stored in the {@code Forum} table (hash key {@code name}).
 *
 * @param name the forum's name, its key
 * @param category what the forum is about
 * @param description a longer description
 * @param createdAt when it was created (ISO-8601, UTC)
 */
public record Forum(String name, String category, String description, String createdAt) {

}
