package io.github.dynamoconnection.sample.thread;

import java.util.List;

/**
 * What became of each thread of a bulk import: every subject sent is in exactly one of the lists.
 *
 * @param requested how many threads were sent
 * @param written subjects written
 * @param unprocessed subjects DynamoDB did not accept after every retry; send them again
 */
public record ImportResult(int requested, List<String> written, List<String> unprocessed) {

}
