package io.github.dynamoconnection.sample.reply;

/**
 * A reply to a thread, as stored in the {@code Reply} table (hash key {@code thread_id}, the
 * forum and subject joined by {@code #}; range key {@code reply_id}, time-ordered).
 *
 * @param forum the forum
 * @param subject the thread's subject
 * @param id the reply's id, ordered by posting time
 * @param author who replied
 * @param message the reply
 * @param postedAt when it was posted (ISO-8601, UTC)
 */
public record Reply(String forum, String subject, String id, String author, String message, String postedAt) {

}
