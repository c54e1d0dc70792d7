/**
 * A small typed builder for DynamoDB expressions: conditions and filters
 * ({@link io.github.dynamoconnection.expression.Condition}, built from a
 * {@link io.github.dynamoconnection.expression.Path}), updates
 * ({@link io.github.dynamoconnection.expression.Update}), projections and key conditions. Every
 * expression of one request renders into one
 * {@link io.github.dynamoconnection.expression.Placeholders}, which generates the {@code #n} name and
 * {@code :v} value placeholders so that reserved words never matter and numbering never collides.
 * Raw expression strings with their own names and values are accepted everywhere.
 */
@NullMarked
package io.github.dynamoconnection.expression;

import org.jspecify.annotations.NullMarked;
