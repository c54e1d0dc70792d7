package io.github.dynamoconnection.sample.thread;

/**
 * A thread's view count after a view was counted.
 *
 * @param forum the forum
 * @param subject the thread's subject
 * @param views the count, this view included
 */
public record ViewCount(String forum, String subject, long views) {

}
