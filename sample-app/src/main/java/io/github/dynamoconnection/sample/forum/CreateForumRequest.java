package io.github.dynamoconnection.sample.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create a forum.
 *
 * @param name unique name, used in URLs
 * @param category what the forum is about
 * @param description a longer description
 */
public record CreateForumRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^/#]*", message = "must not contain / or #") String name,
		@NotBlank @Size(max = 100) String category, @Size(max = 2000) String description) {

}
