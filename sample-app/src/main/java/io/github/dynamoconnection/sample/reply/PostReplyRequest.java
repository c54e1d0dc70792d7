package io.github.dynamoconnection.sample.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to reply to a thread.
 *
 * @param author who replies
 * @param message the reply
 */
public record PostReplyRequest(@NotBlank @Size(max = 100) String author, @NotBlank @Size(max = 10000) String message) {

}
