/**
 * Tables declared under {@code dynamodb.tables}: created, validated and configured at start-up.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.tables;

import org.jspecify.annotations.NullMarked;
