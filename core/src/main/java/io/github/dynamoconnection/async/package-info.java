/**
 * The {@code CompletableFuture} twin of the connection and of its table-bound view.
 */
@NullMarked
package io.github.dynamoconnection.async;

import org.jspecify.annotations.NullMarked;
