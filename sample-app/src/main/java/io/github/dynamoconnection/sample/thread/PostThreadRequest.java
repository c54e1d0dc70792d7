package io.github.dynamoconnection.sample.thread;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to post a thread (also one entry of a bulk import).
 *
 * @param subject unique within the forum
 * @param message the opening message
 * @param author who posts it
 * @param tags up to ten tags
 */
public record PostThreadRequest(@NotBlank @Size(max = 255) String subject, @NotBlank @Size(max = 10000) String message,
		@NotBlank @Size(max = 100) String author, @Size(max = 10) Set<@NotBlank @Size(max = 50) String> tags) {

	public PostThreadRequest {
		tags = (tags != null) ? Set.copyOf(tags) : Set.of();
	}

}
