package io.github.dynamoconnection.sample.forum;

/**
 * A forum, as stored in the {@code Forum} table (hash key {@code name}).
 *
 * @param name the forum's name, its key
 * @param category what the forum is about
 * @param description a longer description
 * @param threads how many threads were posted in it
 */
public record Forum(String name, String category, String description, long threads) {

}
