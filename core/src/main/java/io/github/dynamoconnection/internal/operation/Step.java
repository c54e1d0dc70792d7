package io.github.dynamoconnection.internal.operation;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.dynamoconnection.internal.batch.BatchRounds;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.internal.schema.TableName;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * One step of an operation, described without doing any I/O: a value, a failure, a request to
 * send, batch rounds to drive, a wait for a table to become ACTIVE, what follows a step, or how to
 * recover from a step's failure. The sync and the async driver run the same steps: the sync one by
 * calling, the async one by composing futures.
 *
 * @param <T> what the step produces
 */
public sealed interface Step<T> {

	/** A step producing {@code value}. */
	static <T> Step<T> done(T value) {
		return new Done<>(value);
	}

	/** A step failing with {@code failure}. */
	static <T> Step<T> fail(RuntimeException failure) {
		return new Fail<>(failure);
	}

	/** A step built only when it runs (so building it may throw: the driver reports that as the step's failure). */
	static <T> Step<T> defer(Supplier<Step<T>> step) {
		return new Defer<>(step);
	}

	/** Sends one request through the listeners and the exception mapping. */
	static <Q, R extends DynamoDbResponse> Step<R> send(Exchange<Q, R> exchange, Q request, List<String> tables,
			List<String> physicalTables) {
		return new Send<>(exchange, request, tables, physicalTables);
	}

	/** Sends one request on one table. */
	static <Q, R extends DynamoDbResponse> Step<R> send(Exchange<Q, R> exchange, Q request, TableName table) {
		return new Send<>(exchange, request, table.logicalList(), table.physicalList());
	}

	/** Drives batch rounds as one call (listeners see the whole batch). */
	static <Q, R, T> Step<T> rounds(Operation operation, Exchange<Q, ? extends R> exchange, BatchRounds<Q, R, T> rounds) {
		@SuppressWarnings("unchecked")
		Exchange<Q, R> sending = (Exchange<Q, R>) exchange;
		return new Rounds<>(operation, sending, rounds);
	}

	/** Waits (with the SDK's waiter) until the table exists and is ACTIVE. */
	static Step<TableDescription> awaitActive(Operation operation, TableName table, Duration timeout) {
		return new AwaitActive(operation, table, timeout);
	}

	/** Describes a table for its key schema (the async driver shares a DescribeTable already under way). */
	static Step<TableDescription> describe(TableName table, Step<TableDescription> describe) {
		return new Describe(table, describe);
	}

	/** This step, then the step {@code next} makes of its value. */
	default <U> Step<U> then(Function<? super T, Step<U>> next) {
		return new Then<>(this, next);
	}

	/** This step with its value mapped. */
	default <U> Step<U> map(Function<? super T, U> mapper) {
		return then(value -> done(mapper.apply(value)));
	}

	/** This step, or when it fails with the connection's exception, the step {@code recover} makes of the failure. */
	default Step<T> recover(Function<DynamoConnectionException, Step<T>> recover) {
		return new Recover<>(this, recover);
	}

	/** A value. */
	record Done<T>(T value) implements Step<T> {
	}

	/** A failure. */
	record Fail<T>(RuntimeException failure) implements Step<T> {
	}

	/** A step built when it runs. */
	record Defer<T>(Supplier<Step<T>> step) implements Step<T> {
	}

	/** One SDK request. */
	record Send<Q, R extends DynamoDbResponse>(Exchange<Q, R> exchange, Q request, List<String> tables,
			List<String> physicalTables) implements Step<R> {
	}

	/** Batch rounds. */
	record Rounds<Q, R, T>(Operation operation, Exchange<Q, R> exchange, BatchRounds<Q, R, T> rounds) implements Step<T> {
	}

	/** Waiting for a table to become ACTIVE. */
	record AwaitActive(Operation operation, TableName table, Duration timeout) implements Step<TableDescription> {
	}

	/** Describing a table for its key schema. */
	record Describe(TableName table, Step<TableDescription> describe) implements Step<TableDescription> {
	}

	/** A step and what follows it. */
	record Then<A, T>(Step<A> first, Function<? super A, Step<T>> next) implements Step<T> {
	}

	/** A step and how to recover from its failure. */
	record Recover<T>(Step<T> body, Function<DynamoConnectionException, Step<T>> recover) implements Step<T> {
	}

}
