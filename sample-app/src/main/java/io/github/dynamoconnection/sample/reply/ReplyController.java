package io.github.dynamoconnection.sample.reply;

import io.github.dynamoconnection.sample.web.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replies to a thread: post one (the thread's reply count follows atomically), list them.
 */
@RestController
@RequestMapping("/forums/{forum}/threads/{subject}/replies")
class ReplyController {

	private final ReplyService replies;

	ReplyController(ReplyService replies) {
		this.replies = replies;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Reply post(@PathVariable String forum, @PathVariable String subject, @Valid @RequestBody PostReplyRequest request) {
		return this.replies.post(forum, subject, request);
	}

	@GetMapping
	Page<Reply> list(@PathVariable String forum, @PathVariable String subject,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String pageToken) {
		return this.replies.list(forum, subject, limit, pageToken);
	}

}
