package io.github.dynamoconnection.internal.driver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The few {@link CompletableFuture} steps the async connection needs that the JDK spells verbosely:
 * starting a stage whose set-up may throw, recovering from a failure with another stage, and
 * handing callers futures that fail with the connection's own exception rather than a wrapper.
 */
final class Completions {

	private Completions() {
	}

	/** The failure inside {@link CompletionException} / {@link ExecutionException} wrappers. */
	static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	/** The stage {@code body} returns, or a failed one when building it threw. */
	static <T> CompletableFuture<T> supply(Supplier<CompletableFuture<T>> body) {
		try {
			return body.get();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** {@code future}, or on failure the stage {@code onFailure} makes of the (unwrapped) failure. */
	static <T> CompletableFuture<T> recover(CompletableFuture<T> future, Function<Throwable, CompletableFuture<T>> onFailure) {
		return future.handle((result, failure) -> (failure == null) ? CompletableFuture.completedFuture(result)
				: supply(() -> onFailure.apply(unwrap(failure))))
			.thenCompose(Function.identity());
	}

	/**
	 * A new future completing like {@code body}'s stage, failing with the unwrapped exception (so
	 * {@code whenComplete} and {@code exceptionally} on it see e.g. a {@code TableDoesNotExistException}).
	 */
	static <T> CompletableFuture<T> exposed(Supplier<CompletableFuture<T>> body) {
		CompletableFuture<T> exposed = new CompletableFuture<>();
		supply(body).whenComplete((result, failure) -> {
			if (failure != null) {
				exposed.completeExceptionally(unwrap(failure));
			}
			else {
				exposed.complete(result);
			}
		});
		return exposed;
	}

}
