package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A parsed key condition: the partition key value and an optional sort key condition
 * ({@code op} one of EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH; {@code null} when absent).
 */
record KeyRange(Value hash, String op, Value low, Value high) {
}
