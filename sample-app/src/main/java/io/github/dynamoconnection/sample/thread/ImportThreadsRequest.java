package io.github.dynamoconnection.sample.thread;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A bulk import of threads into one forum.
 *
 * @param threads the threads, subjects unique, at most 1000
 */
public record ImportThreadsRequest(@NotEmpty @Size(max = 1000) List<@Valid PostThreadRequest> threads) {

}
