package io.github.dynamoconnection.sample.thread;

import java.util.List;

/**
 * Every thread of a forum, read with a parallel scan.
 *
 * @param forum the forum
 * @param segments how many scan segments were read in parallel
 * @param threads the threads, by subject
 */
public record ForumExport(String forum, int segments, List<ForumThread> threads) {

}
