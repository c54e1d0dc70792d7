package io.github.dynamoconnection.sample.thread;

import io.github.dynamoconnection.sample.web.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Threads of a forum: post, read, list page by page (by subject or newest first), count views,
 * delete.
 */
@RestController
@RequestMapping("/forums/{forum}")
class ThreadController {

	private final ThreadService threads;

	ThreadController(ThreadService threads) {
		this.threads = threads;
	}

	@PostMapping("/threads")
	@ResponseStatus(HttpStatus.CREATED)
	ForumThread post(@PathVariable String forum, @Valid @RequestBody PostThreadRequest request) {
		return this.threads.post(forum, request);
	}

	@GetMapping("/threads/{subject}")
	ForumThread get(@PathVariable String forum, @PathVariable String subject) {
		return this.threads.get(forum, subject);
	}

	@GetMapping("/threads")
	Page<ForumThread> list(@PathVariable String forum,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String pageToken,
			@RequestParam(required = false) @Size(max = 255) String prefix) {
		return this.threads.list(forum, prefix, limit, pageToken);
	}

	@GetMapping("/latest-threads")
	Page<ForumThread> latest(@PathVariable String forum,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String pageToken) {
		return this.threads.latest(forum, limit, pageToken);
	}

	@PostMapping("/threads/{subject}/views")
	ViewCount countView(@PathVariable String forum, @PathVariable String subject) {
		return this.threads.countView(forum, subject);
	}

	@DeleteMapping("/threads/{subject}")
	ForumThread delete(@PathVariable String forum, @PathVariable String subject) {
		return this.threads.delete(forum, subject);
	}

}
