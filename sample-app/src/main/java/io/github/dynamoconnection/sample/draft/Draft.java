package io.github.dynamoconnection.sample.draft;

import java.time.Instant;

/**
 * A draft post that expires, as stored in the {@code Draft} table (hash key {@code id}; DynamoDB's
 * time to live deletes it after {@code expires_at}).
 *
 * @param id the draft's id
 * @param author who writes it
 * @param forum the forum it is meant for
 * @param subject the intended subject
 * @param message the text so far
 * @param expiresAt when it expires
 */
public record Draft(String id, String author, String forum, String subject, String message, Instant expiresAt) {

}
