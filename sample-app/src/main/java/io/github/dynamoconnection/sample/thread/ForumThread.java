package io.github.dynamoconnection.sample.thread;

import java.util.Set;

/**
 * A thread, as stored in the {@code Thread} table (hash key {@code forum_name}, range key
 * {@code subject}, global index {@code latest-threads} on {@code forum_name} and
 * {@code last_post_datetime}).
 *
 * @param forum the forum it belongs to
 * @param subject its subject, unique within the forum
 * @param message the opening message
 * @param author who posted it
 * @param tags its tags
 * @param views how many times it was viewed
 * @param replies how many replies it has
 * @param lastPostDateTime when it was last posted to (ISO-8601, UTC)
 */
public record ForumThread(String forum, String subject, String message, String author, Set<String> tags, long views,
		long replies, String lastPostDateTime) {

}
