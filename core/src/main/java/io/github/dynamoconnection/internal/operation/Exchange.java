package io.github.dynamoconnection.internal.operation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.dynamoconnection.internal.call.Operation;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One SDK operation as both clients spell it, with what listeners read off its response.
 *
 * @param operation the operation
 * @param sync sends the request on the sync client
 * @param async sends the request on the async client
 * @param capacities the consumed capacity a response reports, for listeners
 * @param <Q> the SDK request
 * @param <R> the SDK response
 */
public record Exchange<Q, R>(Operation operation, BiFunction<DynamoDbClient, Q, R> sync,
		BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<R>> async, Function<R, List<ConsumedCapacity>> capacities) {

	/** An exchange whose response reports at most one consumed capacity. */
	public static <Q, R> Exchange<Q, R> single(Operation operation, BiFunction<DynamoDbClient, Q, R> sync,
			BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<R>> async, Function<R, ConsumedCapacity> capacity) {
		return new Exchange<>(operation, sync, async, response -> {
			ConsumedCapacity consumed = capacity.apply(response);
			return (consumed != null) ? List.of(consumed) : List.of();
		});
	}

	/** An exchange whose response reports no consumed capacity. */
	public static <Q, R> Exchange<Q, R> plain(Operation operation, BiFunction<DynamoDbClient, Q, R> sync,
			BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<R>> async) {
		return new Exchange<>(operation, sync, async, response -> List.of());
	}

}
