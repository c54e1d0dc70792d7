package io.github.dynamoconnection.sample.draft;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to save a draft.
 *
 * @param author who writes it
 * @param forum the forum it is meant for
 * @param subject the intended subject
 * @param message the text so far
 * @param ttlSeconds how long to keep it, from one second to seven days
 */
public record SaveDraftRequest(@NotBlank @Size(max = 100) String author, @NotBlank @Size(max = 100) String forum,
		@Size(max = 255) String subject, @Size(max = 10000) String message,
		@Min(1) @Max(604800) long ttlSeconds) {

}
