/**
 * A PynamoDB-style low-level DynamoDB {@link io.github.dynamoconnection.Connection}: build one
 * with {@link io.github.dynamoconnection.Connection#builder()}, share it across threads, bind it
 * to a table with {@link io.github.dynamoconnection.Connection#table(String)}. Options and
 * results live in {@code item}, {@code batch}, {@code transaction}, {@code statement} and
 * {@code table}; failures in {@code exceptions}; call observation in {@code listener}.
 */
@NullMarked
package io.github.dynamoconnection;

import org.jspecify.annotations.NullMarked;
