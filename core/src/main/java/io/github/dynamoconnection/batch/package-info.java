/**
 * Specs, results and the retry policy of BatchWriteItem and BatchGetItem.
 */
@NullMarked
package io.github.dynamoconnection.batch;

import org.jspecify.annotations.NullMarked;
