package io.github.dynamoconnection.embedded.engine;

/**
 * A resource-based policy attached to a table or a stream.
 * @param document the policy document, as sent
 * @param revisionId its revision: epoch milliseconds of the put, increasing per resource
 */
record ResourcePolicy(String document, String revisionId) {
}
